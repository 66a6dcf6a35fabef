// Atom output is one more renderer of the read models; feedsmith writes the XML.
import { generateAtomFeed } from 'feedsmith';

export interface AtomEntryInput {
  id: string;
  title: string;
  /** Where the entry points a reader: the original article, or our story page. */
  url: string;
  /** Our own page for the same item, when the main link leaves the site. */
  relatedUrl?: string | null;
  summary?: string | null;
  published?: string | null;
  updated: string;
  authors?: string[];
}

export interface AtomFeedInput {
  id: string;
  title: string;
  subtitle?: string | null;
  selfUrl: string;
  alternateUrl: string;
  updated: string | null;
  author: string;
  entries: AtomEntryInput[];
}

// XML 1.0 forbids most control characters; fetched text sometimes carries them.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafeText(value: string): string {
  return value.replace(INVALID_XML, '').replace(LONE_SURROGATE, '');
}

function date(value: string | null | undefined): Date | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function renderAtomFeed(feed: AtomFeedInput): string {
  const entryDates = feed.entries.map((e) => date(e.updated)).filter((d): d is Date => !!d);
  const updated =
    date(feed.updated) ?? (entryDates.length ? new Date(Math.max(...entryDates.map((d) => d.getTime()))) : new Date(0));
  return generateAtomFeed({
    id: feed.id,
    title: { value: xmlSafeText(feed.title), type: 'text' },
    ...(feed.subtitle ? { subtitle: { value: xmlSafeText(feed.subtitle), type: 'text' } } : {}),
    updated,
    authors: [{ name: xmlSafeText(feed.author) }],
    links: [
      { href: feed.selfUrl, rel: 'self', type: 'application/atom+xml' },
      { href: feed.alternateUrl, rel: 'alternate', type: 'text/html' },
    ],
    generator: { text: 'marsad' },
    xml: { lang: 'ar' },
    entries: feed.entries.map((e) => ({
      id: e.id,
      title: { value: xmlSafeText(e.title), type: 'text' },
      updated: date(e.updated) ?? updated,
      ...(date(e.published) ? { published: date(e.published) } : {}),
      ...(e.summary ? { summary: { value: xmlSafeText(e.summary), type: 'text' } } : {}),
      ...(e.authors?.length ? { authors: e.authors.map((name) => ({ name: xmlSafeText(name) })) } : {}),
      links: [
        { href: e.url, rel: 'alternate', type: 'text/html' },
        ...(e.relatedUrl ? [{ href: e.relatedUrl, rel: 'related', type: 'text/html' }] : []),
      ],
    })),
  });
}
