// The single story decider of a worker cluster. Workers store articles as they fetch them (searchable, story
// pending); only the holder of the writer lease decides stories, and only once the round has settled — no poll or
// fetch-article job waiting, delayed or running — so it decides the whole round in canonical order
// (src/pipeline/pending-stories.ts), exactly as the in-process scheduler does after its round. Before deciding it checks
// that the store's stories are the ones its engine knows: anything decided elsewhere (a previous lease holder that
// died mid-round, `marsad import`) makes it reload the engine from the store first, as a fresh process would — so
// results depend neither on arrival order nor on which worker decided.
import type { Store } from '../../store/types.ts';
import type { StoryEngine } from '../../stories/types.ts';
import { ArticlePipeline } from '../../pipeline/article-pipeline.ts';
import { createStoryEngine } from '../../stories/story-engine.ts';
import { storyDocFromRow } from '../../pipeline/story-state.ts';
import { canonicalOrder } from '../../pipeline/decision-order.ts';

export class GroupWriter {
  private pipeline: ArticlePipeline | null = null;
  /** Articles in stories the engine has seen. */
  private known = 0;
  reloads = 0;

  constructor(
    private readonly store: Store,
    private readonly makePipeline: (store: Store, engine: StoryEngine) => ArticlePipeline = (s, e) => new ArticlePipeline(s, e),
  ) {}

  /** Forget the engine; the next batch reloads it (call on taking the lease). */
  invalidate(): void {
    this.pipeline = null;
  }

  private async reload(): Promise<ArticlePipeline> {
    const engine = createStoryEngine();
    let known = 0;
    // Replayed in the order the stories were decided in, so ties go as they went (the store lists by time and id).
    for (const row of (await this.store.listStoryDocs()).sort(canonicalOrder)) {
      if (row.storyId === null) continue;
      engine.restore(storyDocFromRow(row), row.storyId, row.duplicateOf);
      // Restoring analyses every article: let the lease renewal run meanwhile, or a long reload would cost the lease.
      if (++known % 50 === 0) await new Promise((r) => setImmediate(r));
    }
    this.known = known;
    this.reloads++;
    this.pipeline = this.makePipeline(this.store, engine);
    return this.pipeline;
  }

  /** Decides every pending article; `keepGoing` is asked before each one. Returns how many it decided. */
  async groupPending(keepGoing: () => boolean = () => true): Promise<number> {
    let decided = 0;
    for (;;) {
      let pipeline = this.pipeline;
      if (!pipeline || (await this.store.countArticles({ state: 'grouped' })) !== this.known) pipeline = await this.reload();
      try {
        const r = await pipeline.groupPending({ keepGoing });
        this.known += r.decided;
        decided += r.decided;
        if (!r.stale) return decided;
        // Someone else decided an article of this batch: reload and carry on with what is still pending.
        this.invalidate();
      } catch (e) {
        // The engine may have decided for a transaction that did not commit.
        this.invalidate();
        throw e;
      }
    }
  }
}
