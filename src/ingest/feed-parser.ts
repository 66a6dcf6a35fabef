// RSS 0.9x/2.0, RDF (RSS 1.0), Atom and JSON Feed → FeedItem[], on feedsmith. The document is untrusted: DOCTYPEs
// with an internal subset (entity declarations: billion laughs, external entities) are refused before any parser sees
// them, unbalanced or truncated documents are refused, links are resolved and only http(s) survives, and full-content
// HTML is passed on untouched as untrusted (`contentHtml`): sanitizing is the extractor's job. Titles and summaries
// become plain text.
import { DetectError, MalformedError, ParseError, parseFeed as feedsmithParse } from 'feedsmith';
import type { AnyFeed } from 'feedsmith';
import { parseFeedDate } from './feed-date.ts';
import { htmlToText } from './html-to-text.ts';
import type { FeedItem, ParsedFeed } from './types.ts';
import { FeedParseError, guardDoctype } from './xml-prolog-guard.ts';
import { checkTagBalance } from './xml-tag-balance.ts';

export { FeedParseError };

export interface ParseFeedOptions {
  /** Reference time for refusing future dates (default: now). */
  now?: Date;
  /** Dates further ahead than this are treated as missing (a clock or timezone gone wrong, or a pinned "sticky"). */
  maxFutureSkewMs?: number;
}

const EARLIEST_PLAUSIBLE = Date.UTC(1995, 0, 1);

/** Titles are plain text, but feeds put markup and double-encoded entities in them. */
function titleText(raw: string | null | undefined): string | null {
  return htmlToText(raw);
}

function resolveHttpUrl(raw: string | null | undefined, base: string | null): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (!trimmed) return null;
  try {
    const u = base ? new URL(trimmed, base) : new URL(trimmed);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.href;
  } catch {
    return null;
  }
}

function nonEmpty(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = String(s).trim();
  return t ? t : null;
}

interface RawItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  summaryHtml: string | null;
  contentHtml: string | null;
  author: string | null;
  published: string | null;
  updated: string | null;
  image: string | null;
  categories: string[];
}

type MediaLike = {
  contents?: Array<{ url?: string; medium?: string; type?: string }>;
  thumbnails?: Array<{ url?: string }>;
  groups?: Array<{ contents?: Array<{ url?: string; medium?: string; type?: string }>; thumbnails?: Array<{ url?: string }> }>;
};

const IMAGE_EXT = /\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])/i;

function mediaImage(media: MediaLike | undefined, enclosures?: Array<{ url?: string; type?: string }>): string | null {
  const isImage = (c: { url?: string; medium?: string; type?: string }) =>
    !!c.url && (c.medium === 'image' || (c.type ?? '').startsWith('image/') || (!c.medium && !c.type && IMAGE_EXT.test(c.url)));
  const contents = [...(media?.contents ?? []), ...(media?.groups ?? []).flatMap((g) => g.contents ?? [])];
  const fromContent = contents.find(isImage)?.url;
  if (fromContent) return fromContent;
  const thumbs = [...(media?.thumbnails ?? []), ...(media?.groups ?? []).flatMap((g) => g.thumbnails ?? [])];
  if (thumbs[0]?.url) return thumbs[0].url;
  return enclosures?.find(isImage)?.url ?? null;
}

function fromRss(feed: Extract<AnyFeed, { format: 'rss' }>['feed']): { meta: Omit<ParsedFeed, 'items' | 'format'>; items: RawItem[] } {
  const items = (feed.items ?? []).map((it): RawItem => {
    const guid = nonEmpty(it.guid?.value);
    // A guid is a permalink unless it says otherwise (RSS 2.0).
    const guidLink = guid && it.guid?.isPermaLink !== false && /^https?:\/\//i.test(guid) ? guid : null;
    return {
      guid,
      link: nonEmpty(it.link) ?? guidLink,
      title: nonEmpty(it.title) ?? nonEmpty(it.dc?.titles?.[0]),
      summaryHtml: nonEmpty(it.description) ?? nonEmpty(it.dc?.descriptions?.[0]),
      contentHtml: nonEmpty(it.content?.encoded),
      author: nonEmpty(it.dc?.creators?.[0]) ?? nonEmpty(it.authors?.[0] as string | undefined),
      published: nonEmpty(it.pubDate) ?? nonEmpty(it.dc?.dates?.[0]) ?? nonEmpty(it.dcterms?.issued?.[0] as string | undefined),
      updated: nonEmpty(it.dcterms?.modified?.[0] as string | undefined) ?? nonEmpty(it.atom?.updated),
      image: mediaImage(it.media as MediaLike | undefined, it.enclosures),
      categories: [...(it.categories ?? []).map((c) => c.name), ...(it.dc?.subjects ?? [])].filter((c): c is string => !!c),
    };
  });
  return {
    meta: {
      title: nonEmpty(feed.title as string | undefined),
      siteUrl: nonEmpty(feed.link as string | undefined),
      language: nonEmpty(feed.language) ?? nonEmpty(feed.dc?.languages?.[0]),
    },
    items,
  };
}

