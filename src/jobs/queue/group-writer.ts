// The single story decider of a worker cluster. Only the holder of the writer lease runs it, so the in-memory engine
// sees every decision in the order it was stored. It still checks before each article that the store holds exactly
// the articles its engine knows: anything written elsewhere (a previous lease holder finishing a job, `marsad import`,
// a transaction that failed after the engine decided) makes it reload the engine from the store first, which is what
// a fresh process would do — so results never depend on which worker decided.
import type { Store } from '../../store/types.ts';
import type { StoryEngine } from '../../stories/types.ts';
import type { ArticleCandidate, IngestOutcome } from '../../pipeline/article-pipeline.ts';
import { ArticlePipeline } from '../../pipeline/article-pipeline.ts';
import { createStoryEngine } from '../../stories/story-engine.ts';
import { storyDocFromRow } from '../../pipeline/story-state.ts';

export class GroupWriter {
  private engine: StoryEngine | null = null;
  private pipeline: ArticlePipeline | null = null;
  /** Articles the store holds that the engine has seen. */
  private known = 0;
  reloads = 0;

  constructor(
    private readonly store: Store,
    private readonly makePipeline: (store: Store, engine: StoryEngine) => ArticlePipeline = (s, e) => new ArticlePipeline(s, e),
  ) {}

  /** Forget the engine; the next article reloads it (call on taking the lease). */
  invalidate(): void {
    this.engine = null;
    this.pipeline = null;
  }

  private async reload(): Promise<ArticlePipeline> {
    const engine = createStoryEngine();
    const rows = await this.store.listStoryDocs();
    for (const row of rows) if (row.storyId !== null) engine.restore(storyDocFromRow(row), row.storyId, row.duplicateOf);
    this.engine = engine;
    this.known = rows.length;
    this.reloads++;
    this.pipeline = this.makePipeline(this.store, engine);
    return this.pipeline;
  }

  async ingest(candidate: ArticleCandidate): Promise<IngestOutcome> {
    let pipeline = this.pipeline;
    if (!pipeline || (await this.store.countArticles()) !== this.known) pipeline = await this.reload();
    try {
      const out = await pipeline.ingest(candidate);
      if (out.status === 'new') this.known++;
      return out;
    } catch (e) {
      // The engine may have decided for a transaction that did not commit.
      this.invalidate();
      throw e;
    }
  }
}
