// The one analyzer search, stories and entities share, so a word matches the same way everywhere.
import { scanTokens, tokenize } from './tokenizer.ts';
import { detectLanguage } from './language-id.ts';
import { findEntities } from './entities.ts';
import { findQuotes } from './quotes.ts';
import { findDates } from './dates.ts';
import type { AnalyzedText } from './types.ts';

export interface IndexTerms {
  /** Normalized surface forms of non-stopword tokens, in text order. */
  surface: string[];
  /** Their stems, aligned with surface. */
  stems: string[];
}

/** Fast path for indexing and queries: no Token objects, no entities/dates/quotes. */
export function indexTerms(text: string): IndexTerms {
  const surface: string[] = [];
  const stems: string[] = [];
  scanTokens(text, (_kind, _start, _end, norm, stem, stop) => {
    if (stop) return;
    surface.push(norm);
    stems.push(stem);
  });
  return { surface, stems };
}

export interface AnalyzeOptions {
  /** Date relative expressions (أمس، الأسبوع الماضي) are resolved against; defaults to the Unix epoch for determinism. */
  reference?: Date;
  entities?: boolean;
  quotes?: boolean;
  dates?: boolean;
}

/** Full analysis of one text: tokens, language, index terms, and (unless switched off) entities, quotes and dates. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzedText {
  const tokens = tokenize(text);
  const surfaceTerms: string[] = [];
  const stemTerms: string[] = [];
  for (const t of tokens) {
    if (t.stop) continue;
    surfaceTerms.push(t.norm);
    stemTerms.push(t.stem);
  }
  const wantEntities = options.entities !== false;
  const wantQuotes = options.quotes !== false;
  const entities = wantEntities || wantQuotes ? findEntities(text, tokens) : [];
  return {
    lang: detectLanguage(text),
    tokens,
    surfaceTerms,
    stemTerms,
    entities: wantEntities ? entities : [],
    quotes: wantQuotes ? findQuotes(text, entities) : [],
    dates: options.dates === false ? [] : findDates(text, options.reference ?? new Date(0)),
  };
}
