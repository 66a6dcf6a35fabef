// Subscription lists shipped with marsad, resolved from the package root so they work from any working directory.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { OpmlOutline } from '../ingest/types.ts';

const PRESETS: Record<string, URL> = {
  arabic: new URL('../../sources/arabic-outlets.opml', import.meta.url),
};

export const PRESET_NAMES: readonly string[] = Object.keys(PRESETS);

/** The OPML file of a bundled list, or null for an unknown name (case-insensitive). */
export function presetFile(name: string): string | null {
  const url = PRESETS[name.toLowerCase()];
  return url ? fileURLToPath(url) : null;
}

/** The feeds of a bundled list; throws for an unknown name. */
export async function readPreset(name: string): Promise<OpmlOutline[]> {
  const file = presetFile(name);
  if (!file) throw new Error(`no preset named ${JSON.stringify(name)}; known: ${PRESET_NAMES.join(', ')}`);
  // Loaded on use: the CLI imports this module for every command, and the XML parser is not needed by most.
  const { parseOpml } = await import('../ingest/opml.ts');
  return parseOpml(await readFile(file, 'utf8'));
}
