// Compiles an analyzed SearchPlan into PostgreSQL text-search conditions with FTS5's semantics (src/store/sqlite/
// fts-match.ts): a term matches its surface form in the surface vector or its stem in the stems vector; a phrase matches
// its words adjacent within ONE field (title, lead or body), which the weight labels enforce. Query text handed to
// to_tsquery is only quoted lexemes, labels and operators built here: punctuation in a term is blanked first (as in
// the stored vectors), so no user text is ever read as tsquery syntax.
import { sql, type RawBuilder } from 'kysely';
import type { SearchPlan, SearchTerm } from '../types.ts';
import { blankPunctuation } from './tsvector-columns.ts';

export type Fields = 'all' | 'head';
export type Vector = 'surface' | 'stems';

/** One phrase of the query, as BM25 counts it: which vector it is looked up in and its tsquery text. */
export interface QueryPhrase {
  vector: Vector;
  query: string;
}

const HAS_TOKEN = /[\p{L}\p{N}]/u;
const LABELS: Record<Fields, string[]> = { all: ['A', 'B', 'C'], head: ['A', 'B'] };

function phraseQuery(terms: string[], fields: Fields): string | null {
  const text = blankPunctuation(terms.join(' ')).replace(/\s+/g, ' ').trim();
  if (!HAS_TOKEN.test(text)) return null;
  // One alternative per field, each word labelled with it: "a b" never matches across the title/lead boundary.
  return LABELS[fields].map((w) => `'${text}':${w}`).join(' | ');
}

function termPhrases(term: SearchTerm, fields: Fields): QueryPhrase[] {
  const out: QueryPhrase[] = [];
  const surface = phraseQuery(term.surface.filter((t) => HAS_TOKEN.test(t)), fields);
  if (surface) out.push({ vector: 'surface', query: surface });
  if (!term.exact) {
    const stems = phraseQuery(term.stems.filter((t) => HAS_TOKEN.test(t)), fields);
    if (stems) out.push({ vector: 'stems', query: stems });
  }
  return out;
}

function phraseCondition(p: QueryPhrase): RawBuilder<unknown> {
  return sql`a.${sql.raw(p.vector === 'surface' ? 'surface_tsv' : 'stems_tsv')} @@ to_tsquery('simple', ${p.query})`;
}

function orCondition(terms: SearchTerm[], fields: Fields): RawBuilder<unknown> | null {
  const parts = terms.flatMap((t) => termPhrases(t, fields)).map(phraseCondition);
  if (parts.length === 0) return null;
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/** The AND of OR groups as a SQL condition on `articles a`, or null when no text condition is left. */
export function mustCondition(plan: Pick<SearchPlan, 'must'>, fields: Fields): RawBuilder<unknown> | null {
  const groups = plan.must.map((g) => orCondition(g, fields)).filter((p): p is RawBuilder<unknown> => !!p);
  if (groups.length === 0) return null;
  return sql`(${sql.join(groups, sql` AND `)})`;
}

/** The exclusions (any field) as one OR condition, or null. */
export function notCondition(plan: Pick<SearchPlan, 'not'>): RawBuilder<unknown> | null {
  return orCondition(plan.not, 'all');
}

/** The whole text condition (must AND NOT not), or null for a filters-only plan. */
export function matchCondition(plan: Pick<SearchPlan, 'must' | 'not'>): RawBuilder<unknown> | null {
  const must = mustCondition(plan, 'all');
  if (!must) return null;
  const not = notCondition(plan);
  return not ? sql`(${must} AND NOT ${not})` : must;
}

/** Every phrase of the must groups, in query order, duplicates kept (each counts in BM25, as in FTS5). */
export function rankedPhrases(plan: Pick<SearchPlan, 'must'>, fields: Fields): QueryPhrase[] {
  return plan.must.flatMap((g) => g.flatMap((t) => termPhrases(t, fields)));
}

export { phraseCondition };
