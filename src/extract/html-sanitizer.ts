// Sanitizes untrusted article HTML for display: a small allow-list of reading markup, absolute links, nothing active.
import sanitize from 'sanitize-html';

const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span', 'section', 'article',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite', 'pre', 'code',
  'figure', 'figcaption', 'img', 'picture', 'a',
  'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'time', 'bdi', 'bdo',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col',
];

// Contents of these are dropped entirely, not unwrapped: their text is never reading matter.
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'button', 'select', 'option', 'textarea', 'input', 'svg', 'math', 'canvas', 'audio', 'video',
  'head', 'title', 'meta', 'link', 'base',
];

const COMMON_ATTRIBUTES = ['dir', 'lang', 'title'];

// Only raster images may stay inline: data:image/svg+xml can carry script when opened directly.
const INLINE_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

function absoluteUrl(value: string | undefined, baseUrl: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = baseUrl ? new URL(trimmed, baseUrl) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}

/**
 * Returns HTML safe to embed in marsad's reader. Removes scripts, styles, event handlers, iframes, objects, forms and
 * every non-http(s) URL; keeps `dir`/`lang`, headings, paragraphs, lists, quotes, figures and tables. Links become
 * absolute with rel="noopener nofollow ugc"; images keep an absolute http(s) `src`, or a base64 `data:image/*` raster
 * (png/jpeg/gif/webp/avif — never svg). Relative URLs that cannot be resolved (no base URL) are dropped.
 */
export function sanitizeHtml(html: string, baseUrl?: string | null): string {
  return sanitize(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      '*': COMMON_ATTRIBUTES,
      a: [...COMMON_ATTRIBUTES, 'href', 'rel', 'target'],
      img: [...COMMON_ATTRIBUTES, 'src', 'alt', 'width', 'height'],
      td: [...COMMON_ATTRIBUTES, 'colspan', 'rowspan'],
      th: [...COMMON_ATTRIBUTES, 'colspan', 'rowspan', 'scope'],
      time: [...COMMON_ATTRIBUTES, 'datetime'],
      ol: [...COMMON_ATTRIBUTES, 'start', 'reversed'],
      blockquote: [...COMMON_ATTRIBUTES, 'cite'],
    },
    // URLs are vetted in transformTags; this list is a second fence.
    allowedSchemes: ['http', 'https'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    nonTextTags: DROPPED_WITH_CONTENT,
    disallowedTagsMode: 'discard',
    enforceHtmlBoundary: false,
    transformTags: {
      a: (tagName, attribs) => {
        const out: sanitize.Attributes = {};
        copyCommon(attribs, out);
        const href = absoluteUrl(attribs.href, baseUrl);
        if (href) {
          out.href = href;
          out.rel = 'noopener nofollow ugc';
        }
        return { tagName, attribs: out };
      },
      img: (tagName, attribs) => {
        const out: sanitize.Attributes = {};
        copyCommon(attribs, out);
        const raw = attribs.src || attribs['data-src'] || attribs['data-lazy-src'] || attribs['data-original'] || '';
        const src = INLINE_IMAGE.test(raw.trim()) ? raw.trim() : absoluteUrl(raw, baseUrl);
        if (src) out.src = src;
        if (attribs.alt) out.alt = attribs.alt;
        if (/^\d{1,5}$/.test(attribs.width ?? '')) out.width = attribs.width;
        if (/^\d{1,5}$/.test(attribs.height ?? '')) out.height = attribs.height;
        return { tagName, attribs: out };
      },
      blockquote: (tagName, attribs) => {
        const out: sanitize.Attributes = {};
        copyCommon(attribs, out);
        const cite = absoluteUrl(attribs.cite, baseUrl);
        if (cite) out.cite = cite;
        return { tagName, attribs: out };
      },
    },
    // An image with no usable source is an empty box.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  });
}

function copyCommon(from: sanitize.Attributes, to: sanitize.Attributes): void {
  for (const name of COMMON_ATTRIBUTES) {
    const v = from[name];
    if (v !== undefined) to[name] = v;
  }
}
