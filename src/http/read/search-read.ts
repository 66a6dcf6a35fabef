// Search results grouped by story. The search module is another stage; its answer is checked, not trusted.
import { z } from 'zod';
import type { HttpDeps } from '../deps.ts';
import { HttpProblem } from '../http-problem.ts';

const hitSchema = z.object({
  articleId: z.number().int(),
  url: z.string(),
  title: z.string(),
  source: z.string(),
  publishedAt: z.string().nullable().optional(),
  snippet: z.string().nullable().optional(),
});

const noticeSchema = z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });

/** The shape the brief for the web layer described. */
const groupedResultSchema = z.object({
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

/** The shape src/search/search.ts returns: flat hits with their story id and highlighted title and snippet. */
const hitListResultSchema = z.object({
  hits: z.array(
    z.object({
      articleId: z.number().int(),
      storyId: z.number().int().nullable(),
      url: z.string(),
      title: z.string(),
      titleHtml: z.string().optional(),
      snippetHtml: z.string().optional(),
      source: z.string(),
      publishedAt: z.string().nullable().optional(),
      moreFromStory: z.number().int().nonnegative().optional(),
    }),
  ),
  totalGroups: z.number().int().nonnegative().optional(),
  totalArticles: z.number().int().nonnegative().optional(),
  nextCursor: z.string().nullable().optional(),
  error: z
    .union([z.string(), z.object({ message: z.string(), code: z.string().optional(), position: z.number().int().nullable().optional() })])
    .nullable()
    .optional(),
  notices: z.array(z.string()).optional(),
  noticeDetails: z.array(noticeSchema).optional(),
});

export interface SearchHit {
  articleId: number;
  url: string;
  title: string;
  source: string;
  publishedAt: string | null;
  /** Safe HTML whose only markup is <mark>. */
  snippet: string;
  /** The title with matches in <mark>, when the search module provides it. */
  titleHtml: string | null;
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
  /** Set when the query could not be understood; shown to the reader as advice (Arabic). */
  error: string | null;
  /** The stable code of `error` (unclosed_quote, bad_date…), when the search module gives one. */
  errorCode: string | null;
  /** Where in the query the problem is (UTF-16 offset), when there is one place. */
  errorPosition: number | null;
  /** Things the reader should know (ignored common words, unknown filters), in Arabic. */
  notices: string[];
  /** The same notices with stable codes (common_words_ignored, unknown_source, unknown_entity) and their values. */
  noticeDetails: { code: string; message: string; params: Record<string, string | number> }[];
}

/** The API's 400 for a query the search module refused, with its stable reason when there is one. */
export function badQuery(view: SearchView): HttpProblem {
  return new HttpProblem(400, 'bad_query', view.error ?? '', view.errorCode ? { reason: view.errorCode, position: view.errorPosition } : undefined);
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
  const grouped = groupedResultSchema.safeParse(raw);
  if (grouped.success) {
    const r = grouped.data;
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
          titleHtml: null,
        },
        more: g.more ?? 0,
      })),
      total: r.total,
      nextCursor: r.nextCursor ?? null,
      error: r.error ?? null,
      errorCode: null,
      errorPosition: null,
      notices: [],
      noticeDetails: [],
    };
  }
  const flat = hitListResultSchema.safeParse(raw);
  if (!flat.success) throw new SearchUnavailableError('search returned an unexpected shape');
  const r = flat.data;
  // The search module names stories by id only; the page shows their headlines.
  const storyIds = [...new Set(r.hits.map((h) => h.storyId).filter((id): id is number => id != null))];
  const stories = await Promise.all(storyIds.map((id) => deps.store.getStory(id).catch(() => null)));
  const headlines = new Map<number, string>();
  for (const s of stories) if (s) headlines.set(s.id, s.headline);
  return {
    query,
    groups: r.hits.map((h) => ({
      story: h.storyId != null && headlines.has(h.storyId) ? { id: h.storyId, headline: headlines.get(h.storyId)! } : null,
      hit: {
        articleId: h.articleId,
        url: h.url,
        title: h.title,
        source: h.source,
        publishedAt: h.publishedAt ?? null,
        snippet: h.snippetHtml ?? '',
        titleHtml: h.titleHtml ?? null,
      },
      more: h.moreFromStory ?? 0,
    })),
    total: r.totalGroups ?? r.totalArticles ?? r.hits.length,
    nextCursor: r.nextCursor ?? null,
    error: r.error == null ? null : typeof r.error === 'string' ? r.error : r.error.message,
    errorCode: r.error != null && typeof r.error === 'object' ? r.error.code ?? null : null,
    errorPosition: r.error != null && typeof r.error === 'object' ? r.error.position ?? null : null,
    notices: r.notices ?? r.noticeDetails?.map((n) => n.message) ?? [],
    noticeDetails: r.noticeDetails?.map((n) => ({ code: n.code, message: n.message, params: n.params ?? {} })) ?? [],
  };
}
