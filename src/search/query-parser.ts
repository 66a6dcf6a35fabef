// The search query language: words, "exact phrases", OR (also | and أو), -exclusions and field filters
// source:, entity:, from:, to:, lang: (with Arabic aliases مصدر: كيان: من: إلى: لغة:). Values with spaces are quoted:
// source:"صحيفة الصحراء". Implicit AND between words; OR binds tighter: `a b OR c` = a AND (b OR c).
// Parsing never throws: malformed input returns a QueryError whose message (Arabic, for the reader) says how to fix it,
// under a stable code (search-messages.ts).
import { errorMessage, type MessageParams, type SearchErrorCode } from './search-messages.ts';

export interface QueryTerm {
  kind: 'word' | 'phrase';
  text: string;
}

export interface ParsedQuery {
  ok: true;
  /** AND of groups, each an OR of terms. */
  must: QueryTerm[][];
  not: QueryTerm[];
  sources: string[];
  entities: string[];
  /** Inclusive UTC bounds derived from from:/to: (start of the first day, last millisecond of the last). */
  from: string | null;
  to: string | null;
  lang: string | null;
}

export interface QueryError {
  ok: false;
  /** Stable, machine-readable reason. */
  code: SearchErrorCode;
  /** For the reader, in Arabic. */
  message: string;
  /** The values the message quotes. */
  params: MessageParams;
  /** UTF-16 offset in the query where the problem is, when there is one place. */
  position: number | null;
}

export const MAX_QUERY_LENGTH = 500;
export const MAX_QUERY_TERMS = 32;

type Field = 'source' | 'entity' | 'from' | 'to' | 'lang';
const FIELDS: Record<string, Field> = {
  source: 'source', site: 'source', 'مصدر': 'source', 'المصدر': 'source',
  entity: 'entity', 'كيان': 'entity',
  from: 'from', since: 'from', 'من': 'from',
  to: 'to', until: 'to', 'إلى': 'to', 'الى': 'to', 'حتى': 'to',
  lang: 'lang', language: 'lang', 'لغة': 'lang', 'اللغة': 'lang',
};
const OR_WORDS = new Set(['OR', '|', 'أو', 'او']);

type Lexeme =
  | { t: 'or'; at: number }
  | { t: 'term'; term: QueryTerm; negated: boolean; at: number }
  | { t: 'field'; field: Field; name: string; value: string; at: number };

export function queryError(code: SearchErrorCode, params: MessageParams = {}, position: number | null = null): QueryError {
  return { ok: false, code, message: errorMessage(code, params), params, position };
}
const fail = queryError;

const isSpace = (c: string) => /[\s\u00a0\u200f\u200e()]/u.test(c);
// Curly and guillemet quotes are common on Arabic keyboards; they open and close phrases too.
const QUOTES: Record<string, string> = { '"': '"', '“': '”', '”': '”', '«': '»', '„': '“' };

function readQuoted(q: string, i: number): { value: string; end: number } | QueryError {
  const open = q[i]!;
  const close = QUOTES[open]!;
  let j = i + 1;
  while (j < q.length && q[j] !== close && q[j] !== '"' && !(open === '“' && q[j] === '”')) j++;
  if (j >= q.length) return fail('unclosed_quote', { at: i + 1, close }, i);
  return { value: q.slice(i + 1, j), end: j + 1 };
}

function lex(q: string): Lexeme[] | QueryError {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < q.length) {
    if (isSpace(q[i]!)) { i++; continue; }
    const at = i;
    let negated = false;
    if (q[i] === '-' && i + 1 < q.length && !isSpace(q[i + 1]!) && q[i + 1] !== '-') {
      negated = true;
      i++;
    }
    if (QUOTES[q[i]!] !== undefined) {
      const r = readQuoted(q, i);
      if ('ok' in r) return r;
      i = r.end;
      const text = r.value.trim();
      if (!text) return fail('empty_phrase', { at: at + 1 }, at);
      out.push({ t: 'term', term: { kind: 'phrase', text }, negated, at });
      continue;
    }
    let j = i;
    while (j < q.length && !isSpace(q[j]!) && q[j] !== ':' && QUOTES[q[j]!] === undefined) j++;
    const word = q.slice(i, j);
    if (q[j] === ':' && FIELDS[word.toLowerCase()] !== undefined) {
      const field = FIELDS[word.toLowerCase()]!;
      if (negated) return fail('filter_negated', { filter: word }, at);
      let k = j + 1;
      let value: string;
      if (k < q.length && QUOTES[q[k]!] !== undefined) {
        const r = readQuoted(q, k);
        if ('ok' in r) return r;
        value = r.value.trim();
        k = r.end;
      } else {
        let e = k;
        while (e < q.length && !isSpace(q[e]!)) e++;
        value = q.slice(k, e);
        k = e;
      }
      if (!value) return fail('filter_needs_value', { filter: word, example: example(field) }, at);
      out.push({ t: 'field', field, name: word, value, at });
      i = k;
      continue;
    }
    // Not a known field: the colon is ordinary text (a time like 10:30, or a word followed by a colon).
    while (j < q.length && !isSpace(q[j]!) && QUOTES[q[j]!] === undefined) j++;
    const text = q.slice(i, j);
    i = j;
    if (!negated && OR_WORDS.has(text)) { out.push({ t: 'or', at }); continue; }
    if (!/[\p{L}\p{N}]/u.test(text)) {
      if (negated) return fail('nothing_to_exclude', { at: at + 1 }, at);
      continue; // stray punctuation
    }
    out.push({ t: 'term', term: { kind: 'word', text }, negated, at });
  }
  return out;
}