function fromRdf(feed: Extract<AnyFeed, { format: 'rdf' }>['feed']): { meta: Omit<ParsedFeed, 'items' | 'format'>; items: RawItem[] } {
  const items = (feed.items ?? []).map((it): RawItem => ({
    guid: nonEmpty(it.rdf?.about) ?? null,
    link: nonEmpty(it.link as string | undefined) ?? nonEmpty(it.rdf?.about),
    title: nonEmpty(it.title as string | undefined) ?? nonEmpty(it.dc?.titles?.[0]),
    summaryHtml: nonEmpty(it.description) ?? nonEmpty(it.dc?.descriptions?.[0]),
    contentHtml: nonEmpty(it.content?.encoded),
    author: nonEmpty(it.dc?.creators?.[0]),
    published: nonEmpty(it.dc?.dates?.[0]) ?? nonEmpty(it.dcterms?.issued?.[0] as string | undefined),
    updated: nonEmpty(it.dcterms?.modified?.[0] as string | undefined),
    image: mediaImage(it.media as MediaLike | undefined),
    categories: (it.dc?.subjects ?? []).filter((c): c is string => !!c),
  }));
  return {
    meta: {
      title: nonEmpty(feed.title as string | undefined),
      siteUrl: nonEmpty(feed.link as string | undefined),
      language: nonEmpty(feed.dc?.languages?.[0]),
    },
    items,
  };
}

function atomLink(links: Array<{ href?: string; rel?: string; type?: string }> | undefined): string | null {
  if (!links?.length) return null;
  const alt = links.find((l) => (!l.rel || l.rel === 'alternate') && (!l.type || /html/i.test(l.type)));
  return nonEmpty((alt ?? links.find((l) => !l.rel || l.rel === 'alternate'))?.href);
}

function atomText(t: { value?: string; type?: string } | undefined): string | null {
  return nonEmpty(t?.value);
}

function fromAtom(feed: Extract<AnyFeed, { format: 'atom' }>['feed']): { meta: Omit<ParsedFeed, 'items' | 'format'>; items: RawItem[] } {
  const items = (feed.entries ?? []).map((e): RawItem => {
    const enclosures = (e.links ?? []).filter((l) => l.rel === 'enclosure').map((l) => ({ url: l.href, type: l.type }));
    const content = e.content && !e.content.src ? atomText(e.content) : null;
    return {
      guid: nonEmpty(e.id as string | undefined),
      link: atomLink(e.links as Array<{ href?: string; rel?: string; type?: string }> | undefined),
      title: atomText(e.title as { value?: string } | undefined),
      summaryHtml: atomText(e.summary),
      contentHtml: content,
      author: nonEmpty(e.authors?.[0]?.name as string | undefined) ?? nonEmpty(e.dc?.creators?.[0]),
      published: nonEmpty(e.published) ?? nonEmpty(e.dc?.dates?.[0]),
      updated: nonEmpty(e.updated as string | undefined),
      image: mediaImage(e.media as MediaLike | undefined, enclosures),
      categories: (e.categories ?? []).map((c) => nonEmpty(c.label) ?? nonEmpty(c.term as string | undefined)).filter((c): c is string => !!c),
    };
  });
  return {
    meta: {
      title: atomText(feed.title as { value?: string } | undefined),
      siteUrl: atomLink(feed.links as Array<{ href?: string; rel?: string; type?: string }> | undefined),
      language: nonEmpty((feed as { xml?: { lang?: string } }).xml?.lang),
    },
    items,
  };
}

