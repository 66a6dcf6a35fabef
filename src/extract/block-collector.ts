// Turns the chosen content containers into blocks in reading order (text runs split at block elements and <br>s),
// and reports the furniture it skips on the way (related lists, tags, share rows) as labelled segments.
import { collapseSpace, escapeHtml } from './article-assembly.ts';
import { elementRole, INLINE_TAGS, type ElementRole } from './element-roles.ts';
import { resolveUrl } from './page-metadata.ts';
import type { TextBlock, TextBlockKind } from './text-block.ts';
import type { BoilerplateKind, BoilerplateSegment, LinkItem } from './types.ts';
import { classifyMarker, splitTagList } from './boilerplate-markers.ts';

export interface CollectedContent {
  blocks: TextBlock[];
  furniture: BoilerplateSegment[];
  images: string[];
}

const KIND_BY_TAG: Record<string, TextBlockKind> = {
  li: 'li', dt: 'li', dd: 'li', blockquote: 'quote', pre: 'pre', figcaption: 'caption',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
};
const HTML_TAG: Record<TextBlockKind, string> = { p: 'p', heading: 'h3', li: 'li', quote: 'blockquote', pre: 'pre', caption: 'figcaption' };
const INLINE_HTML = new Set(['b', 'strong', 'i', 'em', 'sub', 'sup', 'mark', 'q', 'cite', 'code', 'small', 'abbr']);

class Run {
  text = '';
  html = '';
  links: LinkItem[] = [];
  linkChars = 0;
  constructor(readonly kind: TextBlockKind, readonly headingTag: string | null, readonly ordered: boolean) {}
}

export function collectBlocks(
  containers: Element[],
  roles: Map<Element, ElementRole>,
  baseUrl: string | null,
  strict: boolean,
): CollectedContent {
  const blocks: TextBlock[] = [];
  const furniture: BoilerplateSegment[] = [];
  const images: string[] = [];

  const flush = (run: Run): void => {
    const text = collapseSpace(run.text);
    if (text) {
      const tag = run.kind === 'heading' ? (run.headingTag ?? 'h3') : HTML_TAG[run.kind];
      blocks.push({
        text, kind: run.kind, links: run.links, linkChars: Math.min(run.linkChars, text.length),
        html: `<${tag}>${run.html.trim()}</${tag}>`, ordered: run.ordered,
      });
    }
    run.text = '';
    run.html = '';
    run.links = [];
    run.linkChars = 0;
  };

  const reportFurniture = (el: Element, role: ElementRole): void => {
    const seg = role.kind ? furnitureSegment(el, role.kind, baseUrl) : null;
    if (seg) furniture.push(seg);
  };

  const roleOf = (el: Element, tag: string): ElementRole => {
    let role = roles.get(el);
    if (!role) {
      role = elementRole(el, tag, strict);
      roles.set(el, role);
    }
    return role;
  };

  const visit = (el: Element, run: Run, linkUrl: string | null | undefined): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        run.text += data;
        run.html += escapeHtml(data);
        if (linkUrl !== undefined) run.linkChars += collapseSpace(data).length;
        continue;
      }
      if (c.nodeType !== 1) continue;
      const child = c as Element;
      const tag = child.localName;
      const role = roleOf(child, tag);
      if (role.furniture) {
        if (!INLINE_TAGS.has(tag)) flush(run);
        reportFurniture(child, role);
        continue;
      }
      if (tag === 'br') {
        // Many Arabic sites separate paragraphs with <br> alone; a line is the unit markers are recognized on.
        flush(run);
        continue;
      }
      if (tag === 'img') {
        const src = resolveUrl(child.getAttribute('src') || child.getAttribute('data-src') || child.getAttribute('data-lazy-src'), baseUrl);
        if (src) {
          images.push(src);
          run.html += `<img src="${escapeHtml(src)}" alt="${escapeHtml(child.getAttribute('alt') ?? '')}">`;
        }
        continue;
      }
      if (INLINE_TAGS.has(tag)) {
        if (tag === 'a') {
          const url = resolveUrl(child.getAttribute('href'), baseUrl);
          const before = run.text.length;
          const htmlBefore = run.html.length;
          visit(child, run, url);
          const title = run.text.length >= before ? collapseSpace(run.text.slice(before)) : '';
          if (title && run.html.length >= htmlBefore) {
            run.links.push({ title, url });
            if (url) {
              run.html = run.html.slice(0, htmlBefore) +
                `<a href="${escapeHtml(url)}" rel="noopener nofollow ugc">${run.html.slice(htmlBefore)}</a>`;
            }
          }
          continue;
        }
        if (INLINE_HTML.has(tag)) {
          const htmlBefore = run.html.length;
          visit(child, run, linkUrl);
          const inner = run.html.length >= htmlBefore ? run.html.slice(htmlBefore) : '';
          if (inner.trim()) run.html = run.html.slice(0, htmlBefore) + `<${tag}>${inner}</${tag}>`;
          continue;
        }
        visit(child, run, linkUrl);
        continue;
      }
      // A block element: it ends the current run and starts its own.
      flush(run);
      if (tag === 'figure') {
        const caption = child.querySelector('figcaption');
        for (const img of Array.from(child.querySelectorAll('img'))) {
          const src = resolveUrl(img.getAttribute('src') || img.getAttribute('data-src'), baseUrl);
          if (src) images.push(src);
        }
        const text = caption ? collapseSpace(caption.textContent ?? '') : '';
        if (text) furniture.push({ kind: 'caption', label: null, text });
        continue;
      }
      if (tag === 'table' && isLayoutFree(child)) {
        // Data tables stay whole; one row per block keeps cells together.
        for (const row of Array.from(child.querySelectorAll('tr'))) {
          const cells = Array.from(row.children).map((cell) => collapseSpace(cell.textContent ?? '')).filter(Boolean);
          if (cells.length) blocks.push({ text: cells.join(' | '), kind: 'p', links: [], linkChars: 0, html: `<p>${escapeHtml(cells.join(' | '))}</p>` });
        }
        continue;
      }
      const kind = KIND_BY_TAG[tag] ?? run.kind;
      const inner = new Run(kind, kind === 'heading' ? (KIND_BY_TAG[tag] === 'heading' ? tag : run.headingTag) : null,
        tag === 'ol' ? true : tag === 'ul' ? false : run.ordered);
      visit(child, inner, linkUrl);
      flush(inner);
    }
  };

  for (const container of containers) {
    const kind = KIND_BY_TAG[container.localName] ?? 'p';
    const run = new Run(kind, kind === 'heading' ? container.localName : null, false);
    visit(container, run, undefined);
    flush(run);
  }
  return { blocks, furniture, images };
}

