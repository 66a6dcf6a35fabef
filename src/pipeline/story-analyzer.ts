// The analyzer the story stage sees: the same index terms search uses, and the gazetteer's entity ids.
import type { StoryTextAnalyzer } from '../stories/story-doc.ts';
import { indexTerms } from '../text/analyze.ts';
import { findEntities, gazetteerEntry } from '../text/entities.ts';
import type { EntityMention } from '../text/types.ts';
import { eventTypeIds, referredEventTypeIds } from '../text/event-types.ts';
import { isAffiliation, officeOnlyPlaceIds } from '../text/affiliation-places.ts';
import { headlinePeople } from '../text/headline-people.ts';
import { headlineGuest } from '../text/audiences.ts';
import { namesRoutineOccasion } from '../text/routine-occasions.ts';
import { namesAftermath } from '../text/aftermath.ts';
import { headlineMarketMove } from '../text/market-moves.ts';
import { headlineOrdinals } from '../text/ordinals.ts';
import { wirePart } from '../text/wire-parts.ts';

export const storyTextAnalyzer: StoryTextAnalyzer = {
  indexTerms,
  entityIds: (text) => findEntities(text).map((e) => e.id),
  officeOnlyPlaceIds,
  localPlaceIds: (text) => placesIn(text).filter((e) => isLocalPlace(e.id) && !isAffiliation(text, e.start)).map((e) => e.id),
  affiliatedPlaceIds: (text) => placesIn(text).filter((e) => isAffiliation(text, e.start)).map((e) => e.id),
  countryIds: (text) => placesIn(text).filter((e) => !isLocalPlace(e.id)).map((e) => e.id),
  eventTypeIds,
  referredEventTypeIds,
  headlinePeople,
  headlineGuest,
  namesRoutineOccasion,
  namesAftermath,
  headlineMarketMove,
  headlineOrdinals,
  wirePart,
};

// The headline is asked for its local, affiliated and country places in turn: one entity pass serves all three.
let lastText: string | null = null;
let lastPlaces: EntityMention[] = [];
function placesIn(text: string): EntityMention[] {
  if (text !== lastText) {
    lastPlaces = findEntities(text).filter((e) => gazetteerEntry(e.id)?.kind === 'place');
    lastText = text;
  }
  return lastPlaces;
}

/** A city or province: a gazetteer place that belongs to a country (countries and regions like the Gulf do not). */
export function isLocalPlace(id: string): boolean {
  const e = gazetteerEntry(id);
  return e !== undefined && e.kind === 'place' && e.country !== undefined;
}
