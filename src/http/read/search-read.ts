// Search results grouped by story. The search module is another stage; its answer is checked, not trusted.
import { z } from 'zod';
import type { HttpDeps } from '../deps.ts';

const hitSchema = z.object({
  articleId: z.number().int(),
  url: z.string(),
  title: z.string(),
  source: z.string(),
  publishedAt: z.string().nullable().optional(),
  snippet: z.string().nullable().optional(),
});

const resultSchema = z.object({
  groups: z.array(
    z.object({
      story: z.object({ id: z.number().int(), headline: z.string() }).nullable().optional(),
      hit: hitSchema,
      more: z.number().int().nonnegative().optional(),
    }),
  ),
  total: z.number().int().nonnegative(),
  nextCursor: z.string().nullable().optional(),
  error: z.string().nullable().optional(),
});

export interface SearchHit {
  articleId: number;
  url: string;
  title: string;
  source: string;
  publishedAt: string | null;
  /** Safe HTML whose only markup is <mark>. */
  snippet: string;
}

export interface SearchGroup {
  story: { id: number; headline: string } | null;
  hit: SearchHit;
  more: number;
}

export interface SearchView {
  query: string;
  groups: SearchGroup[];
  total: number;
  nextCursor: string | null;
  /** Set when the query could not be understood; shown to the reader as advice. */
  error: string | null;
}

export class SearchUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchUnavailableError';
  }
}

export async function readSearch(
  deps: HttpDeps,
  query: string,
  opts: { limit: number; cursor?: string | null },
): Promise<SearchView> {
  let raw: unknown;
  try {
    raw = await deps.search(query, { limit: opts.limit, cursor: opts.cursor ?? null });
  } catch (err) {
    throw new SearchUnavailableError(err instanceof Error ? err.message : String(err));
  }
  const parsed = resultSchema.safeParse(raw);
  if (!parsed.success) throw new SearchUnavailableError('search returned an unexpected shape');
  const r = parsed.data;
  return {
    query,
    groups: r.groups.map((g) => ({
      story: g.story ?? null,
      hit: {
        articleId: g.hit.articleId,
        url: g.hit.url,
        title: g.hit.title,
        source: g.hit.source,
        publishedAt: g.hit.publishedAt ?? null,
        snippet: g.hit.snippet ?? '',
      },
      more: g.more ?? 0,
    })),
    total: r.total,
    nextCursor: r.nextCursor ?? null,
    error: r.error ?? null,
  };
}
