// The fetcher a process uses, from the configuration. Hosts the process itself serves (the demo fixture server)
// are allowed past the SSRF guard and not throttled: politeness is for other people's servers.
import type { MarsadConfig } from '../config/config.ts';
import type { Fetcher, FetcherOptions } from '../ingest/types.ts';
import { createFetcher } from '../ingest/fetcher.ts';

export function createConfiguredFetcher(config: MarsadConfig, ownHosts: string[] = [], extra: FetcherOptions = {}): Fetcher {
  const common: FetcherOptions = {
    maxBodyBytes: config.fetch.maxBytes,
    totalTimeoutMs: config.fetch.timeoutMs,
    perHostConcurrency: config.fetch.hostConcurrency,
    ...extra,
  };
  const outside = createFetcher({ ...common, perHostDelayMs: config.fetch.hostDelayMs, allowlist: config.fetch.allowHosts });
  if (!ownHosts.length) return outside;
  const own = createFetcher({ ...common, perHostDelayMs: 0, perHostConcurrency: 8, allowlist: ownHosts });
  const isOwn = (url: string) => {
    try {
      const u = new URL(url);
      return ownHosts.includes(`${u.hostname}:${u.port || (u.protocol === 'https:' ? '443' : '80')}`);
    } catch {
      return false;
    }
  };
  return {
    fetch: (url, options) => (isOwn(url) ? own : outside).fetch(url, options),
    close: async () => {
      await Promise.all([own.close(), outside.close()]);
    },
  };
}
