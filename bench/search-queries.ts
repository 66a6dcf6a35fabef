// The fixed query set of bench/search.bench.ts: generated deterministically (fixed seed) from the corpus's own titles,
// each with its marsad query and the closest plain-FTS5 equivalent; and the variant families recall is measured on.
import { tokenize } from '../src/text/tokenizer.ts';
import type { Rec } from './search-corpus.ts';

export type QueryKind = 'word' | 'variant' | 'two-words' | 'phrase' | 'or' | 'exclusion' | 'source' | 'dates' | 'entity';

export interface BenchQuery {
  kind: QueryKind;
  marsad: string;
  /** FTS5 MATCH text for the baseline (it has no analyzer: the same words, quoted). */
  fts: string;
  /** Filters the baseline applies beside MATCH (it has no entities: an entity query is its words alone there). */
  filter?: { source?: string; fromDay?: string; toDay?: string };
}

/** The mix, in order, repeated: 12 slots. */
const MIX: QueryKind[] = ['word', 'variant', 'word', 'two-words', 'phrase', 'variant', 'word', 'or', 'exclusion', 'source', 'dates', 'entity'];

const fq = (w: string) => `"${w.replace(/"/g, '""')}"`;

/**
 * A clitic or spelling variant of a title word, as a reader might type it: a conjunction or preposition prefixed, the
 * article dropped or added, bare alef for a hamza seat, ه for a final ة, ي for a final ى.
 */
export function variantOf(word: string, r: number): string | null {
  const options: string[] = [];
  if (/^ال/.test(word)) options.push(`و${word}`, `ب${word}`, word.slice(2));
  else options.push(`ال${word}`, `و${word}`);
  if (/[أإآ]/.test(word)) options.push(word.replace(/[أإآ]/g, 'ا'));
  if (/ة$/.test(word)) options.push(word.replace(/ة$/, 'ه'));
  if (/ى$/.test(word)) options.push(word.replace(/ى$/, 'ي'));
  const v = options[Math.floor(r * options.length)];
  return v && v !== word && v.length >= 3 ? v : null;
}

export function generateQueries(records: Rec[], count: number, entityNames: (r: Rec) => string[]): BenchQuery[] {
  let seed = 20150721;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const titleWords = (r: Rec) => tokenize(r.title ?? '').filter((t) => t.kind === 'arabic' && !t.stop && t.surface.length >= 3);
  const sources = [...new Set(records.map((r) => r.source))].sort();
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const queries: BenchQuery[] = [];
  let guard = 0;
  while (queries.length < count && guard++ < count * 50) {
    const r = records[Math.floor(rand() * records.length)]!;
    const ws = titleWords(r);
    if (ws.length < 2) continue;
    const i = Math.floor(rand() * (ws.length - 1));
    const a = ws[i]!.surface, b = ws[i + 1]!.surface, c = ws[Math.floor(rand() * ws.length)]!.surface;
    const kind = MIX[queries.length % MIX.length]!;
    if (kind === 'word') queries.push({ kind, marsad: a, fts: fq(a) });
    else if (kind === 'variant') {
      const v = variantOf(a, rand());
      if (!v) continue;
      queries.push({ kind, marsad: v, fts: fq(v) });
    } else if (kind === 'two-words') {
      if (c === a) continue;
      queries.push({ kind, marsad: `${a} ${c}`, fts: `${fq(a)} ${fq(c)}` });
    } else if (kind === 'phrase') queries.push({ kind, marsad: `"${a} ${b}"`, fts: `"${a} ${b}"` });
    else if (kind === 'or') {
      if (c === a) continue;
      queries.push({ kind, marsad: `${a} OR ${c}`, fts: `${fq(a)} OR ${fq(c)}` });
    } else if (kind === 'exclusion') {
      const other = titleWords(records[Math.floor(rand() * records.length)]!)[0]?.surface;
      if (!other || other === a) continue;
      queries.push({ kind, marsad: `${a} -${other}`, fts: `${fq(a)} NOT ${fq(other)}` });
    } else if (kind === 'source') {
      const src = sources[Math.floor(rand() * sources.length)]!;
      queries.push({ kind, marsad: `${a} source:${src}`, fts: fq(a), filter: { source: src } });
    } else if (kind === 'dates') {
      // A week around the article's own day.
      const t = Date.parse(r.date_extracted.replace(' ', 'T') + 'Z');
      if (!Number.isFinite(t)) continue;
      const from = day(t - 3 * 86_400_000), to = day(t + 3 * 86_400_000);
      queries.push({ kind, marsad: `${a} from:${from} to:${to}`, fts: fq(a), filter: { fromDay: from, toDay: to } });
    } else {
      const names = entityNames(r);
      if (names.length === 0) continue;
      const e = names[Math.floor(rand() * names.length)]!;
      queries.push({ kind, marsad: `${a} entity:"${e}"`, fts: fq(a) });
    }
  }
  return queries;
}

