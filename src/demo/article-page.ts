// Renders one demo article as its outlet's page. Each outlet has its own markup, chrome and boilerplate (menus,
// share bars, "اقرأ أيضاً" inserts, related lists, comments), because the extractor must cope with exactly that.
import type { DemoArticle, DemoOutlet } from './demo-data.ts';
import { arabicDateText, isoWithOffset, toArabicIndicDigits } from './demo-date-format.ts';
import { escapeHtml as e, jsonForScript } from './html-escape.ts';

export interface LinkedArticle {
  article: DemoArticle;
  url: string;
}

export interface ArticlePageContext {
  outlet: DemoOutlet;
  article: DemoArticle;
  url: string;
  origin: string;
  publishedAt: Date;
  imageUrl: string | null;
  /** Another article of the same outlet, inserted mid-text as "اقرأ أيضاً". */
  readAlso: LinkedArticle | null;
  related: LinkedArticle[];
  mostRead: LinkedArticle[];
  /** Generic reader comments (boilerplate for the extractor), only for outlets that show comments. */
  comments: { name: string; text: string; minutesAfter: number }[];
}

const SHARE_LABELS = ['فيسبوك', 'إكس', 'واتساب', 'تيليغرام', 'نسخ الرابط'];

function digits(outlet: DemoOutlet, text: string): string {
  return outlet.digits === 'arabic-indic' ? toArabicIndicDigits(text) : text;
}

function byline(ctx: ArticlePageContext): string | null {
  const { article, outlet } = ctx;
  if (!article.byline) return null;
  if (article.bylineKind === 'desk') return article.byline;
  const prefix = article.bylineKind === 'female' ? (outlet.bylinePrefixFemale ?? outlet.bylinePrefix) : outlet.bylinePrefix;
  return `${prefix}${article.byline}`;
}

function leadOf(article: DemoArticle, max = 180): string {
  const first = article.paragraphs[0];
  if (first.length <= max) return first;
  const cut = first.lastIndexOf(' ', max);
  return `${first.slice(0, cut > 0 ? cut : max)}…`;
}