function example(field: Field): string {
  switch (field) {
    case 'source': return 'source:"صحيفة الصحراء"';
    case 'entity': return 'entity:روسيا';
    case 'from': return 'from:2026-03-01';
    case 'to': return 'to:2026-03-31';
    case 'lang': return 'lang:ar';
  }
}

const DIGITS: Record<string, string> = {
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};

/** YYYY, YYYY-MM or YYYY-MM-DD (also with / and Arabic digits) → [first ms, last ms] of that period, UTC. */
export function parseDateBound(value: string): [string, string] | null {
  const v = value.replace(/[٠-٩۰-۹]/g, (d) => DIGITS[d]!).replace(/\//g, '-');
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(v);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  if (y < 1900 || y > 2200) return null;
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  const start = new Date(Date.UTC(y, (mo ?? 1) - 1, d ?? 1));
  if (d !== null && (start.getUTCMonth() !== mo! - 1 || start.getUTCDate() !== d)) return null; // 2026-02-30
  const end =
    d !== null ? new Date(Date.UTC(y, mo! - 1, d + 1) - 1)
      : mo !== null ? new Date(Date.UTC(y, mo, 1) - 1)
        : new Date(Date.UTC(y + 1, 0, 1) - 1);
  return [start.toISOString(), end.toISOString()];
}

export function parseQuery(q: string): ParsedQuery | QueryError {
  if (typeof q !== 'string') return fail('query_not_text');
  if (q.length > MAX_QUERY_LENGTH) return fail('query_too_long', { length: q.length, max: MAX_QUERY_LENGTH }, MAX_QUERY_LENGTH);
  const lexed = lex(q);
  if (!Array.isArray(lexed)) return lexed;

  const parsed: ParsedQuery = { ok: true, must: [], not: [], sources: [], entities: [], from: null, to: null, lang: null };
  let pendingOr: Lexeme | null = null;
  let lastWasPositiveTerm = false;
  let terms = 0;
  for (let k = 0; k < lexed.length; k++) {
    const x = lexed[k]!;
    if (x.t === 'or') {
      if (!lastWasPositiveTerm || pendingOr) return fail('or_needs_words', { operator: q.slice(x.at).split(/\s/)[0]! }, x.at);
      pendingOr = x;
      continue;
    }
    if (x.t === 'field') {
      if (pendingOr) return fail('or_with_filter', { filter: x.name }, x.at);
      const problem = applyField(parsed, x);
      if (problem) return problem;
      lastWasPositiveTerm = false;
      continue;
    }
    if (++terms > MAX_QUERY_TERMS) return fail('too_many_words', { max: MAX_QUERY_TERMS }, x.at);
    if (x.negated) {
      if (pendingOr) return fail('excluded_in_or', {}, x.at);
      parsed.not.push(x.term);
      lastWasPositiveTerm = false;
      continue;
    }
    if (pendingOr) {
      parsed.must[parsed.must.length - 1]!.push(x.term);
      pendingOr = null;
    } else {
      parsed.must.push([x.term]);
    }
    lastWasPositiveTerm = true;
  }
  if (pendingOr) return fail('or_at_end', { operator: q.slice(pendingOr.at).split(/\s/)[0]! }, pendingOr.at);
  if (parsed.from && parsed.to && parsed.from > parsed.to) return fail('dates_reversed');
  const hasFilter = parsed.sources.length > 0 || parsed.entities.length > 0 || parsed.from !== null || parsed.to !== null || parsed.lang !== null;
  if (parsed.must.length === 0) {
    if (parsed.not.length > 0) return fail('only_exclusions');
    if (!hasFilter) return fail('empty_query');
  }
  return parsed;
}

function applyField(parsed: ParsedQuery, x: Extract<Lexeme, { t: 'field' }>): QueryError | null {
  switch (x.field) {
    case 'source':
      parsed.sources.push(x.value);
      return null;
    case 'entity':
      parsed.entities.push(x.value);
      return null;
    case 'lang': {
      const v = x.value.toLowerCase();
      if (!/^[a-z]{2,3}$/.test(v)) return fail('bad_lang', { filter: x.name, value: x.value }, x.at);
      if (parsed.lang && parsed.lang !== v) return fail('two_langs', {}, x.at);
      parsed.lang = v;
      return null;
    }
    case 'from':
    case 'to': {
      const bounds = parseDateBound(x.value);
      if (!bounds) return fail('bad_date', { filter: x.name, value: x.value }, x.at);
      if (x.field === 'from') parsed.from = bounds[0];
      else parsed.to = bounds[1];
      return null;
    }
  }
}
