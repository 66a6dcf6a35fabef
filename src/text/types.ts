// Boundary of the Arabic analysis stage. Everything here is pure: no I/O, deterministic.

export type TokenKind = 'arabic' | 'latin' | 'number' | 'url' | 'email' | 'handle' | 'other';

export interface Token {
  /** Exactly as in the text. */
  surface: string;
  /** Normalized for matching (see normalize.ts). */
  norm: string;
  /** Light stem of norm (Arabic clitic loop / English Snowball); equal to norm for other kinds. */
  stem: string;
  kind: TokenKind;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  stop: boolean;
}

export type EntityKind = 'person' | 'place' | 'org' | 'other';

export interface EntityMention {
  /** Stable canonical id, e.g. "place:russia", "org:nato", "person:sergei-lavrov"; unknown people get "person:~<normalized name>". */
  id: string;
  kind: EntityKind;
  /** Canonical display name in Arabic. */
  name: string;
  surface: string;
  start: number;
  end: number;
  role?: string;
  country?: string;
}

export interface QuoteMention {
  text: string;
  speaker: string | null;
  speakerId: string | null;
  start: number;
  end: number;
}

export interface DateMention {
  /** ISO date (YYYY-MM-DD) or datetime. */
  iso: string;
  surface: string;
  start: number;
  end: number;
  calendar: 'gregorian' | 'hijri' | 'relative';
}

export interface AnalyzedText {
  lang: string;
  tokens: Token[];
  /** Index terms: normalized surface forms of non-stopword tokens. */
  surfaceTerms: string[];
  /** Index terms: stems of non-stopword tokens. */
  stemTerms: string[];
  entities: EntityMention[];
  quotes: QuoteMention[];
  dates: DateMention[];
}