/**
 * Families of forms of one word as Arabic news writes it: article, conjunction and preposition clitics, hamza and
 * taa-marbuta spellings, diacritics. Each form is a query; relevant = articles containing any form of the family.
 */
export const FAMILIES: string[][] = [
  ['رئيس', 'الرئيس', 'للرئيس', 'والرئيس', 'برئيس', 'ورئيس'],
  ['السعودية', 'السعوديه', 'سعودية', 'للسعودية', 'والسعودية', 'بالسعودية'],
  ['مسؤول', 'مسئول', 'المسؤول', 'المسئول', 'والمسؤول', 'للمسؤول'],
  ['وزارة', 'الوزارة', 'وزاره', 'للوزارة', 'بوزارة', 'ووزارة'],
  ['أمير', 'امير', 'الأمير', 'الامير', 'للأمير', 'والأمير'],
  ['مدينة', 'المدينة', 'مدينه', 'بمدينة', 'لمدينة', 'ومدينة'],
  ['حكومة', 'الحكومة', 'حكومه', 'للحكومة', 'والحكومة', 'بالحكومة'],
  ['إرهاب', 'ارهاب', 'الإرهاب', 'الارهاب', 'للإرهاب', 'والإرهاب'],
  ['اقتصاد', 'الاقتصاد', 'للاقتصاد', 'والاقتصاد', 'بالاقتصاد'],
  ['مشروع', 'المشروع', 'للمشروع', 'والمشروع', 'بمشروع'],
  ['شركة', 'الشركة', 'شركه', 'للشركة', 'بشركة', 'والشركة'],
  ['جامعة', 'الجامعة', 'بجامعة', 'لجامعة', 'والجامعة'],
  ['مستشفى', 'المستشفى', 'مستشفي', 'بمستشفى', 'للمستشفى'],
  ['الأمن', 'الامن', 'للأمن', 'والأمن', 'بالأمن'],
  ['قرار', 'القرار', 'بقرار', 'والقرار', 'للقرار'],
  ['مجلس', 'المجلس', 'بمجلس', 'لمجلس', 'ومجلس'],
  ['سوق', 'السوق', 'بالسوق', 'للسوق', 'والسوق'],
  ['نفط', 'النفط', 'للنفط', 'والنفط', 'بالنفط'],
  ['الهلال', 'للهلال', 'والهلال', 'بالهلال'],
  ['اتفاق', 'الاتفاق', 'باتفاق', 'والاتفاق', 'للاتفاق'],
  ['تعليم', 'التعليم', 'للتعليم', 'والتعليم', 'بالتعليم'],
  ['محمد', 'مُحَمَّد', 'ومحمد', 'لمحمد', 'بمحمد'],
  ['مؤتمر', 'المؤتمر', 'بمؤتمر', 'للمؤتمر', 'والمؤتمر'],
  ['دمج', 'الدمج', 'بدمج', 'ودمج'],
  ['مسجد', 'المسجد', 'بالمسجد', 'للمسجد', 'ومسجد'],
];

const strip = (w: string) => w.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
const familyOf = new Map<string, number>();
FAMILIES.forEach((f, i) => f.forEach((w) => familyOf.set(strip(w), i)));

/** The family of one Arabic word as written (diacritics and tatweel ignored), if any. */
export function familyOfWord(word: string): number | undefined {
  return familyOf.get(strip(word));
}