function headMeta(ctx: ArticlePageContext): string {
  const { outlet, article, url, publishedAt } = ctx;
  const iso = isoWithOffset(publishedAt, outlet.utcOffsetMinutes);
  const lines = [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${e(article.headline)} | ${e(outlet.name)}</title>`,
    `<meta name="description" content="${e(leadOf(article))}">`,
    `<link rel="canonical" href="${e(url)}">`,
    `<link rel="stylesheet" href="/${outlet.slug}/static/site.css">`,
  ];
  if (outlet.dateStyle === 'meta') lines.push(`<meta property="article:published_time" content="${iso}">`);
  if (outlet.meta === 'og') {
    lines.push(
      `<meta property="og:type" content="article">`,
      `<meta property="og:site_name" content="${e(outlet.name)}">`,
      `<meta property="og:title" content="${e(article.headline)}">`,
      `<meta property="og:description" content="${e(leadOf(article))}">`,
      `<meta property="og:url" content="${e(url)}">`,
      `<meta property="og:locale" content="ar_AR">`,
    );
    if (ctx.imageUrl) lines.push(`<meta property="og:image" content="${e(ctx.imageUrl)}">`);
    if (article.byline) lines.push(`<meta name="author" content="${e(article.byline)}">`);
    lines.push(`<meta property="article:section" content="${e(article.section)}">`);
  } else {
    const ld: Record<string, unknown> = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.headline,
      datePublished: iso,
      dateModified: iso,
      articleSection: article.section,
      inLanguage: 'ar',
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      publisher: { '@type': 'Organization', name: outlet.name, logo: { '@type': 'ImageObject', url: `${ctx.origin}/${outlet.slug}/media/logo.svg` } },
    };
    if (article.byline) ld.author = [{ '@type': 'Person', name: article.byline }];
    if (ctx.imageUrl) ld.image = [ctx.imageUrl];
    lines.push(`<script type="application/ld+json">\n${jsonForScript(ld)}\n</script>`);
  }
  lines.push(`<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({pageType: "article", section: ${JSON.stringify(article.section)}});</script>`);
  return lines.join('\n');
}

/** The visible publication date in the outlet's own style. */
function dateMarkup(ctx: ArticlePageContext, cls: string): string {
  const { outlet, publishedAt } = ctx;
  const text = arabicDateText(publishedAt, outlet);
  if (outlet.dateStyle === 'time') {
    return `<time class="${cls}" datetime="${isoWithOffset(publishedAt, outlet.utcOffsetMinutes)}">${e(text)}</time>`;
  }
  return `<span class="${cls}">${outlet.dateStyle === 'meta' ? 'نُشر في: ' : ''}${e(text)}</span>`;
}

function readAlsoMarkup(ctx: ArticlePageContext, style: 'box' | 'inline' | 'card'): string {
  const other = ctx.readAlso;
  if (!other) return '';
  const title = e(other.article.headline);
  if (ctx.outlet.readAlso === 'paste') {
    return `<aside class="read-also read-also--pasted">
  <h4>اقرأ أيضاً</h4>
  <a href="${e(other.url)}"><strong>${title}</strong></a>
  <p>${e(leadOf(other.article, 260))}</p>
</aside>`;
  }
  if (style === 'inline') return `<p><strong>اقرأ أيضاً:</strong> <a href="${e(other.url)}">${title}</a></p>`;
  if (style === 'card') return `<div class="also-card"><span class="label">اقرأ أيضا</span> <a href="${e(other.url)}">${title}</a></div>`;
  return `<div class="read-also"><span class="read-also__label">اقرأ أيضاً</span> <a class="read-also__link" href="${e(other.url)}">${title}</a></div>`;
}

function bodyWithInsert(ctx: ArticlePageContext, paragraph: (text: string) => string, insert: string, separator = '\n'): string {
  const parts = ctx.article.paragraphs.map(paragraph);
  const at = Math.min(2, parts.length - 1);
  if (insert) parts.splice(at, 0, insert);
  return parts.join(separator);
}

function relatedList(ctx: ArticlePageContext, cls: string): string {
  if (!ctx.related.length) return '';
  const items = ctx.related.map((r) => `<li><a href="${e(r.url)}">${e(r.article.headline)}</a></li>`).join('\n');
  return `<section class="${cls}">\n<h3>${e(ctx.outlet.relatedTitle)}</h3>\n<ul>\n${items}\n</ul>\n</section>`;
}

function mostReadList(ctx: ArticlePageContext): string {
  const items = ctx.mostRead.map((r) => `<li><a href="${e(r.url)}">${e(r.article.headline)}</a></li>`).join('\n');
  return `<h3>الأكثر قراءة</h3>\n<ol class="most-read">\n${items}\n</ol>`;
}

function commentsMarkup(ctx: ArticlePageContext): string {
  if (!ctx.outlet.comments || !ctx.comments.length) return '';
  const items = ctx.comments
    .map((c) => {
      const at = new Date(ctx.publishedAt.getTime() + c.minutesAfter * 60_000);
      return `<li class="comment"><div class="comment-author">${e(c.name)}</div><div class="comment-date">${e(arabicDateText(at, ctx.outlet))}</div><p class="comment-text">${e(c.text)}</p></li>`;
    })
    .join('\n');
  return `<section id="comments" class="comments">
<h3>التعليقات (${digits(ctx.outlet, String(ctx.comments.length))})</h3>
<ol class="comment-list">
${items}
</ol>
<form class="comment-form" action="#" method="post"><label>الاسم <input name="name"></label><label>تعليقك <textarea name="body"></textarea></label><button type="button">إرسال التعليق</button></form>
<p class="comment-policy">التعليقات تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي ${e(ctx.outlet.name)}.</p>
</section>`;
}

function shareBar(cls: string): string {
  return `<div class="${cls}"><span>شارك:</span> ${SHARE_LABELS.map((l) => `<a href="#" rel="nofollow">${l}</a>`).join(' ')}</div>`;
}

function figure(ctx: ArticlePageContext, cls: string): string {
  const img = ctx.article.image;
  if (!img || !ctx.imageUrl) return '';
  return `<figure class="${cls}"><img src="${e(ctx.imageUrl)}" alt="${e(img.alt ?? img.caption)}" width="800" height="450"><figcaption>${e(img.caption)}</figcaption></figure>`;
}

function footer(ctx: ArticlePageContext): string {
  const year = digits(ctx.outlet, String(ctx.publishedAt.getUTCFullYear()));
  return `<footer class="site-footer">
<ul class="footer-links"><li><a href="/${ctx.outlet.slug}/">من نحن</a></li><li><a href="/${ctx.outlet.slug}/">اتصل بنا</a></li><li><a href="/${ctx.outlet.slug}/">سياسة الخصوصية</a></li><li><a href="/${ctx.outlet.slug}/">أعلن معنا</a></li></ul>
<p>© ${year} ${e(ctx.outlet.name)} — ${e(ctx.outlet.city)}. جميع الحقوق محفوظة. يُمنع النسخ دون إذن مسبق.</p>
</footer>`;
}

function page(ctx: ArticlePageContext, bodyClass: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
${headMeta(ctx)}
</head>
<body class="${bodyClass}">
${body}
${footer(ctx)}
</body>
</html>
`;
}

function nav(ctx: ArticlePageContext, items: string[], cls: string): string {
  const home = `/${ctx.outlet.slug}/`;
  return `<nav class="${cls}"><ul>${items.map((i) => `<li><a href="${home}">${i}</a></li>`).join('')}</ul></nav>`;
}

function classic(ctx: ArticlePageContext): string {
  const { outlet, article } = ctx;
  const by = byline(ctx);
  const body = bodyWithInsert(ctx, (p) => `<p>${e(p)}</p>`, readAlsoMarkup(ctx, 'box'));
  return page(ctx, 'classic single-article', `<div id="top-bar"><span>${e(arabicDateText(ctx.publishedAt, outlet, false))}</span> <a href="/${outlet.slug}/">النسخة الورقية</a></div>
<header id="masthead"><a class="logo" href="/${outlet.slug}/">${e(outlet.name)}</a><p class="tagline">${e(outlet.tagline)}</p></header>
${nav(ctx, ['الرئيسية', 'محليات', 'عربي ودولي', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'منوعات', 'رأي'], 'main-menu')}
<div class="breadcrumb"><a href="/${outlet.slug}/">الرئيسية</a> » <a href="/${outlet.slug}/">${e(article.section)}</a></div>
<div id="content">
<div class="article">
<h1 class="article-title">${e(article.headline)}</h1>
<div class="article-meta">${by ? `<span class="author">${e(by)}</span> | ` : ''}${dateMarkup(ctx, 'pub-date')}</div>
${shareBar('share-tools')}
${figure(ctx, 'article-image')}
<div id="article-body">
${body}
</div>
<div class="tags">وسوم: <a href="/${outlet.slug}/">${e(article.section)}</a></div>
${shareBar('share-tools share-tools--bottom')}
${relatedList(ctx, 'related-articles')}
${commentsMarkup(ctx)}
</div>
<aside id="sidebar">
${mostReadList(ctx)}
<div class="newsletter">اشترك في النشرة البريدية لتصلك أهم الأخبار صباح كل يوم <input type="email" placeholder="بريدك الإلكتروني"><button type="button">اشترك</button></div>
</aside>
</div>`);
}

function agency(ctx: ArticlePageContext): string {
  const { outlet, article } = ctx;
  const by = byline(ctx);
  const paragraphs = article.paragraphs.map((p) => `<p>${e(p)}</p>`);
  const at = Math.min(3, paragraphs.length);
  const insert = readAlsoMarkup(ctx, 'inline');
  if (insert) paragraphs.splice(at, 0, insert);
  const initials = digits(outlet, `${outlet.slug.slice(0, 1).toUpperCase()}.${(article.id.length % 7) + 1}`);
  return page(ctx, 'wire', `<header class="agency-header"><div class="brand"><a href="/${outlet.slug}/">${e(outlet.name)}</a></div>
${nav(ctx, ['آخر الأخبار', 'سياسة', 'اقتصاد', 'رياضة', 'مجتمع', 'صور', 'فيديو'], 'agency-nav')}
<form class="search" action="/${outlet.slug}/"><input name="q" placeholder="بحث في الأخبار"></form></header>
<main class="story">
<div class="story-section">${e(article.section)}</div>
<h2 class="headline">${e(article.headline)}</h2>
<div class="story-info">${dateMarkup(ctx, 'story-date')}${by ? ` <span class="story-author">${e(by)}</span>` : ''}</div>
${figure(ctx, 'story-photo')}
<div class="story-text">
${paragraphs.join('\n')}
<p class="signoff">(انتهى) ${initials}</p>
</div>
${relatedList(ctx, 'story-related')}
</main>
<div class="subscribe-box">للاشتراك في خدمات ${e(outlet.name)} النصية والمصورة يرجى التواصل مع قسم المبيعات.</div>`);
}

function modern(ctx: ArticlePageContext): string {
  const { outlet, article } = ctx;
  const by = byline(ctx);
  const body = bodyWithInsert(ctx, (p) => `<p class="css-1q8x2a">${e(p)}</p>`, readAlsoMarkup(ctx, 'card'));
  const related = ctx.related
    .map((r) => `<a class="card css-9fz1k" href="${e(r.url)}"><span class="card__section">${e(r.article.section)}</span><h4 class="card__title">${e(r.article.headline)}</h4></a>`)
    .join('\n');
  return page(ctx, 'theme-light', `<div id="__app">
<header class="css-hd01 site-header"><a class="brand" href="/${outlet.slug}/" aria-label="${e(outlet.name)}">${e(outlet.name)}</a>
${nav(ctx, ['الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'رياضة', 'تكنولوجيا', 'صحة', 'فيديو'], 'css-nav7 primary-nav')}
<button class="menu-toggle" aria-label="القائمة">☰</button></header>
<div class="breaking-ticker" role="marquee"><strong>الأكثر متابعة</strong> ${ctx.mostRead.slice(0, 2).map((r) => e(r.article.headline)).join(' • ')}</div>
<main class="css-main3">
<article class="css-art0">
<header class="article-header">
<a class="kicker" href="/${outlet.slug}/">${e(article.section)}</a>
<h1 class="css-h1x9" data-testid="headline">${e(article.headline)}</h1>
<div class="article-byline">${by ? `<span data-testid="author">${e(by)}</span>` : ''} ${dateMarkup(ctx, 'css-date5')}</div>
</header>
${figure(ctx, 'css-fig2 lead-media')}
<div class="css-body4" data-testid="article-body">
${body}
</div>
${shareBar('css-share8 share-row')}
</article>
<section class="more-stories"><h3>${e(outlet.relatedTitle)}</h3>
${related}
</section>
${commentsMarkup(ctx)}
<div class="newsletter-cta"><h4>النشرة اليومية</h4><p>أهم ما يجري في المنطقة، في بريدك كل صباح.</p><button type="button">اشترك مجاناً</button></div>
</main>
</div>`);
}

function portal(ctx: ArticlePageContext): string {
  const { outlet, article } = ctx;
  const by = byline(ctx);
  const text = bodyWithInsert(ctx, (p) => e(p), readAlsoMarkup(ctx, 'inline'), '\n<br><br>\n');
  return page(ctx, 'portal', `<div class="ticker"><span class="ticker-label">عاجل</span><marquee>${ctx.mostRead.map((r) => e(r.article.headline)).join(' ... ')}</marquee></div>
<div class="header-wrap"><div class="logo"><a href="/${outlet.slug}/"><img src="/${outlet.slug}/media/logo.svg" alt="${e(outlet.name)}"></a></div>
<div class="ad-slot ad-leaderboard">إعلان</div></div>
${nav(ctx, ['الرئيسية', 'أخبار عاجلة', 'محافظات', 'عرب وعالم', 'اقتصاد وبورصة', 'رياضة', 'فن', 'حوادث', 'خدمات'], 'menu-bar')}
<div class="container">
<div class="col-main">
<div class="news-title"><h1>${e(article.headline)}</h1></div>
<div class="news-info">${by ? `<span class="writer">${e(by)}</span>` : ''} <span class="sep">|</span> ${dateMarkup(ctx, 'news-date')} <span class="views">${digits(outlet, String(120 + (article.paragraphs.join('').length % 900)))} مشاهدة</span></div>
${figure(ctx, 'news-photo')}
<div class="ad-slot ad-inline">إعلان</div>
<div class="news-text">
${text}
</div>
<div class="follow-us">تابعوا ${e(outlet.name)} على تطبيق الهاتف ومنصات التواصل الاجتماعي</div>
${shareBar('share-icons')}
${relatedList(ctx, 'similar-news')}
${commentsMarkup(ctx)}
</div>
<div class="col-side">
<div class="ad-slot ad-side">إعلان</div>
${mostReadList(ctx)}
</div>
</div>`);
}

/** Arabic counted nouns agree with the number: دقيقة واحدة، دقيقتان، 3–10 دقائق، 11+ دقيقة. */
function readingTime(outlet: DemoOutlet, n: number): string {
  if (n === 1) return 'دقيقة واحدة للقراءة';
  if (n === 2) return 'دقيقتان للقراءة';
  return `${digits(outlet, String(n))} ${n <= 10 ? 'دقائق' : 'دقيقة'} للقراءة`;
}

function magazine(ctx: ArticlePageContext): string {
  const { outlet, article } = ctx;
  const by = byline(ctx);
  const paragraphs = article.paragraphs.map((p) => `<p>${e(p)}</p>`);
  const quote = article.quotes?.[0];
  if (quote) paragraphs.splice(1, 0, `<blockquote class="pull-quote"><p>«${e(quote.text)}»</p><cite>${e(quote.speaker)}</cite></blockquote>`);
  const insert = readAlsoMarkup(ctx, 'box');
  if (insert) paragraphs.splice(Math.min(3, paragraphs.length), 0, insert);
  const words = article.paragraphs.join(' ').split(/\s+/).length;
  const minutes = readingTime(outlet, Math.max(1, Math.round(words / 180)));
  const iso = isoWithOffset(ctx.publishedAt, outlet.utcOffsetMinutes);
  return page(ctx, 'magazine', `<header class="mag-header">
<div class="mag-brand"><a href="/${outlet.slug}/">${e(outlet.name)}</a><span>${e(outlet.tagline)}</span></div>
${nav(ctx, ['الرئيسية', 'سياسة', 'اقتصاد', 'مجتمع', 'ثقافة', 'رياضة', 'علوم', 'آراء'], 'mag-nav')}
</header>
<main>
<article itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="${iso}">
<p class="mag-section" itemprop="articleSection">${e(article.section)}</p>
<h1 itemprop="headline">${e(article.headline)}</h1>
<div class="mag-meta">${by ? `<span class="mag-author" itemprop="author">${e(by)}</span> · ` : ''}${dateMarkup(ctx, 'mag-date')} · <span class="reading-time">${minutes}</span></div>
${figure(ctx, 'mag-figure')}
<div class="entry-content" itemprop="articleBody">
${paragraphs.join('\n')}
</div>
${shareBar('mag-share')}
</article>
${relatedList(ctx, 'mag-related')}
${commentsMarkup(ctx)}
</main>
<aside class="mag-aside">${mostReadList(ctx)}</aside>`);
}

export function renderArticlePage(ctx: ArticlePageContext): string {
  switch (ctx.outlet.template) {
    case 'classic':
      return classic(ctx);
    case 'agency':
      return agency(ctx);
    case 'modern':
      return modern(ctx);
    case 'portal':
      return portal(ctx);
    case 'magazine':
      return magazine(ctx);
  }
}
