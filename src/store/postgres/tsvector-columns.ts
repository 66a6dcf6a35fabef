// How stored analyzer terms become PostgreSQL text-search vectors, shared by the schema and the query compiler so that
// documents and queries are split into tokens the same way. The terms are already normalized and stemmed: the `simple`
// configuration only lower-cases, and ASCII punctuation becomes a space first, so a term such as "3.5" or
// "foo@bar.com" splits into the same tokens as SQLite's FTS5 unicode61 tokenizer makes of it (PostgreSQL's parser would
// otherwise keep them whole as a number or an e-mail address).
import { sql, type RawBuilder } from 'kysely';

export const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const PUNCT_LITERAL = `'${ASCII_PUNCTUATION.replace(/'/g, "''")}'`;
const SPACES_LITERAL = `'${' '.repeat(ASCII_PUNCTUATION.length)}'`;

function cleaned(column: string): string {
  return `translate(${column}, ${PUNCT_LITERAL}, ${SPACES_LITERAL})`;
}

/** Title, lead and body term columns as one vector weighted A, B, C. */
export function tsvectorExpression(title: string, lead: string, body: string): RawBuilder<unknown> {
  const part = (col: string, w: string) => `setweight(to_tsvector('simple'::regconfig, ${cleaned(col)}), '${w}')`;
  return sql.raw(`${part(title, 'A')} || ${part(lead, 'B')} || ${part(body, 'C')}`);
}

/** Number of tokens in the given term columns (runs of non-space characters after punctuation is blanked). */
export function tokenCountExpression(columns: string[]): RawBuilder<unknown> {
  // `||`, not concat_ws(): generated columns need immutable functions.
  const all = cleaned(`(${columns.join(" || ' ' || ")})`);
  return sql.raw(`(length(regexp_replace(${all}, '\\S+', '#', 'g')) - length(regexp_replace(${all}, '\\S+', '', 'g')))`);
}

/** The same blanking, for query terms built in JS. */
export function blankPunctuation(term: string): string {
  let out = '';
  for (const ch of term) out += ASCII_PUNCTUATION.includes(ch) ? ' ' : ch;
  return out;
}
