// The one place an article becomes a StoryDoc, so the pipeline, `stories rebuild` and the bench group the same input.
import type { StoryDoc } from './types.ts';
import { bylineShape, classifyArticleKind, isSignedColumnShape } from './article-kind.ts';

export interface StoryDocInput {
  articleId: number;
  sourceId: number;
  /** Epoch milliseconds: published time, else fetched time. */
  time: number;
  title: string;
  lead: string;
  text: string;
  /** The article's byline as extracted or given by the feed: tells a signed column from a filed report. */
  byline?: string | null;
}

/** The parts of the text analyzer the story stage needs (src/text: indexTerms, findEntities). */
export interface StoryTextAnalyzer {
  indexTerms(text: string): { surface: string[]; stems: string[] };
  /** Canonical entity ids found in the text; optional so a bare tokenizer can still feed the engine. */
  entityIds?(text: string): string[];
  /** Ids of the places below country level (cities, provinces) the text names as where something is or happens. */
  localPlaceIds?(text: string): string[];
  /** Ids of the places the text names as an office's or a speaker's own ("محافظ الزلفي:", "رئيس النيجر"). */
  affiliatedPlaceIds?(text: string): string[];
  /**
   * Ids of the regions the text names after an office by a name too common to be a place alone ("أمير عسير", "تعليم
   * المدينة"; src/text/affiliation-places.ts).
   */
  officeOnlyPlaceIds?(text: string): string[];
  /** Ids of the countries and world regions the text names. */
  countryIds?(text: string): string[];
  /** Event-type ids (`event:attack`) the stems name with any of their synonyms (src/text/event-types.ts). */
  eventTypeIds?(stems: readonly string[]): string[];
  /** Event-type ids the words name as an event the reader knows ("العمل الجبان"; src/text/event-types.ts). */
  referredEventTypeIds?(surface: readonly string[], stems: readonly string[]): string[];
  /** Of the entity ids found in the article, the people its headline names in full (src/text/headline-people.ts). */
  headlinePeople?(headline: string, entityIds: readonly string[]): string[];
  /** The stems naming an audience headline's guest (src/text/audiences.ts). */
  headlineGuest?(stems: readonly string[], surface?: readonly string[], headline?: string): string[];
  /** The headline's stems name a routine occasion (src/text/routine-occasions.ts). */
  namesRoutineOccasion?(stems: readonly string[]): boolean;
  /** The stems (of the headline and lead) name a deadly event's aftermath (src/text/aftermath.ts). */
  namesAftermath?(stems: readonly string[]): boolean;
  /** `market:move` ("oil:down", with the size when told: "stocks:up:135pt") when the headline's stems open with a market and the way it went (src/text/market-moves.ts). */
  headlineMarketMove?(stems: readonly string[]): string | null;
  /** `word:n` for the headline's words next to an ordinal n ("ثاني طائرة" → طاءر:2; src/text/ordinals.ts). */
  headlineOrdinals?(stems: readonly string[]): string[];
  /** The agency item a record is a part of: its bare headline, their shared key, and whether it continues another (src/text/wire-parts.ts). */
  wirePart?(title: string, text: string): { title: string; key: string; continuation: boolean };
}

/**
 * Body text beyond this many characters is not analyzed: news puts the event up front, and later paragraphs
 * (background, boilerplate, related links) blur the event while costing most of the analysis time.
 */
export const BODY_CHARS = 1000;
/** Without an extracted lead, the first characters of the body stand in for it. */
export const LEAD_CHARS = 300;

/** Code units JavaScript's `\s` matches: the whitespace words are counted between. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x2028
    || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Words (runs of non-whitespace, as `/\S+/g` finds them) in `text`, counted up to `max`; no match objects allocated. */
export function wordCount(text: string, max: number): number {
  let n = 0;
  for (let i = 0, inWord = false; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++n >= max) return n;
    inWord = !space;
  }
  return n;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  // Cut at a word boundary so the last token is not a fragment.
  const sp = text.lastIndexOf(' ', max);
  return text.slice(0, sp > max / 2 ? sp : max);
}

/** A paragraph this short above the report's first real one is a dateline, a byline or a photo caption. */
const LEAD_MIN_WORDS = 8;
/** A first paragraph shorter than this (one short sentence) is read on into the paragraphs below it. */
const LEAD_SHORT_CHARS = 80;

/**
 * The story stage's lead: the text's first paragraph of LEAD_MIN_WORDS or more words (read on when it is under
 * LEAD_SHORT_CHARS), else the given lead, else the opening of the text; LEAD_CHARS at most. An extractor's lead keeps
 * the short lines above it ("أبها - واس", a caption), which crowded the report's first sentence out of the 300
 * characters: through `marsad import` the dev day scored B-cubed 0.938 / pairwise 0.837, and 0.944 / 0.871 this way.
 */
