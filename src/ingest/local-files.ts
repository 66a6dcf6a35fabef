// Local files and archives as a stream of documents for `marsad import`.
// A bad file yields a rejected entry with its reason; it never stops the stream.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';

/** An article object in SaudiNewsNet's shape (and a few common aliases). */
export interface ArticleRecord {
  source: string | null;
  url: string | null;
  title: string | null;
  content: string;
  author: string | null;
  /** Raw date string (published, else date_extracted). */
  date: string | null;
}

export type LocalDocument =
  | { origin: string; kind: 'html'; body: string }
  | { origin: string; kind: 'text'; body: string }
  | { origin: string; kind: 'record'; record: ArticleRecord }
  | { origin: string; kind: 'rejected'; reason: string };

const MAX_FILE_BYTES = 512 * 1024 * 1024;
const MAX_DEPTH = 2; // zips inside zips, no deeper

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

export function toArticleRecord(o: unknown): ArticleRecord | string {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return 'not an object';
  const r = o as Record<string, unknown>;
  const content = str(r.content) ?? str(r.text) ?? str(r.body);
  const title = str(r.title) ?? str(r.headline);
  // A headline with no body is still a news item (a brief, a photo); with neither there is nothing to keep.
  if (!content && !title) return 'missing title and content';
  return {
    source: str(r.source) ?? str(r.outlet),
    url: str(r.url) ?? str(r.link),
    title,
    content: content ?? '',
    author: str(r.author) ?? str(r.byline),
    date: str(r.published) ?? str(r.date_published) ?? str(r.date_extracted) ?? str(r.date),
  };
}

function decodeText(bytes: Uint8Array): string {
  // Local files are expected in UTF-8; strip a BOM.
  const s = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function* recordsFromJson(origin: string, text: string, lines: boolean): Generator<LocalDocument> {
  if (lines) {
    let n = 0;
    for (const line of text.split('\n')) {
      n++;
      if (!line.trim()) continue;
      let o: unknown;
      try {
        o = JSON.parse(line);
      } catch (e) {
        yield { origin: `${origin}:${n}`, kind: 'rejected', reason: `invalid JSON on line ${n}: ${(e as Error).message}` };
        continue;
      }
      const r = toArticleRecord(o);
      yield typeof r === 'string' ? { origin: `${origin}:${n}`, kind: 'rejected', reason: r } : { origin: `${origin}:${n}`, kind: 'record', record: r };
    }
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    yield { origin, kind: 'rejected', reason: `invalid JSON: ${(e as Error).message}` };
    return;
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { articles?: unknown }).articles) ? (data as { articles: unknown[] }).articles : [data];
  let i = 0;
  for (const o of list) {
    const r = toArticleRecord(o);
    const at = `${origin}#${i++}`;
    yield typeof r === 'string' ? { origin: at, kind: 'rejected', reason: r } : { origin: at, kind: 'record', record: r };
  }
}

function* documentsFromBytes(origin: string, name: string, bytes: Uint8Array, depth: number): Generator<LocalDocument> {
  const ext = extname(name).toLowerCase();
  switch (ext) {
    case '.html':
    case '.htm':
      yield { origin, kind: 'html', body: decodeText(bytes) };
      return;
    case '.txt':
      yield { origin, kind: 'text', body: decodeText(bytes) };
      return;
    case '.json':
      yield* recordsFromJson(origin, decodeText(bytes), false);
      return;
    case '.jsonl':
    case '.ndjson':
      yield* recordsFromJson(origin, decodeText(bytes), true);
      return;
    case '.zip': {
      if (depth >= MAX_DEPTH) {
        yield { origin, kind: 'rejected', reason: 'nested archive too deep' };
        return;
      }
      let entries: Record<string, Uint8Array>;
      try {
        entries = unzipSync(bytes);
      } catch (e) {
        yield { origin, kind: 'rejected', reason: `unreadable zip: ${(e as Error).message}` };
        return;
      }
      for (const entryName of Object.keys(entries).sort()) {
        if (entryName.endsWith('/') || basename(entryName).startsWith('.') || entryName.startsWith('__MACOSX/')) continue;
        yield* documentsFromBytes(`${origin}!${entryName}`, entryName, entries[entryName]!, depth + 1);
      }
      return;
    }
    default:
      yield { origin, kind: 'rejected', reason: `unsupported file type ${ext || '(none)'}` };
  }
}

async function* walk(path: string): AsyncGenerator<string> {
  const s = await stat(path);
  if (s.isDirectory()) {
    for (const name of (await readdir(path)).sort()) {
      if (name.startsWith('.')) continue;
      yield* walk(join(path, name));
    }
  } else {
    yield path;
  }
}

/** Reads files, directories and archives; yields every document or rejection in a stable order. */
export async function* readLocalDocuments(paths: string[]): AsyncGenerator<LocalDocument> {
  for (const p of paths) {
    let files: string[] = [];
    try {
      for await (const f of walk(resolve(p))) files.push(f);
    } catch (e) {
      yield { origin: p, kind: 'rejected', reason: `cannot read: ${(e as Error).message}` };
      continue;
    }
    for (const f of files) {
      let bytes: Buffer;
      try {
        const s = await stat(f);
        if (s.size > MAX_FILE_BYTES) {
          yield { origin: f, kind: 'rejected', reason: `file larger than ${MAX_FILE_BYTES} bytes` };
          continue;
        }
        bytes = await readFile(f);
      } catch (e) {
        yield { origin: f, kind: 'rejected', reason: `cannot read: ${(e as Error).message}` };
        continue;
      }
      yield* documentsFromBytes(f, f, bytes, 0);
    }
  }
}
