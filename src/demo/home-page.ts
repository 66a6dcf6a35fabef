// The outlets' front pages and the fixture's own index page.
import type { DemoOutlet } from './demo-data.ts';
import { arabicDateText } from './demo-date-format.ts';
import { escapeHtml as e } from './html-escape.ts';
import type { FeedEntry } from './outlet-feed.ts';

export function renderOutletHome(outlet: DemoOutlet, entries: FeedEntry[], feedUrl: string, now: Date): string {
  const items = entries
    .map(
      (x) => `<li class="teaser"><a href="${e(x.url)}">${e(x.article.headline)}</a> <span class="teaser-section">${e(x.article.section)}</span> <span class="teaser-date">${e(arabicDateText(x.publishedAt, outlet))}</span></li>`,
    )
    .join('\n');
  const feedType = outlet.format === 'rss' ? 'application/rss+xml' : outlet.format === 'atom' ? 'application/atom+xml' : 'application/feed+json';
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>${e(outlet.name)} — ${e(outlet.tagline)}</title>
<link rel="alternate" type="${feedType}" title="${e(outlet.name)}" href="${e(feedUrl)}">
</head>
<body>
<header><h1>${e(outlet.name)}</h1><p>${e(outlet.tagline)} — ${e(outlet.city)}</p><p>${e(arabicDateText(now, outlet, false))}</p></header>
<main>
<h2>آخر الأخبار</h2>
<ul class="latest">
${items}
</ul>
</main>
<footer><a href="${e(feedUrl)}">الخلاصة</a></footer>
</body>
</html>
`;
}

export function renderFixtureIndex(outlets: { outlet: DemoOutlet; feedUrl: string; count: number }[]): string {
  const rows = outlets
    .map((o) => `<li><a href="/${o.outlet.slug}/">${e(o.outlet.name)}</a> (${o.count} مقالاً) — <a href="${e(o.feedUrl)}">${o.outlet.format}</a></li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>منافذ تجريبية — مرصد</title></head>
<body>
<h1>منافذ إخبارية وهمية للعرض التجريبي</h1>
<p>كل المنافذ والأشخاص في هذه الصفحات من نسج الخيال، كُتبت لتجربة مرصد دون اتصال بالإنترنت.</p>
<ul>
${rows}
</ul>
</body>
</html>
`;
}
