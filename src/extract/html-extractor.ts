// Extracts an article from an HTML page: metadata, main text, labelled boilerplate and sanitized content HTML.
import { parseHTML } from 'linkedom';
import { assembleArticle, collapseSpace, directionOf, escapeHtml } from './article-assembly.ts';
import { detectArticleLanguage } from './article-language.ts';
import { classifyMarker } from './boilerplate-markers.ts';
import { collectBlocks, furnitureSegment, type CollectedContent } from './block-collector.ts';
import { segmentBlocks } from './block-segmenter.ts';
import { isoFromParts, parseHumanDate } from './date-text.ts';
import type { ElementRole } from './element-roles.ts';
import { readJsonLd } from './json-ld.ts';
import { indexPage, type PageIndex } from './page-index.ts';
import { findMainContent } from './main-content-finder.ts';
import { readPageMetadata, resolveUrl } from './page-metadata.ts';
import { dateFromUrl, findPublicationDates } from './publication-date.ts';
import type { TextBlock } from './text-block.ts';
import type { BoilerplateSegment, ExtractedArticle, ExtractOptions, LinkItem } from './types.ts';

// Inert markup, and furniture that never holds the article (menus, footers, form controls, frames), is cut out of
// the source before parsing: building the DOM is most of the cost, and nothing in it can run.
const INERT = /<script\b[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>|<template\b[^>]*>[\s\S]*?<\/template\s*>|<!--[\s\S]*?-->|<(nav|footer|select|iframe|button|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const MIN_ARTICLE_CHARS = 250;

function blockChars(c: CollectedContent): number {
  let n = 0;
  for (const b of c.blocks) if (b.linkChars / Math.max(1, b.text.length) < 0.5) n += b.text.length;
  return n;
}

function contentHtml(blocks: TextBlock[], lang: string): string {
  let out = '';
  let list: 'ul' | 'ol' | null = null;
  for (const b of blocks) {
    const want = b.kind === 'li' ? (b.ordered ? 'ol' : 'ul') : null;
    if (list && want !== list) {
      out += `</${list}>`;
      list = null;
    }
    if (want && !list) {
      out += `<${want}>`;
      list = want;
    }
    out += b.html ?? `<p>${escapeHtml(b.text)}</p>`;
  }
  if (list) out += `</${list}>`;
  const langAttr = lang !== 'und' ? ` lang="${escapeHtml(lang)}"` : '';
  return `<div dir="${directionOf(lang)}"${langAttr}>${out}</div>`;
}

function linksAfter(heading: Element, baseUrl: string | null): LinkItem[] {
  const items: LinkItem[] = [];
  for (let el = heading.nextElementSibling; el && !/^h[1-6]$/.test(el.localName); el = el.nextElementSibling) {
    const anchors = el.localName === 'a' ? [el] : Array.from(el.querySelectorAll('a'));
    for (const a of anchors) {
      const title = collapseSpace(a.textContent ?? '');
      if (title.length >= 4) items.push({ title, url: resolveUrl(a.getAttribute('href'), baseUrl) });
    }
    if (items.length >= 30) break;
  }
  return items;
}

/** Related lists and read-also boxes elsewhere on the page (sidebars, under the article), reported once each. */
function pageFurniture(index: PageIndex, roles: Map<Element, ElementRole>, containers: Element[], baseUrl: string | null): BoilerplateSegment[] {
  const out: BoilerplateSegment[] = [];
  const inside = (el: Element): boolean => containers.some((c) => c.contains(el));
  const reported: Element[] = [];
  const perKind = new Map<string, number>();
  for (const [el, role] of roles) {
    if (!role.furniture || !role.kind || role.kind === 'navigation' || role.kind === 'other') continue;
    if (inside(el) || reported.some((r) => r.contains(el))) continue;
    // A few of each kind: sidebars can hold many boxes, and the first ones are the article's own.
    const seen = perKind.get(role.kind) ?? 0;
    if (seen >= (role.kind === 'related' ? 6 : 2)) continue;
    const seg = furnitureSegment(el, role.kind, baseUrl);
    if (!seg || (seg.kind === 'related' && (seg.items?.length ?? 0) < 2)) continue;
    reported.push(el);
    perKind.set(role.kind, seen + 1);
    out.push(seg);
  }
  for (const h of index.headings) {
    const text = collapseSpace(h.textContent ?? '');
    if (!text || text.length > 60 || inside(h) || reported.some((r) => r.contains(h))) continue;
    const marker = classifyMarker(text);
    if (!marker || (marker.kind !== 'related' && marker.kind !== 'read-also')) continue;
    const items = linksAfter(h, baseUrl);
    if (items.length === 0) continue;
    reported.push(h.parentElement ?? h);
    out.push({ kind: 'related', label: marker.label, text: items.map((i) => i.title).join('\n'), items });
  }
  return out;
}

/** A dateline written in words near the headline ("الأحد 9 أغسطس 2015"), for pages without machine dates. */
function datelineNearTitle(index: PageIndex, now: Date | undefined): string | null {
  const h1 = index.h1s[0];
  if (!h1) return null;
  let checked = 0;
  for (let anchor: Element | null = h1; anchor && checked < 30; anchor = anchor.parentElement) {
    for (let el = anchor.nextElementSibling; el && checked < 30; el = el.nextElementSibling, checked++) {
      const text = collapseSpace(el.textContent ?? '');
      if (!text || text.length > 300) continue;
      const found = parseHumanDate(text.slice(0, 160), now);
      if (found) return isoFromParts(found);
    }
  }
  return null;
}

export function extractHtml(html: string, options: ExtractOptions = {}): ExtractedArticle {
  if (typeof html !== 'string') throw new TypeError('extractHtml: html must be a string');
  const url = options.url ?? null;
  const jsonLd = readJsonLd(html);
  let cleaned = html.replace(INERT, '');
  if (!/<body[\s>]/i.test(cleaned)) cleaned = `<!doctype html><html><head></head><body>${cleaned}</body></html>`;
  const { document } = parseHTML(cleaned);
  const index = indexPage(document);
  const baseHref = index.base?.getAttribute('href') ?? null;
  const meta = readPageMetadata(document, index, jsonLd, url);
  const base = resolveUrl(baseHref, url) ?? url ?? meta.canonicalUrl;
  // The whole document, not <body>: on malformed pages the parser leaves content beside an empty <body>.
  const body = document.documentElement;

  let found = findMainContent(body, true);
  let collected = collectBlocks(found.containers, found.roles, base, true);
  if (blockChars(collected) < MIN_ARTICLE_CHARS) {
    const retry = findMainContent(body, false);
    const second = collectBlocks(retry.containers, retry.roles, base, false);
    if (blockChars(second) > blockChars(collected)) {
      found = retry;
      collected = second;
    }
  }

  const title = meta.title;
  const segmented = segmentBlocks(collected.blocks, { now: options.now, title: collapseSpace(title) });
  const blocks = segmented.blocks.filter((b) => !(b.kind === 'heading' && collapseSpace(b.text) === collapseSpace(title)));
  const paragraphs = blocks.map((b) => b.text);
  const isFurniture = (el: Element): boolean => {
    for (let x: Element | null = el; x; x = x.parentElement) if (found.roles.get(x)?.furniture) return true;
    return false;
  };
  const dates = findPublicationDates(index, meta.meta, meta.article, [url, meta.canonicalUrl], isFurniture, options.now);
  // Last resort: the lead image's upload path (/2020/03/04/) is usually the publication day.
  const imagePathDate = (): string | null => {
    const p = dateFromUrl(meta.image);
    return p ? isoFromParts(p) : null;
  };
  const publishedAt = dates.publishedAt ?? segmented.dateline ?? datelineNearTitle(index, options.now) ?? imagePathDate();
  const lang = detectArticleLanguage(meta.declaredLang, paragraphs.join('\n') || title);
  const boilerplate = [...segmented.boilerplate, ...collected.furniture, ...pageFurniture(index, found.roles, found.containers, base)];

  return assembleArticle({
    url,
    canonicalUrl: meta.canonicalUrl,
    title,
    byline: meta.byline ?? segmented.byline,
    publishedAt,
    updatedAt: dates.updatedAt,
    sourceName: meta.siteName ?? segmented.sourceName,
    lang,
    section: meta.section,
    image: meta.image ?? collected.images[0] ?? null,
    paragraphs,
    // Safe by construction: escaped text, a fixed set of tags, and only http(s) URLs that were resolved and escaped.
    html: contentHtml(blocks, lang),
    boilerplate,
  });
}
