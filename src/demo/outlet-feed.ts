// Writes an outlet's feed in that outlet's format (RSS 2.0, Atom 1.0 or JSON Feed 1.1), with the quirks real
// outlets have: local-offset dates, summary-only items, relative item links.
import type { DemoArticle, DemoOutlet } from './demo-data.ts';
import { isoWithOffset, rfc822 } from './demo-date-format.ts';
import { cdata, escapeHtml as e } from './html-escape.ts';

export interface FeedEntry {
  article: DemoArticle;
  /** Absolute page URL. */
  url: string;
  /** Server path of the page, e.g. /rasd/news/123456.html. */
  path: string;
  publishedAt: Date;
  imageUrl: string | null;
}

export interface FeedInput {
  outlet: DemoOutlet;
  origin: string;
  feedUrl: string;
  /** Newest first. */
  entries: FeedEntry[];
  updatedAt: Date;
}

export function feedPath(outlet: DemoOutlet): string {
  const file = outlet.format === 'rss' ? 'feed.xml' : outlet.format === 'atom' ? 'atom.xml' : 'feed.json';
  return `/${outlet.slug}/${file}`;
}

export function feedContentType(outlet: DemoOutlet): string {
  if (outlet.format === 'rss') return 'application/rss+xml; charset=utf-8';
  if (outlet.format === 'atom') return 'application/atom+xml; charset=utf-8';
  return 'application/feed+json; charset=utf-8';
}

function summaryOf(article: DemoArticle): string {
  const first = article.paragraphs[0];
  if (first.length <= 200) return first;
  const cut = first.lastIndexOf(' ', 200);
  return `${first.slice(0, cut > 0 ? cut : 200)}...`;
}

function contentHtml(entry: FeedEntry): string {
  const img = entry.article.image && entry.imageUrl ? `<p><img src="${e(entry.imageUrl)}" alt="${e(entry.article.image.caption)}"></p>\n` : '';
  return img + entry.article.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n');
}

/** The link an item carries: absolute, or relative the way this outlet's CMS writes it. */
function itemLink(input: FeedInput, entry: FeedEntry): string {
  if (input.outlet.feedLinks === 'absolute') return entry.url;
  // RSS readers resolve against the channel; Atom and JSON against the document, so those use a path relative to the feed.
  if (input.outlet.format === 'rss') return entry.path;
  return entry.path.slice(`/${input.outlet.slug}/`.length);
}

function rss(input: FeedInput): string {
  const { outlet } = input;
  const home = `${input.origin}/${outlet.slug}/`;
  const items = input.entries.map((entry) => {
    const link = itemLink(input, entry);
    const lines = [
      `<item>`,
      `<title>${e(entry.article.headline)}</title>`,
      `<link>${e(link)}</link>`,
      outlet.feedLinks === 'absolute'
        ? `<guid isPermaLink="true">${e(entry.url)}</guid>`
        : `<guid isPermaLink="false">${entry.article.id}</guid>`,
      `<pubDate>${rfc822(entry.publishedAt, outlet.utcOffsetMinutes)}</pubDate>`,
    ];
    if (entry.article.byline) lines.push(`<dc:creator>${cdata(entry.article.byline)}</dc:creator>`);
    lines.push(`<category>${e(entry.article.section)}</category>`);
    lines.push(`<description>${cdata(summaryOf(entry.article))}</description>`);
    if (outlet.feedContent === 'full') lines.push(`<content:encoded>${cdata(contentHtml(entry))}</content:encoded>`);
    if (entry.imageUrl) lines.push(`<enclosure url="${e(entry.imageUrl)}" type="image/svg+xml" length="0"/>`);
    lines.push(`</item>`);
    return lines.join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${e(outlet.name)}</title>
<link>${e(home)}</link>
<description>${e(outlet.tagline)}</description>
<language>ar</language>
<lastBuildDate>${rfc822(input.updatedAt, outlet.utcOffsetMinutes)}</lastBuildDate>
<atom:link href="${e(input.feedUrl)}" rel="self" type="application/rss+xml"/>
<ttl>15</ttl>
${items.join('\n')}
</channel>
</rss>
`;
}

function atom(input: FeedInput): string {
  const { outlet } = input;
  const home = `${input.origin}/${outlet.slug}/`;
  const entries = input.entries.map((entry) => {
    const iso = isoWithOffset(entry.publishedAt, outlet.utcOffsetMinutes);
    const lines = [
      `<entry>`,
      `<title type="text">${e(entry.article.headline)}</title>`,
      `<id>tag:${outlet.slug}.demo,2020:${entry.article.id}</id>`,
      `<link rel="alternate" type="text/html" href="${e(itemLink(input, entry))}"/>`,
      `<published>${iso}</published>`,
      `<updated>${iso}</updated>`,
    ];
    if (entry.article.byline) lines.push(`<author><name>${e(entry.article.byline)}</name></author>`);
    lines.push(`<category term="${e(entry.article.section)}"/>`);
    lines.push(`<summary type="text">${e(summaryOf(entry.article))}</summary>`);
    if (outlet.feedContent === 'full') lines.push(`<content type="html">${e(contentHtml(entry))}</content>`);
    lines.push(`</entry>`);
    return lines.join('\n');
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
<title>${e(outlet.name)}</title>
<subtitle>${e(outlet.tagline)}</subtitle>
<id>tag:${outlet.slug}.demo,2020:feed</id>
<link rel="alternate" type="text/html" href="${e(home)}"/>
<link rel="self" type="application/atom+xml" href="${e(input.feedUrl)}"/>
<updated>${isoWithOffset(input.updatedAt, outlet.utcOffsetMinutes)}</updated>
<author><name>${e(outlet.name)}</name></author>
${entries.join('\n')}
</feed>
`;
}

function jsonFeed(input: FeedInput): string {
  const { outlet } = input;
  const items = input.entries.map((entry) => {
    const item: Record<string, unknown> = {
      id: entry.article.id,
      url: itemLink(input, entry),
      title: entry.article.headline,
      summary: summaryOf(entry.article),
      date_published: isoWithOffset(entry.publishedAt, outlet.utcOffsetMinutes),
      tags: [entry.article.section],
      language: 'ar',
    };
    if (outlet.feedContent === 'full') item.content_html = contentHtml(entry);
    else item.content_text = summaryOf(entry.article);
    if (entry.article.byline) item.authors = [{ name: entry.article.byline }];
    if (entry.imageUrl) item.image = entry.imageUrl;
    return item;
  });
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: outlet.name,
      home_page_url: `${input.origin}/${outlet.slug}/`,
      feed_url: input.feedUrl,
      description: outlet.tagline,
      language: 'ar',
      authors: [{ name: outlet.name }],
      items,
    },
    null,
    2,
  )}\n`;
}

export function renderFeed(input: FeedInput): string {
  if (input.outlet.format === 'rss') return rss(input);
  if (input.outlet.format === 'atom') return atom(input);
  return jsonFeed(input);
}