export function leadOf(lead: string, text: string): string {
  // Paragraph by paragraph from the top (usually the first one qualifies): no split of the whole text.
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const para = text.slice(at, end).trim();
    // That paragraph alone, unless it is one short sentence: filling every lead up to LEAD_CHARS from the paragraphs
    // below blurred it (dev day B-cubed 0.929 against 0.942; reading on under 60-120 characters: 0.942-0.943, and the
    // demo, whose outlets open with one short sentence, 0.969-0.978 against 0.960 with the paragraph alone).
    if (para && wordCount(para, LEAD_MIN_WORDS) >= LEAD_MIN_WORDS) {
      return cut(para.length >= LEAD_SHORT_CHARS ? para : text.slice(at, at + LEAD_CHARS * 2).trim(), LEAD_CHARS);
    }
    at = end + 1;
  }
  const l = lead.trim();
  if (l) return cut(l, LEAD_CHARS);
  return cut(text.trim(), LEAD_CHARS);
}

/**
 * A "text" this short is not a report's body but a photo caption or a list of names (some outlets publish a headline
 * with only the pictured people under it): compared as a body, it makes two reports of one event look unrelated.
 */
export const MIN_BODY_WORDS = 15;
/** A name quoted in a headline: guillemets or straight or curly double quotes, 2-40 characters. */
const QUOTED = /[«"“]([^«»"“”]{2,40})[»"”]/g;

export function buildStoryDoc(input: StoryDocInput, analyzer: StoryTextAnalyzer): StoryDoc {
  if (!Number.isFinite(input.articleId)) throw new Error(`buildStoryDoc: articleId must be a number, got ${input.articleId}`);
  if (!Number.isFinite(input.time)) throw new Error(`buildStoryDoc: article ${input.articleId} has no valid time`);
  const text = input.text ?? '';
  // A later part's marker ("إضافة ثانية") is not part of its headline.
  const part = analyzer.wirePart?.(input.title ?? '', text);
  const title = part ? part.title : input.title ?? '';
  const hasBody = wordCount(text, MIN_BODY_WORDS) >= MIN_BODY_WORDS;
  const lead = hasBody ? leadOf(input.lead ?? '', text) : '';
  const body = hasBody ? cut(text, BODY_CHARS) : '';
  // The headline's stems alone tell whether it names the event (see the story engine's boost); analyzed apart from the
  // lead, they are the same stems the joined text gives. An event type named with any of its synonyms ("الجريمة
  // الإرهابية" for "التفجير") adds one term for the type.
  const headTerms = analyzer.indexTerms(title);
  const headWords = headTerms.stems;
  const leadWords = lead ? analyzer.indexTerms(lead).stems : [];
  const headTypes = analyzer.eventTypeIds?.(headWords) ?? [];
  const leadTypes = lead && analyzer.eventTypeIds ? analyzer.eventTypeIds(leadWords).filter((t) => !headTypes.includes(t)) : [];
  const headlineStems = headTypes.length ? [...headWords, ...headTypes] : headWords;
  const titleStems = [...headlineStems, ...leadWords, ...leadTypes];
  const bodyStems = body ? analyzer.indexTerms(body).stems : [];
  const entityIds = analyzer.entityIds ? [...new Set(analyzer.entityIds(`${title}\n${body}`))].sort() : [];
  const headlinePlaces = analyzer.localPlaceIds ? [...new Set(analyzer.localPlaceIds(title))] : [];
  const officeOnly = analyzer.officeOnlyPlaceIds;
  const headlineAffiliations = [...new Set([...(analyzer.affiliatedPlaceIds?.(title) ?? []), ...(officeOnly?.(title) ?? [])])];
  const officePlaces = officeOnly ? [...new Set(officeOnly(`${title}\n${body}`))] : [];
  const headlineCountries = analyzer.countryIds ? [...new Set(analyzer.countryIds(title))] : [];
  const kind = classifyArticleKind(title, text, input.byline);
  const shape = bylineShape(input.byline);
  const signedColumn = shape === 'signed' && isSignedColumnShape(title, text, input.byline);
  const headlineEvents = analyzer.referredEventTypeIds?.(headTerms.surface, headWords) ?? [];
  const headlineQuoted: string[][] = [];
  for (const m of title.matchAll(QUOTED)) { const st = analyzer.indexTerms(m[1]!).stems; if (st.length) headlineQuoted.push(st); }
  const headlinePersons = analyzer.headlinePeople?.(title, entityIds) ?? [];
  const marketMove = analyzer.headlineMarketMove?.(headWords) ?? null;
  const guest = analyzer.headlineGuest?.(headWords, headTerms.surface, title) ?? [];
  const ordinals = analyzer.headlineOrdinals?.(headWords) ?? [];
  return { articleId: input.articleId, sourceId: input.sourceId, time: input.time, title, lead, text, titleStems, headlineStems, bodyStems, entityIds, headlinePlaces, headlineAffiliations, headlineCountries, ...(officePlaces.length ? { officePlaces } : {}), headlineEvents, headlineQuoted, headlinePeople: headlinePersons, ...(guest.length ? { headlineGuest: guest } : {}), headlineRoutine: analyzer.namesRoutineOccasion?.(headWords) ?? false, headlineAftermath: analyzer.namesAftermath?.(titleStems) ?? false, kind, bylineShape: shape, signedColumn, ...(marketMove ? { marketMove } : {}), ...(ordinals.length ? { headlineOrdinals: ordinals } : {}), ...(part?.key ? { wirePart: part.key, ...(part.continuation ? { continuation: true } : {}) } : {}) };
}
