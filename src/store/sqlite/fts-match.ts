// Compiles an analyzed SearchPlan into an FTS5 MATCH expression. Every term is passed as a quoted FTS5 string, so no
// user text is ever read as FTS5 syntax (operators, column names, NEAR, '*').
import type { SearchPlan, SearchTerm } from '../types.ts';

const SURFACE = '{title_surface lead_surface body_surface}';
const STEMS = '{title_stems lead_stems body_stems}';
const HAS_TOKEN = /[\p{L}\p{N}]/u;

function quote(terms: string[]): string | null {
  const kept = terms.filter((t) => HAS_TOKEN.test(t));
  if (kept.length === 0) return null;
  return `"${kept.join(' ').replace(/"/g, '""')}"`;
}

function termExpr(term: SearchTerm): string | null {
  const surface = quote(term.surface);
  if (term.exact) return surface ? `${SURFACE} : ${surface}` : null;
  const stems = quote(term.stems);
  // Both columns are searched: a surface hit also scores in the stem columns, so exact forms rank above stem-only hits.
  const parts = [surface && `${SURFACE} : ${surface}`, stems && `${STEMS} : ${stems}`].filter((p): p is string => !!p);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

function orExpr(terms: SearchTerm[]): string | null {
  const parts = terms.map(termExpr).filter((p): p is string => !!p);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/** Null when the plan has no text condition left (filters only). */
export function compileFtsMatch(plan: Pick<SearchPlan, 'must' | 'not'>): string | null {
  const groups = plan.must.map(orExpr).filter((p): p is string => !!p);
  if (groups.length === 0) return null;
  let expr = groups.length === 1 ? groups[0]! : groups.join(' AND ');
  const not = orExpr(plan.not);
  if (not) expr = `(${expr}) NOT ${not}`;
  return expr;
}
