// Finds when a page was published and last updated, from the most to the least explicit evidence.
import { findDateInLine, isoFromParts, parseHumanDate, parseMachineDate, type DateParts } from './date-text.ts';
import { jsonLdString, type JsonLdNode } from './json-ld.ts';
import type { PageIndex } from './page-index.ts';

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'article:published', 'datepublished', 'published_time', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'publication_date', 'date_published', 'original-publish-date',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created',
  'dc.date', 'dcterms.date', 'citation_publication_date', 'citation_date', 'article.published', 'cxenseparse:recs:publishtime',
  'article_date_original', 'originalpublicationdate', 'pub_date', 'date', 'created', 'creation_date', 'rnews:datepublished',
  'eomportal-pubdate', 'analyticsattributes.publishdate', 'datecreated', 'displaydate', 'og:article:published_time',
];
const UPDATED_META = [
  'article:modified_time', 'og:updated_time', 'datemodified', 'modified_time', 'last-modified', 'lastmod',
  'dcterms.modified', 'dc.date.modified', 'article.updated', 'og:article:modified_time', 'revised',
];

export interface PublicationDates {
  publishedAt: string | null;
  updatedAt: string | null;
}

const URL_DATE = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-]|\D)/;
const DATE_CLASS = /(?:^|[\s_-])(?:date|time|published|pubdate|publish|post-date|postdate|entry-date|timestamp|datetime|meta-date|article-date|story-date|byline|dateline|created|posted|tarikh|date-time)(?:$|[\s_-])|date|time/i;

/** A full date in a URL path (/2015/08/09/, /20150809/, -2015-08-09-). */
export function dateFromUrl(url: string | null): DateParts | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  return parseMachineDate(`${m[1]}-${m[2]}-${m[3]}`);
}

function fromTimeElements(index: PageIndex, now: Date): { published: DateParts | null; updated: DateParts | null } {
  let published: DateParts | null = null;
  let updated: DateParts | null = null;
  let first: DateParts | null = null;
  for (const el of index.timeElements) {
    const raw = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? el.textContent ?? '';
    const p = parseMachineDate(raw, now) ?? parseHumanDate(el.textContent ?? '', now);
    if (!p) continue;
    const hint = `${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('class') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`.toLowerCase();
    if (/modif|updat/.test(hint)) updated ??= p;
    else if (/publish|pubdate|created|posted|entry-date/.test(hint) || el.hasAttribute('pubdate')) published ??= p;
    else first ??= p;
  }
  return { published: published ?? first, updated };
}

function fromDateLikeText(index: PageIndex, isFurniture: (el: Element) => boolean, now: Date): DateParts | null {
  // Short elements whose class or id says "date"; the first that reads as a date wins (page order ≈ near the title).
  let tried = 0;
  for (const el of index.dateClassed) {
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATE_CLASS.test(hint) && !/meta|info|byline|tagline/i.test(hint)) continue;
    if (/comment|related|footer|copyright|sidebar|widget/i.test(hint)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 200) continue;
    if (/modif|updat|تحديث|تعديل/i.test(hint) && !/publish|نشر/i.test(text)) continue;
    // Teaser lists carry their own dates: only dates outside them describe this page.
    if (el.closest('li') || (isFurniture(el) && !/date/i.test(hint))) continue;
    const attr = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('data-date') ?? el.getAttribute('title');
    const fromAttr = attr ? parseMachineDate(attr, now) : null;
    if (fromAttr) return fromAttr;
    if (!text) continue;
    const found = findDateInLine(text.replace(/^.*?(?:نشر(?: في| بتاريخ)?|published(?: on)?|posted(?: on)?)\s*[:：]?\s*/i, ''), now);
    const p = found ? parseMachineDate(found.iso, now) : parseHumanDate(text, now);
    if (p) return p;
    if (++tried > 60) break;
  }
  return null;
}

function sameOrNear(a: DateParts, b: DateParts, days: number): boolean {
  return Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) <= days * 86400000;
}

export function findPublicationDates(
  index: PageIndex,
  meta: Map<string, string>,
  article: JsonLdNode | null,
  urls: (string | null)[],
  isFurniture: (el: Element) => boolean,
  now: Date = new Date(),
): PublicationDates {
  const iso = (p: DateParts | null): string | null => (p ? isoFromParts(p) : null);
  let published: DateParts | null = article ? parseMachineDate(jsonLdString(article.datePublished), now) ?? parseMachineDate(jsonLdString(article.dateCreated), now) : null;
  let updated: DateParts | null = article ? parseMachineDate(jsonLdString(article.dateModified), now) : null;
  for (const key of PUBLISHED_META) {
    if (published) break;
    published = parseMachineDate(meta.get(key), now);
  }
  for (const key of UPDATED_META) {
    if (updated) break;
    updated = parseMachineDate(meta.get(key), now);
  }
  if (!published || !updated) {
    const fromTime = fromTimeElements(index, now);
    published ??= fromTime.published;
    updated ??= fromTime.updated;
  }
  let fromPath: DateParts | null = null;
  for (const u of urls) fromPath ??= dateFromUrl(u);
  // The CMS writes the local publication day into the path; a timestamp a day off is the same moment in UTC.
  if (fromPath && (!published || (sameOrNear(published, fromPath, 2) && !sameOrNear(published, fromPath, 0)))) published = fromPath;
  published ??= fromDateLikeText(index, isFurniture, now);
  return { publishedAt: iso(published), updatedAt: iso(updated) };
}
