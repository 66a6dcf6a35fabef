// For processes that read stories but do not decide them (the web role, or `serve --role all` whose queue workers
// decide with their own engine): an engine that follows the store, reloading when the number of articles in stories
// changes, so recommendations include what the story writer decided. Reloads are O(articles) and run at most once per
// interval.
import type { Store } from '../../store/types.ts';
import type { StoryEngine } from '../../stories/types.ts';
import { loadStoryEngine } from '../../pipeline/story-state.ts';

export function followStoreEngine(store: Store, initial: StoryEngine, everyMs = 30000): { engine: StoryEngine; refresh(): Promise<boolean>; stop(): void } {
  let current = initial;
  let known: number | null = null;
  let busy = false;
  const refresh = async (): Promise<boolean> => {
    if (busy) return false;
    busy = true;
    try {
      const n = await store.countArticles({ state: 'grouped' });
      if (known === null) {
        known = n;
        return false;
      }
      if (n === known) return false;
      current = await loadStoryEngine(store);
      known = n;
      return true;
    } finally {
      busy = false;
    }
  };
  void refresh().catch(() => undefined);
  const timer = setInterval(() => void refresh().catch(() => undefined), everyMs);
  timer.unref();
  return {
    engine: {
      assign: () => {
        throw new Error('this process follows the stored stories and does not decide them');
      },
      restore: (doc, storyId, duplicateOf) => current.restore(doc, storyId, duplicateOf),
      reserveStoryIds: (upTo) => current.reserveStoryIds(upTo),
      recommend: (articleId, limit) => current.recommend(articleId, limit),
      similarity: (a, b) => current.similarity(a, b),
    },
    refresh,
    stop: () => clearInterval(timer),
  };
}
