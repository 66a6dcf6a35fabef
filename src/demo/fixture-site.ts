// Builds every response of the demo site up front from the demo data and a base time, so the same base time always
// yields byte-identical pages and feeds (and stable ETags).
import { createHash } from 'node:crypto';
import { renderArticlePage, type LinkedArticle } from './article-page.ts';
import type { DemoArticle, DemoData, DemoOutlet } from './demo-data.ts';
import { renderFixtureIndex, renderOutletHome } from './home-page.ts';
import { feedContentType, feedPath, renderFeed, type FeedEntry } from './outlet-feed.ts';

export interface SiteResponse {
  body: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
}

export interface SiteFeed {
  outlet: string;
  name: string;
  url: string;
  format: 'rss' | 'atom' | 'json';
}

export interface FixtureSite {
  responses: Map<string, SiteResponse>;
  feeds: SiteFeed[];
  articleUrls: string[];
  /** Absolute article URL → event id. */
  truth: Map<string, string>;
}

// Invented readers; their remarks are deliberately generic, as real comment sections mostly are.
const READER_COMMENTS = [
  { name: 'أبو فراس', text: 'شكراً على التغطية السريعة، ننتظر التفاصيل الكاملة.' },
  { name: 'سلمى ع.', text: 'خبر مهم، لكن أتمنى أن تذكروا المصدر بوضوح في المرات القادمة.' },
  { name: 'مواطن غيور', text: 'الله يستر، كل يوم نسمع أخباراً جديدة.' },
  { name: 'خالد من الزرقاء', text: 'تقرير متوازن، بالتوفيق للفريق.' },
  { name: 'نور الهدى', text: 'هل من رابط للبيان الرسمي؟' },
  { name: 'متابع قديم', text: 'العنوان لا يطابق المضمون تماماً، راجعوا الصياغة.' },
  { name: 'ريم', text: 'أحسنتم، معلومات واضحة ومختصرة.' },
  { name: 'أبو يزن', text: 'نريد متابعة لهذا الموضوع في الأيام القادمة.' },
];

function hashText(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0);
}

export function respond(body: string, contentType: string, lastModified: Date): SiteResponse {
  const buf = Buffer.from(body, 'utf8');
  const etag = `"${createHash('sha1').update(buf).digest('hex').slice(0, 20)}"`;
  // HTTP dates have one-second resolution; keeping the stored value on a whole second makes If-Modified-Since exact.
  return { body: buf, contentType, etag, lastModified: new Date(Math.floor(lastModified.getTime() / 1000) * 1000) };
}

const SITE_CSS = `body{font-family:"Noto Naskh Arabic",serif;direction:rtl;max-width:60rem;margin:auto;line-height:1.8}
nav ul{list-style:none;display:flex;gap:1rem;padding:0}.ad-slot{background:#eee;text-align:center;color:#999}
.read-also,.also-card,.read-also--pasted{border-right:4px solid #c33;padding:.5rem 1rem;margin:1rem 0;background:#fafafa}
`;

function logoSvg(outlet: DemoOutlet): string {
  const hue = hashText(outlet.slug) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60" viewBox="0 0 240 60"><rect width="240" height="60" fill="hsl(${hue},45%,30%)"/><text x="120" y="38" font-size="22" text-anchor="middle" fill="#fff" direction="rtl">${outlet.slug}</text></svg>`;
}

function imageSvg(article: DemoArticle): string {
  const hue = hashText(article.event) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450"><rect width="800" height="450" fill="hsl(${hue},35%,55%)"/><circle cx="400" cy="225" r="90" fill="hsl(${(hue + 40) % 360},40%,75%)"/></svg>`;
}

export function buildFixtureSite(data: DemoData, origin: string, baseTime: Date): FixtureSite {
  const responses = new Map<string, SiteResponse>();
  const feeds: SiteFeed[] = [];
  const articleUrls: string[] = [];
  const truth = new Map<string, string>();
  const indexRows: { outlet: DemoOutlet; feedUrl: string; count: number }[] = [];

  for (const outlet of data.outlets) {
    const own = data.articles
      .filter((a) => a.outlet === outlet.slug)
      .sort((a, b) => a.publishedOffsetMinutes - b.publishedOffsetMinutes || a.id.localeCompare(b.id));
    const entries: FeedEntry[] = own.map((article) => {
      const path = data.paths.get(article.id)!;
      return {
        article,
        path,
        url: origin + path,
        publishedAt: new Date(baseTime.getTime() - article.publishedOffsetMinutes * 60_000),
        imageUrl: article.image ? `${origin}/${outlet.slug}/media/${article.id}.svg` : null,
      };
    });
    const updatedAt = entries[0]?.publishedAt ?? baseTime;
    const feedUrl = origin + feedPath(outlet);
    feeds.push({ outlet: outlet.slug, name: outlet.name, url: feedUrl, format: outlet.format });
    indexRows.push({ outlet, feedUrl, count: entries.length });

    responses.set(feedPath(outlet), respond(renderFeed({ outlet, origin, feedUrl, entries, updatedAt }), feedContentType(outlet), updatedAt));
    responses.set(`/${outlet.slug}/`, respond(renderOutletHome(outlet, entries, feedUrl, baseTime), 'text/html; charset=utf-8', updatedAt));
    responses.set(`/${outlet.slug}/static/site.css`, respond(SITE_CSS, 'text/css; charset=utf-8', baseTime));
    responses.set(`/${outlet.slug}/media/logo.svg`, respond(logoSvg(outlet), 'image/svg+xml', baseTime));

    // Some CMSs write in-page links as root-relative paths, others as absolute URLs; extractors must resolve both.
    const relativeLinks = outlet.template === 'portal' || outlet.template === 'magazine';
    const linked = (x: FeedEntry): LinkedArticle => ({ article: x.article, url: relativeLinks ? x.path : x.url });
    entries.forEach((entry, i) => {
      const others = entries.filter((x) => x.article.event !== entry.article.event);
      const h = hashText(entry.article.id);
      const readAlso = others.length ? others[h % others.length] : null;
      const rest = others.filter((x) => x !== readAlso);
      const sameSection = rest.filter((x) => x.article.section === entry.article.section);
      const related = [...sameSection, ...rest.filter((x) => x.article.section !== entry.article.section)].slice(0, 4);
      const mostRead = rest.filter((_, j) => (j + i) % 3 === 0).slice(0, 5);
      const comments = outlet.comments
        ? Array.from({ length: h % 4 }, (_, k) => ({ ...READER_COMMENTS[(h + k * 3) % READER_COMMENTS.length], minutesAfter: 12 + k * 37 }))
        : [];
      const html = renderArticlePage({
        outlet,
        article: entry.article,
        url: entry.url,
        origin,
        publishedAt: entry.publishedAt,
        imageUrl: entry.imageUrl,
        readAlso: readAlso ? linked(readAlso) : null,
        related: related.map(linked),
        mostRead: mostRead.map(linked),
        comments,
      });
      responses.set(entry.path, respond(html, 'text/html; charset=utf-8', entry.publishedAt));
      if (entry.imageUrl) responses.set(`/${outlet.slug}/media/${entry.article.id}.svg`, respond(imageSvg(entry.article), 'image/svg+xml', entry.publishedAt));
      articleUrls.push(entry.url);
      truth.set(entry.url, entry.article.event);
    });
  }

  responses.set('/', respond(renderFixtureIndex(indexRows), 'text/html; charset=utf-8', baseTime));
  responses.set('/robots.txt', respond('User-agent: *\nAllow: /\n', 'text/plain; charset=utf-8', baseTime));
  return { responses, feeds, articleUrls, truth };
}
