// What every command needs, built once from the configuration: the store, and lazily the story engine and pipeline.
import type { MarsadConfig } from '../config/config.ts';
import type { Store } from '../store/types.ts';
import type { StoryEngine } from '../stories/types.ts';
import type { ArticlePipeline } from '../pipeline/article-pipeline.ts';

export interface CliContext {
  config: MarsadConfig;
  store: Store;
  engine(): Promise<StoryEngine>;
  pipeline(): Promise<ArticlePipeline>;
  close(): Promise<void>;
}

export async function openContext(config: MarsadConfig): Promise<CliContext> {
  const { openStore } = await import('../store/open-store.ts');
  const store = await openStore(config.databaseUrl ? { url: config.databaseUrl } : { db: config.db });
  let engine: Promise<StoryEngine> | null = null;
  let pipeline: ArticlePipeline | null = null;
  const ctx: CliContext = {
    config,
    store,
    engine: () => (engine ??= import('../pipeline/story-state.ts').then((m) => m.loadStoryEngine(store))),
    async pipeline() {
      const { ArticlePipeline } = await import('../pipeline/article-pipeline.ts');
      pipeline ??= new ArticlePipeline(store, await ctx.engine());
      return pipeline;
    },
    close: () => store.close(),
  };
  return ctx;
}
