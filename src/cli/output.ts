// The CLI's --json shapes: a documented, stable contract (README "JSON output"). Every article carries its url.
import type { StoryArticleRef, StorySummary, SourceRow } from '../store/types.ts';

export function storyArticleJson(a: StoryArticleRef) {
  return { id: a.id, url: a.url, source: a.source, title: a.title, published: a.publishedAt, duplicateOf: a.duplicateOf, ...(a.alsoAt ? { alsoAt: a.alsoAt } : {}) };
}

export function storyJson(s: StorySummary) {
  return {
    id: s.id,
    headline: s.headline,
    size: s.size,
    outlets: s.outlets,
    firstSeen: s.firstSeenAt,
    lastSeen: s.lastSeenAt,
    articles: s.articles.map(storyArticleJson),
  };
}

export function sourceJson(s: SourceRow) {
  return {
    id: s.id,
    url: s.url,
    name: s.name,
    kind: s.kind,
    category: s.category,
    siteUrl: s.siteUrl,
    health: {
      lastPolledAt: s.lastPolledAt,
      lastSuccessAt: s.lastSuccessAt,
      lastError: s.lastError,
      lastErrorAt: s.lastErrorAt,
      consecutiveFailures: s.consecutiveFailures,
      articlesPerDay: s.articlesPerDay,
      nextPollAt: s.nextPollAt,
    },
  };
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
