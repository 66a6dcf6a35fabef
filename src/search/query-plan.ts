// Turns a parsed query into the backend's SearchPlan by running every word through the same analyzer as the
// documents (indexTerms), and collects what the highlighter must mark.
import { indexTerms } from '../text/analyze.ts';
import { NATIVE_WORDS, protectedTerm } from '../text/protected-words.ts';
import type { SearchPlan, SearchTerm } from '../store/types.ts';
import type { MatchKeys } from './highlight.ts';
import type { ParsedQuery, QueryTerm } from './query-parser.ts';

const PROCLITIC = /^[وفبكل]/;
const ARABIC_WORD = /^[\u0621-\u064a]+$/;
const NATIVE: ReadonlySet<string> = new Set(NATIVE_WORDS);

/**
 * A query word the light stemmer leaves whole because stripping would leave only three letters (بدمج, لجيش) gets its
 * one-proclitic reading as an extra alternative: short words are where the stemmer must be careful on documents, but on
 * a query the exact form still ranks first (it matches the surface column too), so the extra reading only adds recall.
 * A name or word the stemmer keeps whole on purpose has no such reading (فيصل is not ف + يصل, كمال not ك + مال).
 */
function procliticVariant(surface: string, stem: string): string | null {
  if (surface !== stem || !ARABIC_WORD.test(surface) || !PROCLITIC.test(surface) || surface.length - 1 < 3) return null;
  if (protectedTerm(surface) !== undefined || NATIVE.has(surface)) return null;
  const rest = indexTerms(surface.slice(1));
  const s = rest.stems[0];
  return rest.stems.length === 1 && s && s !== stem ? s : null;
}

export function analyzeQueryTerm(term: QueryTerm, expand: boolean): SearchTerm[] {
  const { surface, stems } = indexTerms(term.text);
  if (surface.length === 0) return [];
  if (term.kind === 'phrase') return [{ surface, stems, exact: true }];
  const out: SearchTerm[] = [{ surface, stems, exact: false }];
  if (expand && surface.length === 1) {
    const v = procliticVariant(surface[0]!, stems[0]!);
    if (v) out.push({ surface: [], stems: [v], exact: false });
  }
  return out;
}

export interface BuiltPlan {
  plan: Omit<SearchPlan, 'groupByStory' | 'limit' | 'offset' | 'recency' | 'facets'>;
  keys: MatchKeys;
  /** Query words dropped because they are too common to search for. */
  dropped: string[];
}

export function buildPlan(parsed: ParsedQuery): BuiltPlan {
  const keys: MatchKeys = { surface: new Set(), stems: new Set(), phrases: [] };
  const dropped: string[] = [];
  const must: SearchTerm[][] = [];
  for (const group of parsed.must) {
    const alternatives: SearchTerm[] = [];
    for (const term of group) {
      const analyzed = analyzeQueryTerm(term, true);
      if (analyzed.length === 0) dropped.push(term.text);
      for (const t of analyzed) {
        alternatives.push(t);
        if (t.exact) keys.phrases.push(t.surface);
        else if (t.surface.length > 1) keys.phrases.push(t.surface); // one query word the tokenizer split (covid-19)
        else {
          for (const s of t.surface) keys.surface.add(s);
          for (const s of t.stems) keys.stems.add(s);
        }
      }
    }
    // An OR group with one stopword alternative still stands on its other words; an all-stopword group is dropped.
    if (alternatives.length) must.push(alternatives);
  }
  const not = parsed.not.flatMap((t) => analyzeQueryTerm(t, false));
  return {
    plan: { must, not, sources: parsed.sources, entities: parsed.entities, from: parsed.from, to: parsed.to, lang: parsed.lang },
    keys,
    dropped,
  };
}
