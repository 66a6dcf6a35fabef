// Story rows plus their members (in time order) → StorySummary, identically for every backend, so SQLite and
// PostgreSQL give the same JSON for the same data.
import type { StoryArticleRef, StorySummary } from './types.ts';

export interface StoryRowForSummary {
  id: number;
  headline_article_id: number | null;
  first_seen_at: string;
  last_seen_at: string;
}

export interface StoryMemberRow {
  story_id: number;
  id: number;
  url: string;
  source_id: number;
  source: string;
  title: string;
  published_at: string | null;
  duplicate_of: number | null;
  image: string | null;
  lead: string;
}

/** Stories without members are left out; the order of `stories` is kept. */
export function assembleStorySummaries(stories: StoryRowForSummary[], members: StoryMemberRow[], aliases: { article_id: number; url: string }[] = []): StorySummary[] {
  const alsoAt = new Map<number, { url: string }[]>();
  for (const a of [...aliases].sort((x, y) => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0))) {
    let list = alsoAt.get(a.article_id);
    if (!list) alsoAt.set(a.article_id, (list = []));
    list.push({ url: a.url });
  }
  const byStory = new Map<number, StoryMemberRow[]>();
  for (const m of members) {
    let list = byStory.get(m.story_id);
    if (!list) byStory.set(m.story_id, (list = []));
    list.push(m);
  }
  const out: StorySummary[] = [];
  for (const s of stories) {
    const list = byStory.get(s.id) ?? [];
    if (list.length === 0) continue;
    const head = list.find((m) => m.id === s.headline_article_id) ?? list[0]!;
    const outlets: string[] = [];
    for (const m of list) if (!outlets.includes(m.source)) outlets.push(m.source);
    const articles: StoryArticleRef[] = list.map((m) => ({
      id: m.id,
      url: m.url,
      sourceId: m.source_id,
      source: m.source,
      title: m.title,
      publishedAt: m.published_at,
      duplicateOf: m.duplicate_of,
      ...(alsoAt.has(m.id) ? { alsoAt: alsoAt.get(m.id)! } : {}),
    }));
    out.push({
      id: s.id,
      headline: head.title,
      headlineArticleId: head.id,
      firstSeenAt: s.first_seen_at,
      lastSeenAt: s.last_seen_at,
      size: list.length,
      outlets,
      image: head.image ?? list.find((m) => m.image)?.image ?? null,
      lead: head.lead,
      articles,
    });
  }
  return out;
}