/**
 * A labelled segment for a piece of page furniture (related box, tag list, share row, comments), or null when it
 * carries nothing worth reporting. A marker heading inside it ("أخبار ذات صلة", "الوسوم:") becomes the label.
 */
export function furnitureSegment(el: Element, kind: BoilerplateKind, baseUrl: string | null): BoilerplateSegment | null {
  if (kind === 'navigation' || kind === 'other') return null;
  const text = collapseSpace(el.textContent ?? '');
  if (!text) return null;
  const items: LinkItem[] = [];
  for (const a of Array.from(el.querySelectorAll('a'))) {
    const title = collapseSpace(a.textContent ?? '');
    if (title.length >= 2 && !items.some((i) => i.title === title)) items.push({ title, url: resolveUrl(a.getAttribute('href'), baseUrl) });
  }
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6, .title, strong');
  const marker = classifyMarker(collapseSpace(heading?.textContent ?? '') || text.slice(0, 60));
  const label = marker ? marker.label : null;
  const seg: BoilerplateSegment = { kind, label, text: kind === 'comments' ? text.slice(0, 4000) : text.slice(0, 2000) };
  if (kind === 'related' || kind === 'read-also') {
    if (items.length === 0) return null;
    seg.items = items;
    seg.text = items.map((i) => i.title).join('\n');
    if (kind === 'read-also') seg.title = items[0].title;
  } else if (kind === 'tags') {
    seg.items = items.length ? items : splitTagList(marker?.rest ?? text).map((t) => ({ title: t, url: null }));
  }
  return seg;
}

/** A table that holds data rather than page layout: no nested tables or block containers in its cells. */
function isLayoutFree(table: Element): boolean {
  return !table.querySelector('table, div, p, ul, ol');
}
