// Prometheus metrics of one process: fetches, failures, articles stored, grouping latency, and (when the process can
// see them) queue depth and the store's article count, read at scrape time.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { QueueDepth } from '../jobs/queue/job-queues.ts';

export interface MetricsSources {
  queueDepth?: () => Promise<QueueDepth[]>;
  storedArticles?: () => Promise<number>;
}

export interface MarsadMetrics {
  readonly registry: Registry;
  readonly contentType: string;
  /** Every HTTP fetch, by purpose (feed/article) and outcome (ok/not-modified/error). */
  fetches: Counter<'purpose' | 'outcome'>;
  /** Source polls, by status (ok/unchanged/failed). */
  polls: Counter<'status'>;
  /** Pipeline outcomes: new (stored), duplicate, rejected, error. */
  articles: Counter<'outcome'>;
  /**
   * Seconds in the pipeline: candidate to stored article with its story (outcome new: import), to stored article with
   * its story pending (stored: polls), or one story decision of a settled batch (decided).
   */
  groupingSeconds: Histogram<'outcome'>;
  /** Jobs processed by this process, by queue and result. */
  jobs: Counter<'queue' | 'result'>;
  render(): Promise<string>;
}

export function createMetrics(sources: MetricsSources = {}, options: { defaultMetrics?: boolean } = {}): MarsadMetrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'marsad_process_' });
  const fetches = new Counter({ name: 'marsad_fetches_total', help: 'HTTP fetches by purpose and outcome', labelNames: ['purpose', 'outcome'] as const, registers: [registry] });
  const polls = new Counter({ name: 'marsad_polls_total', help: 'Source polls by status', labelNames: ['status'] as const, registers: [registry] });
  const articles = new Counter({ name: 'marsad_articles_total', help: 'Articles through the pipeline by outcome (new = stored)', labelNames: ['outcome'] as const, registers: [registry] });
  const groupingSeconds = new Histogram({
    name: 'marsad_grouping_seconds',
    help: 'Pipeline time: candidate to stored article (new: with its story; stored: story pending), or one story decision of a settled poll round (decided)',
    labelNames: ['outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const jobs = new Counter({ name: 'marsad_jobs_total', help: 'Queue jobs processed by this process', labelNames: ['queue', 'result'] as const, registers: [registry] });
  if (sources.queueDepth) {
    const read = sources.queueDepth;
    new Gauge({
      name: 'marsad_queue_jobs',
      help: 'Jobs in each queue by state (whole cluster)',
      labelNames: ['queue', 'state'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const d of await read().catch(() => [])) {
          for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) this.set({ queue: d.queue, state }, d[state]);
        }
      },
    });
  }
  if (sources.storedArticles) {
    const read = sources.storedArticles;
    new Gauge({
      name: 'marsad_stored_articles',
      help: 'Articles in the store',
      registers: [registry],
      async collect() {
        const n = await read().catch(() => null);
        if (n !== null) this.set(n);
      },
    });
  }
  return { registry, contentType: registry.contentType, fetches, polls, articles, groupingSeconds, jobs, render: () => registry.metrics() };
}