function fromJson(feed: Extract<AnyFeed, { format: 'json' }>['feed']): { meta: Omit<ParsedFeed, 'items' | 'format'>; items: RawItem[] } {
  const items = (feed.items ?? []).map((it): RawItem => {
    const legacyAuthor = (it as { author?: { name?: string } }).author?.name;
    return {
      guid: nonEmpty(it.id != null ? String(it.id) : undefined),
      link: nonEmpty(it.url) ?? nonEmpty(it.external_url),
      title: nonEmpty(it.title),
      summaryHtml: nonEmpty(it.summary) ?? (it.content_html ? null : nonEmpty(it.content_text)),
      contentHtml: nonEmpty(it.content_html),
      author: nonEmpty(it.authors?.[0]?.name) ?? nonEmpty(legacyAuthor),
      published: nonEmpty(it.date_published),
      updated: nonEmpty(it.date_modified),
      image: nonEmpty(it.image) ?? nonEmpty(it.banner_image),
      categories: (it.tags ?? []).filter((c): c is string => !!c),
    };
  });
  return {
    meta: { title: nonEmpty(feed.title as string | undefined), siteUrl: nonEmpty(feed.home_page_url), language: nonEmpty(feed.language) },
    items,
  };
}

function plausibleDate(raw: string | null, now: number, maxFutureSkewMs: number): Date | null {
  const d = parseFeedDate(raw);
  if (!d) return null;
  const t = d.getTime();
  if (t < EARLIEST_PLAUSIBLE || t > now + maxFutureSkewMs) return null;
  return d;
}

function describeNonFeed(text: string): string {
  const head = text.slice(0, 512).trimStart().toLowerCase();
  if (!head) return 'empty document: no feed';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(?:html|head|body)[\s>]/.test(head)) {
    return 'not a feed: the document is an HTML page';
  }
  if (head.startsWith('{') || head.startsWith('[')) return 'not a feed: JSON that is not a JSON Feed';
  if (head.startsWith('<')) return 'not a feed: XML without an rss, RDF or Atom feed root';
  return 'not a feed: unrecognized document';
}

/** Parses a feed document; throws FeedParseError with a readable message on anything that is not a well-formed feed. */
export function parseFeed(text: string, baseUrl: string, options: ParseFeedOptions = {}): ParsedFeed {
  const now = (options.now ?? new Date()).getTime();
  const maxFutureSkewMs = options.maxFutureSkewMs ?? 24 * 3600_000;
  const source = text.replace(/^\uFEFF/, '').trim();
  if (!source) throw new FeedParseError('empty document: no feed');
  const isJson = source.startsWith('{');
  const xml = isJson ? source : guardDoctype(source);
  let parsed: AnyFeed;
  try {
    parsed = feedsmithParse(xml);
  } catch (err) {
    if (err instanceof DetectError) throw new FeedParseError(describeNonFeed(xml), { cause: err });
    if (err instanceof MalformedError || err instanceof ParseError) {
      const detail = (err.cause as Error | undefined)?.message;
      throw new FeedParseError(`malformed feed${detail ? `: ${detail}` : ''}`, { cause: err });
    }
    throw new FeedParseError(`feed could not be parsed: ${(err as Error).message}`, { cause: err });
  }
  if (parsed.format !== 'json') checkTagBalance(xml);
  const { meta, items: raw } =
    parsed.format === 'rss' ? fromRss(parsed.feed)
    : parsed.format === 'rdf' ? fromRdf(parsed.feed)
    : parsed.format === 'atom' ? fromAtom(parsed.feed)
    : fromJson(parsed.feed);

  const feedBase = resolveHttpUrl(baseUrl, null);
  const siteUrl = resolveHttpUrl(meta.siteUrl, feedBase);
  const linkBase = siteUrl ?? feedBase;
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const r of raw) {
    const url = resolveHttpUrl(r.link, linkBase);
    if (!url) continue;
    const guid = r.guid ?? url;
    if (seen.has(guid)) continue;
    seen.add(guid);
    const published = plausibleDate(r.published, now, maxFutureSkewMs);
    const updated = plausibleDate(r.updated, now, maxFutureSkewMs);
    items.push({
      guid,
      url,
      title: titleText(r.title),
      summary: htmlToText(r.summaryHtml),
      contentHtml: r.contentHtml,
      author: titleText(r.author),
      published: published ?? (parsed.format === 'atom' ? updated : null),
      updated,
      image: resolveHttpUrl(r.image, linkBase),
      categories: [...new Set(r.categories.map((c) => c.trim()).filter(Boolean))],
    });
  }
  return {
    format: parsed.format,
    title: titleText(meta.title),
    siteUrl,
    language: meta.language,
    items,
  };
}
