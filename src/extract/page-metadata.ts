// Reads an HTML page's own statements about itself: meta/link tags, JSON-LD, <title>, h1, bylines, breadcrumbs.
import { collapseSpace } from './article-assembly.ts';
import { parseBylineLine } from './byline-line.ts';
import { articleNode, jsonLdAuthors, jsonLdBreadcrumb, jsonLdString, type JsonLdNode } from './json-ld.ts';
import { normalize } from '../text/normalize.ts';
import type { PageIndex } from './page-index.ts';

export interface PageMetadata {
  /** meta name/property/itemprop/http-equiv (lowercased) → first content. */
  meta: Map<string, string>;
  jsonLd: JsonLdNode[];
  article: JsonLdNode | null;
  title: string;
  byline: string | null;
  canonicalUrl: string | null;
  image: string | null;
  siteName: string | null;
  section: string | null;
  declaredLang: string | null;
}

export function readMetaTags(index: PageIndex): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of index.metas) {
    const content = el.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr);
      if (key) {
        const k = key.trim().toLowerCase();
        if (!meta.has(k) && content.trim()) meta.set(k, content.trim());
      }
    }
  }
  return meta;
}

export function resolveUrl(value: string | null | undefined, base: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const u = base ? new URL(value.trim(), base) : new URL(value.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const TITLE_SEPARATORS = /\s+[|–—\-:»«·•]\s+|\s*\|\s*|\s+::\s+/;

/** Drops a site name from a <title>/og:title: "عنوان الخبر - اسم الموقع", "Site | Headline". */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const t = collapseSpace(title);
  const parts = t.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return t;
  const site = siteName ? normalize(siteName) : null;
  if (site) {
    const kept = parts.filter((p) => normalize(p) !== site && !normalize(p).includes(site) || normalize(p).length > site.length * 3);
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' - ');
  }
  const words = (s: string): number => s.split(/\s+/).length;
  const last = parts[parts.length - 1];
  const first = parts[0];
  const rest = (xs: string[]): string => t.slice(t.indexOf(xs[0]), t.lastIndexOf(xs[xs.length - 1]) + xs[xs.length - 1].length);
  if (words(last) <= 4 && rest(parts.slice(0, -1)).length >= last.length * 1.5) return stripSiteSuffix(rest(parts.slice(0, -1)), null);
  if (words(first) <= 3 && rest(parts.slice(1)).length >= first.length * 2.5) return rest(parts.slice(1));
  return t;
}

function textOf(el: Element | null | undefined): string {
  return el ? collapseSpace(el.textContent ?? '') : '';
}

function similar(a: string, b: string): boolean {
  const na = normalize(a);
  const nb = normalize(b);
  return !!na && !!nb && (na === nb || (na.length > 10 && nb.includes(na)) || (nb.length > 10 && na.includes(nb)));
}

function pickTitle(index: PageIndex, meta: Map<string, string>, article: JsonLdNode | null, siteName: string | null): string {
  const og = meta.get('og:title') ?? meta.get('twitter:title') ?? null;
  const headline = article ? jsonLdString(article.headline) : null;
  const docTitle = textOf(index.title);
  const h1s = index.h1s.map(textOf).filter((t) => t.length >= 4 && t.length <= 300);
  const references = [og, headline, docTitle].filter((x): x is string => !!x);
  // An h1 confirmed by the page's other titles is the cleanest (no site suffix); a lone h1 may be the logo.
  for (const h of h1s) if (references.some((r) => similar(h, r))) return h;
  if (headline && headline.length >= 4) return stripSiteSuffix(headline, siteName);
  if (og) return stripSiteSuffix(og, siteName);
  if (docTitle) return stripSiteSuffix(docTitle, siteName);
  return h1s[0] ?? '';
}

/** "حسام أبو العلا - القاهرة" → the name without its dateline place. */
function cleanByline(name: string): string {
  const parts = name.split(/\s+[-–—|]\s+/);
  return parts.length === 2 && parts[1].split(/\s+/).length <= 2 && parts[0].split(/\s+/).length >= 2 ? parts[0].trim() : name.trim();
}

function pickByline(index: PageIndex, meta: Map<string, string>, article: JsonLdNode | null): string | null {
  const fromLd = article ? jsonLdAuthors(article.author).filter((n) => !/https?:/i.test(n)) : [];
  if (fromLd.length) return fromLd.map(cleanByline).join('، ');
  for (const key of ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author', 'twitter:creator']) {
    const v = meta.get(key);
    if (v && !/^https?:|^@|facebook\.com/i.test(v) && v.length <= 100) return v.replace(/^(?:by|بقلم)\s*[:：]?\s*/i, '');
  }
  for (const el of index.authorElements.slice(0, 5)) {
    // Structured bylines put the name in its own itemprop beside URLs and logos.
    const named = el.querySelector('[itemprop="name"]');
    const t = named ? collapseSpace(named.getAttribute('content') ?? named.textContent ?? '') : textOf(el);
    if (!t || t.length > 80 || /https?:|www\./i.test(t)) continue;
    return cleanByline(parseBylineLine(t) ?? t.replace(/^(?:by|بقلم|كتب|كتبت)\s*[:：\-]?\s*/i, ''));
  }
  return null;
}

function pickSection(index: PageIndex, meta: Map<string, string>, article: JsonLdNode | null, jsonLd: JsonLdNode[]): string | null {
  const v = meta.get('article:section') ?? (article ? jsonLdString(article.articleSection) : null) ?? meta.get('section');
  if (v) return v;
  const crumbs = jsonLdBreadcrumb(jsonLd);
  const fromDom = index.breadcrumbs
    .map(textOf)
    .filter((t) => t && t.length <= 40);
  const trail = crumbs.length ? crumbs : fromDom;
  // The trail runs home → section → (article); the section is the entry after "home".
  const usable = trail.filter((t, i) => !(i === 0 && trail.length > 1) && t.length <= 40);
  return usable.length ? usable[0] : null;
}

export function readPageMetadata(document: Document, index: PageIndex, jsonLd: JsonLdNode[], url: string | null): PageMetadata {
  const meta = readMetaTags(index);
  const article = articleNode(jsonLd);
  const publisher = article?.publisher;
  const siteName = meta.get('og:site_name') ?? jsonLdString(publisher) ?? meta.get('application-name') ?? null;
  const canonicalHref = index.links.find((l) => (l.getAttribute('rel') ?? '').toLowerCase() === 'canonical')?.getAttribute('href') ?? null;
  const canonicalUrl = resolveUrl(canonicalHref, url) ?? resolveUrl(meta.get('og:url'), url) ?? (url ?? null);
  const imageRaw = meta.get('og:image') ?? meta.get('og:image:url') ?? meta.get('twitter:image') ?? meta.get('twitter:image:src') ??
    (article ? jsonLdString(article.image) : null);
  const html = document.documentElement;
  const declaredLang = html?.getAttribute('lang') || html?.getAttribute('xml:lang') || meta.get('content-language') ||
    meta.get('og:locale') || null;
  return {
    meta,
    jsonLd,
    article,
    title: pickTitle(index, meta, article, siteName),
    byline: pickByline(index, meta, article),
    canonicalUrl,
    image: resolveUrl(imageRaw, canonicalUrl ?? url),
    siteName,
    section: pickSection(index, meta, article, jsonLd),
    declaredLang,
  };
}
