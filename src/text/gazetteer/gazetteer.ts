// Loads the display-form gazetteer tables into entries. Tables are kept human-readable (one entity per line, Arabic as
// written in the press); normalization happens once, here and in the matcher, so the data never has to be pre-folded.
import type { EntityKind } from '../types.ts';
import { COUNTRIES } from './countries.ts';
import { CITIES } from './cities.ts';
import { REGIONS } from './regions.ts';
import { ORGANIZATIONS } from './organizations.ts';
import { ARMED_GROUPS } from './armed-groups.ts';
import { MEDIA } from './media.ts';
import { PEOPLE } from './people.ts';
import { BLOCKED } from './blocked.ts';

export interface GazetteerEntry {
  /** "place:russia", "org:nato", "person:sergei-lavrov". */
  id: string;
  kind: EntityKind;
  /** Canonical display name in Arabic. */
  name: string;
  /** Every written form that names the entity, display name included (display spelling, not normalized). */
  variants: string[];
  /** Demonym stems ("روسي"), expanded to feminine, dual and plural forms by the matcher. */
  demonyms: string[];
  /** Place id of the country the entity belongs to, if any. */
  country?: string;
  /** Best-known office of a person, used when the text itself gives no title. */
  role?: string;
}

const SPLIT_LIST = /[،,]/;

function list(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell.split(SPLIT_LIST).map((s) => s.trim()).filter(Boolean);
}

function rows(table: string): string[][] {
  const out: string[][] = [];
  for (const raw of table.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    out.push(line.split('|').map((c) => c.trim()));
  }
  return out;
}

function countryId(slug: string | undefined): string | undefined {
  return slug ? `place:${slug}` : undefined;
}

let cached: GazetteerEntry[] | null = null;

/** Ids of blocking phrases start with this; the matcher consumes them and reports nothing. */
export const BLOCK_PREFIX = 'block:';

/** All gazetteer entries, parsed once. Throws on a malformed line so a data mistake cannot pass silently. */
export function loadGazetteer(): GazetteerEntry[] {
  if (cached) return cached;
  const out: GazetteerEntry[] = [];
  const add = (e: GazetteerEntry, line: string[]): void => {
    if (!/^[a-z0-9-]+$/.test(e.id.slice(e.id.indexOf(':') + 1)) || !e.name) {
      throw new Error(`gazetteer: malformed line "${line.join(' | ')}"`);
    }
    // A name written "=عمّان" is for display only: another entry owns that spelling and context decides (entities.ts).
    if (e.name.startsWith('=')) e.name = e.name.slice(1);
    else e.variants = [e.name, ...e.variants.filter((v) => v !== e.name)];
    out.push(e);
  };
  // countries: slug | name | variants | demonym stems | other forms (broken plurals, nicknames)
  for (const r of rows(COUNTRIES)) {
    add({ id: `place:${r[0]}`, kind: 'place', name: r[1], variants: [...list(r[2]), ...list(r[4])], demonyms: list(r[3]) }, r);
  }
  // cities and regions: slug | name | variants | country slug
  for (const r of [...rows(CITIES), ...rows(REGIONS)]) {
    add({ id: `place:${r[0]}`, kind: 'place', name: r[1], variants: list(r[2]), demonyms: list(r[4]), country: countryId(r[3]) }, r);
  }
  // organizations, armed groups, media: slug | name | variants | country slug | demonym-like adjectives
  for (const r of [...rows(ORGANIZATIONS), ...rows(ARMED_GROUPS), ...rows(MEDIA)]) {
    add({ id: `org:${r[0]}`, kind: 'org', name: r[1], variants: list(r[2]), demonyms: list(r[4]), country: countryId(r[3]) }, r);
  }
  // people: slug | name | variants | country slug | role
  for (const r of rows(PEOPLE)) {
    add({ id: `person:${r[0]}`, kind: 'person', name: r[1], variants: list(r[2]), demonyms: [], country: countryId(r[3]), role: r[4] || undefined }, r);
  }
  // Blocking phrases: kind 'other', never reported (see blocked.ts).
  let k = 0;
  for (const raw of BLOCKED.split('\n')) {
    const phrase = raw.trim();
    if (!phrase || phrase.startsWith('#')) continue;
    out.push({ id: `${BLOCK_PREFIX}${k++}`, kind: 'other', name: phrase, variants: [phrase], demonyms: [] });
  }
  cached = out;
  return out;
}
