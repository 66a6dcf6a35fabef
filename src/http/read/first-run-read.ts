// Whether the reader should offer the bundled outlets: no source at all, or only the demo's fictional ones. A source
// of any other kind (a feed, or files brought in by `marsad import`) means the operator has chosen their news.
import { readPreset } from '../../jobs/source-presets.ts';
import type { HttpDeps } from '../deps.ts';

export const FIRST_RUN_PRESET = 'arabic';

export interface FirstRunView {
  /** The demo outlets are subscribed (the stories shown are fictional). */
  demoOnly: boolean;
  /** Feeds in the bundled list; null if it could not be read. */
  presetOutlets: number | null;
  /** The admin pages exist (a token is configured), so the list can be added from the browser. */
  adminEnabled: boolean;
}

let presetCount: Promise<number | null> | null = null;

/** Feeds in the bundled list (read once; the file ships with marsad). */
export function presetOutletCount(): Promise<number | null> {
  presetCount ??= readPreset(FIRST_RUN_PRESET).then(
    (outlines) => outlines.length,
    () => null,
  );
  return presetCount;
}

export async function readFirstRun(deps: HttpDeps): Promise<FirstRunView | null> {
  const sources = await deps.store.listSources();
  if (sources.some((s) => !s.demo)) return null;
  return { demoOnly: sources.length > 0, presetOutlets: await presetOutletCount(), adminEnabled: !!deps.config.adminToken?.trim() };
}
