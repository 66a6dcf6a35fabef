// Sources with a health verdict a reader (or admin) can act on.
import type { SourceRow } from '../../store/types.ts';
import type { HttpDeps } from '../deps.ts';

export type SourceHealth = 'ok' | 'degraded' | 'failing' | 'pending';

export interface SourceView {
  id: number;
  name: string;
  url: string;
  siteUrl: string | null;
  kind: SourceRow['kind'];
  category: string | null;
  fullText: boolean;
  demo: boolean;
  health: SourceHealth;
  lastSuccessAt: string | null;
  lastPolledAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  consecutiveFailures: number;
  articlesPerDay: number;
}

/** Three failures in a row means the source needs a human; one or two is weather. */
export function sourceHealth(s: Pick<SourceRow, 'consecutiveFailures' | 'lastSuccessAt' | 'lastPolledAt'>): SourceHealth {
  if (s.consecutiveFailures >= 3) return 'failing';
  if (s.consecutiveFailures > 0) return 'degraded';
  if (!s.lastSuccessAt && !s.lastPolledAt) return 'pending';
  return 'ok';
}

export function sourceView(s: SourceRow): SourceView {
  return {
    id: s.id,
    name: s.name,
    url: s.url,
    siteUrl: s.siteUrl,
    kind: s.kind,
    category: s.category,
    fullText: s.fullText,
    demo: s.demo,
    health: sourceHealth(s),
    lastSuccessAt: s.lastSuccessAt,
    lastPolledAt: s.lastPolledAt,
    lastError: s.lastError,
    lastErrorAt: s.lastErrorAt,
    consecutiveFailures: s.consecutiveFailures,
    articlesPerDay: s.articlesPerDay,
  };
}

export async function readSources(deps: HttpDeps): Promise<SourceView[]> {
  const rows = await deps.store.listSources();
  return rows.map(sourceView).sort((a, b) => a.name.localeCompare(b.name, 'ar'));
}
