// The search terms of a stored article, computed the way src/pipeline/article-pipeline.ts computes them at ingest (title,
// lead and body terms; entities and quotes from the body), so a reindex by the current analyzer gives what a fresh
// import would. test/search/search-reindex.test.ts checks the two agree on freshly imported articles.
import { analyze, indexTerms } from '../text/analyze.ts';
import type { ReindexArticleRow, SearchTermsRewrite } from '../store/types.ts';

export function articleSearchTerms(a: Pick<ReindexArticleRow, 'id' | 'title' | 'lead' | 'text' | 'titleSurface'>): SearchTermsRewrite {
  // An article stored without a title of its own shows the start of its lead as title, but the pipeline indexed no
  // title terms for it: keep it that way, so a lead match does not count twice.
  const ownTitle = a.titleSurface === '' && a.title === a.lead.slice(0, 120) ? '' : a.title;
  const title = indexTerms(ownTitle);
  const lead = indexTerms(a.lead);
  const body = indexTerms(a.text);
  const analysis = analyze(a.text, { dates: false });
  return {
    articleId: a.id,
    titleSurface: title.surface.join(' '),
    titleStems: title.stems.join(' '),
    leadSurface: lead.surface.join(' '),
    leadStems: lead.stems.join(' '),
    bodySurface: body.surface.join(' '),
    bodyStems: body.stems.join(' '),
    entities: analysis.entities,
    quotes: analysis.quotes,
  };
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Entity mentions as the store keeps them: one count per entity id, in id order. */
export function entityCounts(entities: { id: string }[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of entities) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort(byId);
}

/** True when the stored row already holds exactly these terms, entity mentions and quotes. */
export function sameSearchTerms(stored: ReindexArticleRow, fresh: SearchTermsRewrite): boolean {
  if (
    stored.titleSurface !== fresh.titleSurface || stored.titleStems !== fresh.titleStems || stored.leadSurface !== fresh.leadSurface ||
    stored.leadStems !== fresh.leadStems || stored.bodySurface !== fresh.bodySurface || stored.bodyStems !== fresh.bodyStems
  ) return false;
  const ents = entityCounts(fresh.entities);
  // Sorted here, not by the database: collations differ between backends.
  const had = [...stored.entities].sort(byId);
  if (ents.length !== had.length || ents.some((e, i) => e.id !== had[i]!.id || e.count !== had[i]!.count)) return false;
  if (fresh.quotes.length !== stored.quotes.length) return false;
  return fresh.quotes.every((q, i) => {
    const s = stored.quotes[i]!;
    return q.text === s.text && q.speaker === s.speaker && q.speakerId === s.speakerId && q.start === s.start && q.end === s.end;
  });
}
