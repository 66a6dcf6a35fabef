// What an element is for, judged from its tag, class, id, role and visibility: content, or a kind of page furniture.
import type { BoilerplateKind } from './types.ts';

/** Never reading matter, whatever their class says. */
export const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'button', 'select',
  'input', 'textarea', 'option', 'nav', 'aside', 'footer', 'header', 'menu', 'dialog', 'map', 'audio', 'video',
  'link', 'meta', 'head', 'title', 'math',
]);

export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label', 'big', 'strike', 'tt', 'ins', 'del',
  'img', 'br', 'picture', 'source', 'nobr',
]);

// Class/id tokens that mark furniture even inside an article container ("post-share", "article-tags").
const STRONG_FURNITURE: [RegExp, BoilerplateKind][] = [
  [/(?:^|[\s_-])(?:read-?also|readmore|read-?more|also-?read|inline-?related|article-?inline|see-?also)(?:$|[\s_-])/i, 'read-also'],
  [/(?:^|[\s_-])(?:related|relatedposts|related-?\w+|more-?news|more-?stories|most-?read|mostread|most-?popular|popular|trending|recommended|recommendations|you-?may-?like|outbrain|taboola|ob-widget|jp-relatedposts|yarpp\w*|crp_related)(?:$|[\s_-])/i, 'related'],
  [/(?:^|[\s_-])(?:tags?|tag-?list|tagcloud|post-?tags|article-?tags|keywords|topics-?list)(?:$|[\s_-])/i, 'tags'],
  [/(?:^|[\s_-])(?:share|shares|sharing|sharer|social|social-?\w+|addthis\w*|sharethis\w*|a2a\w*|follow-?us|newsletter|subscribe|signup|toolbar)(?:$|[\s_-])/i, 'share'],
  [/(?:^|[\s_-])(?:comments?|comment-\w+|commentlist|disqus\w*|respond|replies|discussion|fb-comments)(?:$|[\s_-])/i, 'comments'],
  [/(?:^|[\s_-])(?:breadcrumbs?|pagination|pager|nav|navbar|navigation|menu|skip-?link|sitemap)(?:$|[\s_-])/i, 'navigation'],
  [/(?:^|[\s_-])(?:ad|ads|adv|advert\w*|adsbygoogle|ad-\w+|banner|sponsor\w*|promo|promoted|dfp\w*|cookie\w*|gdpr|consent|popup|modal|overlay|sr-only|visually-?hidden|screen-?reader-?text|caption|wp-caption-text|photo-?credit)(?:$|[\s_-])|(?:^|\s)hidden(?:$|\s)/i, 'other'],
];
const WEAK_FURNITURE = /sidebar|footer|header|masthead|banner|combx|community|cover-wrap|extra|legends|remark|rss|shoutbox|skyscraper|supplemental|agegate|yom-remote|ai2html|author-?bio|about-?author|author-?box|byline|dateline|post-?meta|entry-?meta|article-?meta|infobox|timestamp|rating|reactions|video-?player|slideshow|carousel|login|search/i;
const CONTENT_TOKEN = /(?:^|\s)(?:(?:entry|post|article|story|news|main|body|single|blog)[-_]?(?:content|body|text|entry|inner|details?)|articlebody|storybody)(?:\s|$)/i;
const CONTENT_HINT = /and|article|body|column|content|main|shadow|story|text|entry|post|blog|news|detail|matn|nass/i;

export interface ElementRole {
  /** Furniture: skipped when measuring and collecting content. */
  furniture: boolean;
  /** For furniture worth reporting: what kind of boilerplate it is. */
  kind: BoilerplateKind | null;
}

const CONTENT: ElementRole = { furniture: false, kind: null };

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** `strict` = the first pass; the retry pass (when the first found too little) only drops what is plainly furniture. */
export function elementRole(el: Element, tag: string, strict: boolean): ElementRole {
  if (DROPPED_TAGS.has(tag)) {
    return { furniture: true, kind: tag === 'nav' ? 'navigation' : tag === 'aside' || tag === 'footer' ? 'other' : null };
  }
  if (tag === 'body' || tag === 'html' || tag === 'a' || tag === 'p' || tag === 'br') return CONTENT;
  // Hidden boxes and landmark roles are block containers; inline elements are judged by class alone (cheaper).
  if (!INLINE_TAGS.has(tag)) {
    if (isHidden(el)) return { furniture: true, kind: null };
    const role = el.getAttribute('role');
    if (role && /^(?:navigation|complementary|contentinfo|banner|menu|menubar|dialog|alert|search)$/i.test(role)) {
      return { furniture: true, kind: role === 'navigation' ? 'navigation' : 'other' };
    }
  }
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (!cls && !id) return CONTENT;
  const hint = `${cls} ${id}`;
  if (el.getAttribute('itemprop') === 'articleBody') return CONTENT;
  // "entry-content no-share": a class naming the article body outweighs a furniture word beside it.
  if (cls && CONTENT_TOKEN.test(cls)) return CONTENT;
  for (const [re, kind] of STRONG_FURNITURE) {
    if (re.test(hint)) {
      // "article-content has-share-buttons" style wrappers: keep containers that clearly hold the text.
      if (tag === 'article' || tag === 'main') return CONTENT;
      if (kind === 'other' && CONTENT_HINT.test(hint)) continue;
      if (!strict && kind !== 'comments' && kind !== 'related' && kind !== 'share') continue;
      return { furniture: true, kind };
    }
  }
  if (strict && WEAK_FURNITURE.test(hint) && !CONTENT_HINT.test(hint) && tag !== 'article' && tag !== 'main') {
    return { furniture: true, kind: null };
  }
  return CONTENT;
}

const POSITIVE_CLASS = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|news|detail|matn|nass/i;
const NEGATIVE_CLASS = /-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|card|list|thumb|more/i;

/** Readability-style prior for a container from its class and id. */
export function classWeight(el: Element): number {
  let w = 0;
  for (const v of [el.getAttribute('class'), el.getAttribute('id')]) {
    if (!v) continue;
    if (NEGATIVE_CLASS.test(v)) w -= 25;
    if (POSITIVE_CLASS.test(v)) w += 25;
  }
  if (el.getAttribute('itemprop') === 'articleBody') w += 40;
  return w;
}
