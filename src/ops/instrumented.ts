// Wrappers that count what flows through the fetcher and the pipeline, so every caller (in-process scheduler,
// queue workers) is measured the same way without knowing about metrics.
import type { Fetcher } from '../ingest/types.ts';
import type { Store } from '../store/types.ts';
import type { StoryEngine } from '../stories/types.ts';
import { ArticlePipeline, type ArticleCandidate, type IngestOutcome, type StoreOutcome } from '../pipeline/article-pipeline.ts';
import type { GroupPendingOptions, GroupPendingResult } from '../pipeline/pending-stories.ts';
import type { MarsadMetrics } from './metrics.ts';

export function measuredFetcher(fetcher: Fetcher, metrics: MarsadMetrics): Fetcher {
  return {
    async fetch(url, options) {
      const purpose = options?.purpose ?? 'other';
      try {
        const res = await fetcher.fetch(url, options);
        metrics.fetches.inc({ purpose, outcome: res.notModified ? 'not-modified' : 'ok' });
        return res;
      } catch (e) {
        metrics.fetches.inc({ purpose, outcome: 'error' });
        throw e;
      }
    },
    close: () => fetcher.close(),
  };
}

export class MeasuredPipeline extends ArticlePipeline {
  constructor(
    store: Store,
    engine: StoryEngine | null,
    private readonly metrics: MarsadMetrics,
  ) {
    super(store, engine);
  }

  override async ingest(candidate: ArticleCandidate): Promise<IngestOutcome> {
    const end = this.metrics.groupingSeconds.startTimer();
    try {
      const out = await super.ingest(candidate);
      end({ outcome: out.status });
      this.metrics.articles.inc({ outcome: out.status });
      return out;
    } catch (e) {
      end({ outcome: 'error' });
      this.metrics.articles.inc({ outcome: 'error' });
      throw e;
    }
  }

  override async storePending(candidate: ArticleCandidate): Promise<StoreOutcome> {
    const end = this.metrics.groupingSeconds.startTimer();
    try {
      const out = await super.storePending(candidate);
      end({ outcome: out.status === 'new' ? 'stored' : out.status });
      this.metrics.articles.inc({ outcome: out.status });
      return out;
    } catch (e) {
      end({ outcome: 'error' });
      this.metrics.articles.inc({ outcome: 'error' });
      throw e;
    }
  }

  /** Each story decision of a settled batch is observed on its own (outcome "decided"). */
  override async groupPending(options: GroupPendingOptions = {}): Promise<GroupPendingResult> {
    return super.groupPending({
      ...options,
      onDecided: (seconds) => {
        this.metrics.groupingSeconds.observe({ outcome: 'decided' }, seconds);
        options.onDecided?.(seconds);
      },
    });
  }
}
