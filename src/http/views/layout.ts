// The page shell: RTL Arabic, landmarks, one stylesheet, no script.
import { html } from 'hono/html';

export type Html = ReturnType<typeof html>;

export interface FeedLink {
  title: string;
  href: string;
}

export interface PageMeta {
  title: string;
  siteTitle: string;
  /** Which nav entry is current. */
  section?: 'home' | 'sources' | 'search' | 'admin' | null;
  feeds?: FeedLink[];
  description?: string;
  /** Pre-filled header search box. */
  query?: string;
  canonicalPath?: string;
  /** Robots: search result pages need not be indexed. */
  noindex?: boolean;
}

function navLink(href: string, label: string, current: boolean): Html {
  return current
    ? html`<li><a href="${href}" aria-current="page">${label}</a></li>`
    : html`<li><a href="${href}">${label}</a></li>`;
}

export function layout(meta: PageMeta, body: Html): Html {
  const fullTitle = meta.title === meta.siteTitle ? meta.siteTitle : `${meta.title} — ${meta.siteTitle}`;
  return html`<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${fullTitle}</title>
${meta.description ? html`<meta name="description" content="${meta.description}">` : ''}
${meta.noindex ? html`<meta name="robots" content="noindex">` : ''}
<link rel="stylesheet" href="/assets/marsad.css">
${(meta.feeds ?? []).map((f) => html`<link rel="alternate" type="application/atom+xml" title="${f.title}" href="${f.href}">\n`)}
</head>
<body>
<a class="skip-link" href="#main">انتقل إلى المحتوى</a>
<header class="site-header">
  <div class="bar">
    <a class="brand" href="/">${meta.siteTitle}</a>
    <nav aria-label="التنقل الرئيسي">
      <ul>
        ${navLink('/', 'أبرز القصص', meta.section === 'home')}
        ${navLink('/sources', 'المصادر', meta.section === 'sources')}
      </ul>
    </nav>
  </div>
  <form class="site-search" role="search" action="/search" method="get">
    <label for="site-q" class="visually-hidden">ابحث في الأخبار</label>
    <input id="site-q" name="q" type="search" dir="auto" value="${meta.query ?? ''}" placeholder="ابحث في الأخبار" autocomplete="off" enterkeyhint="search">
    <button type="submit">بحث</button>
  </form>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site-footer">
  <p>${meta.siteTitle} يجمع الأخبار من مصادرها ويربط كل خبر بأصله. النصوص ملك ناشريها.</p>
  <p><a href="/api/v1/stories">واجهة JSON</a>${(meta.feeds ?? []).length ? html` · <a href="${meta.feeds![0].href}">موجز Atom</a>` : ''}</p>
</footer>
</body>
</html>`;
}
