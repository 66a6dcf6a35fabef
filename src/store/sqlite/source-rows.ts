// Mapping between the sources table and SourceRow (camelCase, booleans).
import type { Selectable } from 'kysely';
import type { SourceRow } from '../types.ts';
import type { SourcesTable } from './schema.ts';

export function toSourceRow(r: Selectable<SourcesTable>): SourceRow {
  return {
    id: r.id,
    url: r.url,
    name: r.name,
    kind: r.kind as SourceRow['kind'],
    category: r.category,
    siteUrl: r.site_url,
    etag: r.etag,
    lastModified: r.last_modified,
    intervalSec: r.interval_sec,
    nextPollAt: r.next_poll_at,
    lastPolledAt: r.last_polled_at,
    lastSuccessAt: r.last_success_at,
    lastError: r.last_error,
    lastErrorAt: r.last_error_at,
    consecutiveFailures: r.consecutive_failures,
    articlesPerDay: r.articles_per_day,
    fullText: r.full_text === 1,
    demo: r.demo === 1,
    createdAt: r.created_at,
  };
}

const COLUMN_OF: Record<string, keyof SourcesTable> = {
  url: 'url',
  name: 'name',
  kind: 'kind',
  category: 'category',
  siteUrl: 'site_url',
  etag: 'etag',
  lastModified: 'last_modified',
  intervalSec: 'interval_sec',
  nextPollAt: 'next_poll_at',
  lastPolledAt: 'last_polled_at',
  lastSuccessAt: 'last_success_at',
  lastError: 'last_error',
  lastErrorAt: 'last_error_at',
  consecutiveFailures: 'consecutive_failures',
  articlesPerDay: 'articles_per_day',
  fullText: 'full_text',
  demo: 'demo',
};

/** Turns a SourceRow patch into column values; unknown keys are an error rather than silently ignored. */
export function sourcePatchToColumns(patch: Partial<Omit<SourceRow, 'id' | 'createdAt'>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const column = COLUMN_OF[key];
    if (!column) throw new Error(`updateSource: unknown field "${key}"`);
    out[column] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  }
  return out;
}

/** A readable default name: the host without "www.". */
export function defaultSourceName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
