// `marsad import`: local pages, scraped text and article records through the same pipeline as fetched articles.
// Every record is stored first (its story pending), then the stories are decided in time order in batches
// (src/pipeline/pending-stories.ts): a run killed anywhere and started again skips what is stored, finishes the
// decisions and ends with the stories an uninterrupted run gives.
import type { ExtractedArticle } from '../extract/types.ts';
import type { SearchIndexOptimizeResult, Store } from '../store/types.ts';
import type { ArticlePipeline, IngestOutcome, StoreOutcome } from '../pipeline/article-pipeline.ts';
import { extractHtml, extractScrapedText } from '../extract/index.ts';
import { readLocalDocuments, type ArticleRecord, type LocalDocument } from '../ingest/local-files.ts';
import { parseRecordDate } from '../ingest/record-date.ts';

export interface ImportSummary {
  read: number;
  new: number;
  /** Articles whose story this run decided: its new ones, and any an earlier (killed) run left pending. */
  grouped: number;
  duplicate: number;
  rejected: number;
  /** reason → count */
  reasons: Record<string, number>;
  /** First few rejections with where they came from. */
  examples: { origin: string; reason: string }[];
  /** The search index compacted after storing new articles (null when nothing new was stored). */
  searchIndex: SearchIndexOptimizeResult | null;
}

export interface ImportProgress {
  start(total: number): void;
  tick(outcome: IngestOutcome | StoreOutcome): void;
  stop(): void;
  /** After each committed batch of story decisions: articles decided so far by this run. */
  grouped?(decided: number): void;
}

/** Records name their outlet by a short key (SaudiNewsNet: "alriyadh"); files have none. */
async function sourceIdFor(store: Store, cache: Map<string, number>, name: string, url: string | null): Promise<number> {
  let origin: string | null = null;
  try {
    if (url) origin = new URL(url).origin + '/';
  } catch {
    origin = null;
  }
  const key = origin ?? `file:${name}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const existing = await store.getSource(key);
  const id = existing ? existing.id : (await store.addSource({ url: key, name, kind: 'file', siteUrl: origin })).id;
  cache.set(key, id);
  return id;
}

/** An article record (JSON or CSV row) as the import stores it: its content cleaned by the scraped-text extractor. */
export function articleFromRecord(record: ArticleRecord): ExtractedArticle {
  const base = extractScrapedText(record.content, { url: record.url });
  const date = record.date ? parseRecordDate(record.date) : null;
  return {
    ...base,
    url: record.url,
    canonicalUrl: record.url,
    title: record.title?.trim() || base.title,
    byline: record.author?.trim() || base.byline,
    publishedAt: date ? date.toISOString() : base.publishedAt,
  };
}

function nameFromUrl(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

export interface ImportOptions {
  progress?: ImportProgress;
  now?: () => Date;
  /** Articles per story-decision batch (default DEFAULT_STORY_BATCH). */
  storyBatch?: number;
}

export async function importFiles(paths: string[], store: Store, pipeline: ArticlePipeline, options: ImportOptions = {}): Promise<ImportSummary> {
  const { progress, now = () => new Date() } = options;
  const summary: ImportSummary = { read: 0, new: 0, grouped: 0, duplicate: 0, rejected: 0, reasons: {}, examples: [], searchIndex: null };
  const reject = (origin: string, reason: string) => {
    summary.rejected++;
    const key = reason.replace(/\(.*\)$/, '').trim();
    summary.reasons[key] = (summary.reasons[key] ?? 0) + 1;
    if (summary.examples.length < 20) summary.examples.push({ origin, reason });
    progress?.tick({ status: 'rejected', reason });
  };
  let docs: LocalDocument[] = [];
  for await (const d of readLocalDocuments(paths)) docs.push(d);
  progress?.start(docs.length);
  const sources = new Map<string, number>();
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    summary.read++;
    if (doc.kind === 'rejected') {
      reject(doc.origin, doc.reason);
      continue;
    }
    try {
      let extracted: ExtractedArticle;
      let sourceName: string;
      let url: string;
      if (doc.kind === 'record') {
        extracted = articleFromRecord(doc.record);
        url = doc.record.url ?? `file://${doc.origin}`;
        sourceName = doc.record.source ?? nameFromUrl(doc.record.url) ?? 'local';
      } else {
        extracted = doc.kind === 'html' ? extractHtml(doc.body, {}) : extractScrapedText(doc.body, {});
        url = extracted.canonicalUrl ?? extracted.url ?? `file://${doc.origin}`;
        sourceName = extracted.sourceName ?? nameFromUrl(extracted.canonicalUrl) ?? 'local';
      }
      const sourceId = await sourceIdFor(store, sources, sourceName, url.startsWith('file://') ? null : url);
      const outcome = await pipeline.storePending({ sourceId, url, extracted, fetchedAt: now(), minTextChars: doc.kind === 'record' ? 0 : undefined });
      if (outcome.status === 'rejected') {
        reject(doc.origin, outcome.reason);
        continue;
      }
      summary[outcome.status]++;
      progress?.tick(outcome);
    } catch (e) {
      reject(doc.origin, `error: ${(e as Error).message}`);
    }
  }
  progress?.stop();
  docs = []; // the records' text is in the store now; deciding reads it back batch by batch
  summary.grouped = (await pipeline.groupPendingInBatches(options.storyBatch, { onBatch: (n) => progress?.grouped?.(n) })).decided;
  // One write transaction per stored article leaves the index in many segments, each searched by every query.
  if (summary.new > 0) summary.searchIndex = await store.optimizeSearchIndex();
  return summary;
}
