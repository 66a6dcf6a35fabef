// Compiles an analyzed SearchPlan into an FTS5 MATCH expression. Every term is passed as a quoted FTS5 string, so no
// user text is ever read as FTS5 syntax (operators, column names, NEAR, '*').
import type { SearchPlan, SearchTerm } from '../types.ts';

const COLUMNS = {
  all: { surface: '{title_surface lead_surface body_surface}', stems: '{title_stems lead_stems body_stems}' },
  // The head of the article: where a news text names its subject.
  head: { surface: '{title_surface lead_surface}', stems: '{title_stems lead_stems}' },
} as const;
type Fields = keyof typeof COLUMNS;
const HAS_TOKEN = /[\p{L}\p{N}]/u;

function quote(terms: string[]): string | null {
  const kept = terms.filter((t) => HAS_TOKEN.test(t));
  if (kept.length === 0) return null;
  return `"${kept.join(' ').replace(/"/g, '""')}"`;
}

function termExpr(term: SearchTerm, fields: Fields): string | null {
  const { surface: SURFACE, stems: STEMS } = COLUMNS[fields];
  const surface = quote(term.surface);
  if (term.exact) return surface ? `${SURFACE} : ${surface}` : null;
  const stems = quote(term.stems);
  // Both columns are searched: a surface hit also scores in the stem columns, so exact forms rank above stem-only hits.
  const parts = [surface && `${SURFACE} : ${surface}`, stems && `${STEMS} : ${stems}`].filter((p): p is string => !!p);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

function orExpr(terms: SearchTerm[], fields: Fields): string | null {
  const parts = terms.map((t) => termExpr(t, fields)).filter((p): p is string => !!p);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/** Null when the plan has no text condition left (filters only). */
export function compileFtsMatch(plan: Pick<SearchPlan, 'must' | 'not'>): string | null {
  const must = compileMust(plan, 'all');
  if (!must) return null;
  const not = compileNot(plan);
  return not ? `(${must}) NOT ${not}` : must;
}

/** The AND-of-ORs part alone; `fields: 'head'` names heads_fts's columns (title and lead). */
export function compileMust(plan: Pick<SearchPlan, 'must'>, fields: Fields): string | null {
  const groups = plan.must.map((g) => orExpr(g, fields)).filter((p): p is string => !!p);
  if (groups.length === 0) return null;
  return groups.length === 1 ? groups[0]! : groups.join(' AND ');
}

/** The exclusions as one OR expression over the main index, or null. */
export function compileNot(plan: Pick<SearchPlan, 'not'>): string | null {
  return orExpr(plan.not, 'all');
}

/**
 * Every phrase of the must groups as a MATCH expression of its own (column filter included), in query order: the
 * phrases BM25 gathers statistics for (PostgreSQL's rankedPhrases lists the same ones).
 */
export function mustPhrases(plan: Pick<SearchPlan, 'must'>, fields: Fields): string[] {
  const { surface: SURFACE, stems: STEMS } = COLUMNS[fields];
  const out: string[] = [];
  for (const group of plan.must) {
    for (const term of group) {
      const surface = quote(term.surface);
      if (surface) out.push(`${SURFACE} : ${surface}`);
      const stems = term.exact ? null : quote(term.stems);
      if (stems) out.push(`${STEMS} : ${stems}`);
    }
  }
  return out;
}
