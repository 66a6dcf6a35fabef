// OPML subscription lists in and out (feedsmith does the XML). Nested outlines without a feed URL are folders: their
// titles become the category path of the feeds inside them.
import { MalformedError, ParseError, generateOpml, parseOpml as feedsmithParseOpml } from 'feedsmith';
import type { Opml } from 'feedsmith';
import type { OpmlOutline } from './types.ts';
import { FeedParseError, guardDoctype } from './xml-prolog-guard.ts';
import { checkTagBalance } from './xml-tag-balance.ts';

type Outline = Opml.Outline<string>;

function httpUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function label(o: Outline): string {
  return (o.title ?? o.text ?? '').replace(/\s+/g, ' ').trim();
}

/** Feeds listed in an OPML document, in document order, each once; outlines whose xmlUrl is not http(s) are skipped. */
export function parseOpml(text: string): OpmlOutline[] {
  const source = text.replace(/^\uFEFF/, '').trim();
  if (!source) throw new FeedParseError('empty document: no OPML');
  let doc: Opml.Document<string>;
  try {
    const xml = guardDoctype(source);
    checkTagBalance(xml, 'OPML');
    doc = feedsmithParseOpml(xml);
  } catch (err) {
    if (err instanceof FeedParseError) throw err;
    if (err instanceof MalformedError || err instanceof ParseError) {
      const detail = (err.cause as Error | undefined)?.message;
      throw new FeedParseError(`malformed OPML${detail ? `: ${detail}` : ''}`, { cause: err });
    }
    throw new FeedParseError(`OPML could not be parsed: ${(err as Error).message}`, { cause: err });
  }
  const out: OpmlOutline[] = [];
  const seen = new Set<string>();
  const walk = (outlines: Outline[] | undefined, path: string[]) => {
    for (const o of outlines ?? []) {
      const xmlUrl = httpUrl(o.xmlUrl);
      if (xmlUrl) {
        if (!seen.has(xmlUrl)) {
          seen.add(xmlUrl);
          const fromAttr = path.length ? [] : (o.category ?? '').split(/[/,]/).map((c) => c.trim()).filter(Boolean);
          out.push({ title: label(o) || xmlUrl, xmlUrl, htmlUrl: httpUrl(o.htmlUrl), category: path.length ? path : fromAttr });
        }
        walk(o.outlines, path);
      } else {
        const name = label(o);
        walk(o.outlines, name ? [...path, name] : path);
      }
    }
  };
  walk(doc.body?.outlines, []);
  return out;
}

export interface OpmlSource {
  title: string;
  xmlUrl: string;
  htmlUrl?: string | null;
  /** Folder path, outermost first (a single string is one folder). */
  category?: string[] | string | null;
}

/** An OPML 2.0 document with one folder outline per category path; the XML builder escapes every attribute. */
export function renderOpml(sources: OpmlSource[], title: string, now: Date = new Date()): string {
  interface Folder {
    kind: 'folder';
    name: string;
    folders: Map<string, Folder>;
    order: Array<Folder | { kind: 'feed'; outline: Outline }>;
  }
  const root: Folder = { kind: 'folder', name: '', folders: new Map(), order: [] };
  for (const s of sources) {
    const path = Array.isArray(s.category) ? s.category : s.category ? [s.category] : [];
    let folder = root;
    for (const name of path.map((p) => p.trim()).filter(Boolean)) {
      let next = folder.folders.get(name);
      if (!next) {
        next = { kind: 'folder', name, folders: new Map(), order: [] };
        folder.folders.set(name, next);
        folder.order.push(next);
      }
      folder = next;
    }
    const outline: Outline = { text: s.title, title: s.title, type: 'rss', xmlUrl: s.xmlUrl };
    if (s.htmlUrl) outline.htmlUrl = s.htmlUrl;
    folder.order.push({ kind: 'feed', outline });
  }
  const toOutlines = (f: Folder): Outline[] =>
    f.order.map((e) => (e.kind === 'feed' ? e.outline : { text: e.name, title: e.name, outlines: toOutlines(e) }));
  return generateOpml({ head: { title, dateCreated: now }, body: { outlines: toOutlines(root) } });
}
