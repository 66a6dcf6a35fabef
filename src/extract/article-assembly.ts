// Builds the ExtractedArticle record from what an extractor found, filling the derived fields the same way for all.
import type { BoilerplateSegment, ExtractedArticle } from './types.ts';

export interface ArticleParts {
  url?: string | null;
  canonicalUrl?: string | null;
  title?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  updatedAt?: string | null;
  sourceName?: string | null;
  lang?: string | null;
  section?: string | null;
  image?: string | null;
  paragraphs: string[];
  /** Sanitized HTML of the content; when absent it is rendered from the paragraphs. */
  html?: string | null;
  boilerplate?: BoilerplateSegment[];
}

const LEAD_CHARS = 300;

/** Collapses runs of white space (including NBSP and zero-width joiners used as spacing) to single spaces. */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g, ' ').trim();
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** First paragraph(s), up to about 300 characters, cut at a word boundary when a single paragraph is longer. */
export function leadOf(paragraphs: string[]): string {
  let lead = '';
  for (const p of paragraphs) {
    if (!lead) lead = p;
    else if (lead.length + p.length + 1 <= LEAD_CHARS) lead += '\n\n' + p;
    else break;
    if (lead.length >= LEAD_CHARS * 0.6) break;
  }
  if (lead.length <= LEAD_CHARS + 40) return lead;
  const cut = lead.slice(0, LEAD_CHARS);
  const space = cut.lastIndexOf(' ');
  return (space > LEAD_CHARS / 2 ? cut.slice(0, space) : cut) + '…';
}

/** Direction of a language code, for the dir attribute of rendered HTML. */
export function directionOf(lang: string | null | undefined): 'rtl' | 'ltr' {
  return lang && /^(?:ar|fa|ur|he|yi|ps|ckb|sd|ug|dv)\b/i.test(lang) ? 'rtl' : 'ltr';
}

export function paragraphsToHtml(paragraphs: string[], lang: string): string {
  const dir = directionOf(lang);
  const langAttr = lang && lang !== 'und' ? ` lang="${escapeHtml(lang)}"` : '';
  return `<div dir="${dir}"${langAttr}>` + paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') + '</div>';
}

export function assembleArticle(parts: ArticleParts): ExtractedArticle {
  const paragraphs = parts.paragraphs.map(collapseSpace).filter((p) => p.length > 0);
  const lang = parts.lang || 'und';
  return {
    url: parts.url ?? null,
    canonicalUrl: parts.canonicalUrl ?? null,
    title: collapseSpace(parts.title ?? ''),
    byline: parts.byline ? collapseSpace(parts.byline) || null : null,
    publishedAt: parts.publishedAt ?? null,
    updatedAt: parts.updatedAt ?? null,
    sourceName: parts.sourceName ? collapseSpace(parts.sourceName) || null : null,
    lang,
    section: parts.section ? collapseSpace(parts.section) || null : null,
    image: parts.image ?? null,
    paragraphs,
    text: paragraphs.join('\n\n'),
    lead: leadOf(paragraphs),
    html: parts.html ?? paragraphsToHtml(paragraphs, lang),
    boilerplate: parts.boilerplate ?? [],
  };
}
