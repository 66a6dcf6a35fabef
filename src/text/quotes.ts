// Direct quotes (« », " ", “ ”) and who said them. A quote is attributed through the speech verb that governs it
// (the last one before it in its sentence, or one right after it: "..." قال فلان). A verb with no named subject
// ("وأضاف"، "وأشار إلى أن") or with an anaphoric one ("بيان الوزارة") continues the last named speaker.
import { normalize } from './normalize.ts';
import { isTitleWord, normalizeWithOffsets, viewWords, type ViewWord } from './entities.ts';
import type { EntityMention, QuoteMention } from './types.ts';

const set = (list: string): Set<string> => new Set(list.trim().split(/\s+/).map((w) => normalize(w)));

const VERBS = set(`قال قالت أضاف أضافت أكد أكدت أشار أشارت صرح صرحت أوضح أوضحت لفت لفتت تابع تابعت ذكر ذكرت شدد شددت
  اعتبر اعتبرت حذر حذرت أعلن أعلنت كتب كتبت رأى رأت دعا دعت نفى نفت أفاد أفادت أردف أردفت علق علقت يقول تقول يضيف
  تضيف يرى ترى أبلغ أبلغت استطرد استدرك ختم وصف وصفت طالب طالبت أعرب أعربت اتهم اتهمت غرد غردت نقل قالوا أكدوا
  أضافوا يؤكد تؤكد يشير تشير أوضحوا`);
/** Participles take their subject from before: "وعلق لافروف قائلا". */
const PARTICIPLES = set('قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة مشيرا مشيرة موضحا موضحة معتبرا معتبرة محذرا محذرة متابعا لافتا لافتة');
/** Words that close the subject slot after a verb. */
const SUBJECT_END = set('أن إن بأن أنه إنه أنها إنها أنهم إنهم لأن إلى على من عن في خلال عبر أمام ل لـ بينما حيث');
/** Subjects that point back to a speaker already named. */
const ANAPHORA = set(`بيان البيان الوزارة الوزير الوزيرة الحركة الرئيس الحكومة المتحدث المتحدثة الناطق الجيش المسؤول
  الدبلوماسي السفير المبعوث المنظمة الحلف الجماعة البيت`);

const SOURCE_WORDS = set('بحسب حسب وفق وفقا بحسب طبقا وبحسب ووفق');

interface Span {
  /** Offsets of the quote marks. */
  open: number;
  close: number;
}

const CLOSER: Record<string, string> = { '«': '»', '“': '”', '"': '"', '„': '“', '”': '”', '‹': '›' };

/** Quote spans, paired within one line (an unclosed quote is dropped rather than allowed to swallow a paragraph). */
function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let closer = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { open = -1; depth = 0; continue; }
    if (open < 0) {
      if (CLOSER[c]) { open = i; closer = CLOSER[c]; depth = 0; }
      continue;
    }
    if (c === '«' && closer === '»') { depth++; continue; }
    if (c === closer || (closer === '”' && c === '"') || (closer === '"' && c === '”')) {
      if (depth > 0) { depth--; continue; }
      out.push({ open, close: i });
      open = -1;
    }
  }
  return out;
}

interface Speaker {
  name: string;
  id: string | null;
}

interface VerbEvent {
  /** Word index of the verb. */
  w: number;
  /** Speaker this verb attributes to, after resolving pronouns and anaphora. */
  speaker: Speaker | null;
}

/** First index in [0, n) where `ok` holds, for a predicate that is false then true. */
function lowerBound(n: number, ok: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function bareVerb(w: string): string {
  for (const pre of ['', 'و', 'ف', 'ول', 'وب']) {
    if (pre && !w.startsWith(pre)) continue;
    const rest = w.slice(pre.length);
    if (VERBS.has(rest) || PARTICIPLES.has(rest)) return rest;
  }
  return '';
}

function speakerOf(m: EntityMention): Speaker {
  return { name: m.name, id: m.id };
}

/** Direct quotes in `text` with their speakers, using the entity mentions already found in the same text. */
export function findQuotes(text: string, entities: EntityMention[]): QuoteMention[] {
  if (typeof text !== 'string') throw new TypeError('findQuotes: text must be a string');
  if (!Array.isArray(entities)) throw new TypeError('findQuotes: entities must be an array');
  const spans = quoteSpans(text);
  if (!spans.length) return [];
  const view = normalizeWithOffsets(text);
  const words = viewWords(text, view);
  // Spans are sorted and disjoint: binary search keeps this cheap on a whole day of text.
  const inQuote = (offset: number): boolean => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset <= spans[mid].open) hi = mid - 1;
      else if (offset >= spans[mid].close) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const sortedEntities = [...entities].sort((a, b) => a.start - b.start);
  const entityAt = new Map<number, EntityMention>();
  {
    let k = 0;
    for (let w = 0; w < words.length && k < sortedEntities.length; w++) {
      while (k < sortedEntities.length && sortedEntities[k].start < words[w].os) k++;
      if (k < sortedEntities.length && sortedEntities[k].start < words[w].oe) entityAt.set(w, sortedEntities[k]);
    }
  }
  /** A sentence terminator (outside any quote) between two offsets; ".." inside a sentence is not one. */
  const boundaryBetween = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const c = text[i];
      if (c === '\n' || c === '!' || c === '?' || c === '؟' || (c === '.' && text[i + 1] !== '.' && text[i - 1] !== '.')) {
        if (!inQuote(i)) return true;
      }
    }
    return false;
  };
  const isBoundary = (w: ViewWord, next: ViewWord | undefined): boolean => boundaryBetween(w.oe, next ? next.os : text.length);

  // Resolve every speech verb in reading order; quotes then borrow the resolution of their governing verb.
  const verbs: VerbEvent[] = [];
  let current: Speaker | null = null;
  for (let w = 0; w < words.length; w++) {
    if (inQuote(words[w].os)) continue;
    const verb = bareVerb(words[w].n);
    if (!verb) continue;
    let speaker: Speaker | null = null;
    if (PARTICIPLES.has(verb)) {
      for (let k = w - 1; k >= 0 && k >= w - 15; k--) {
        if (isBoundary(words[k], words[k + 1]) && k !== w - 1) break;
        const m = entityAt.get(k);
        if (m && (m.kind === 'person' || m.kind === 'org')) { speaker = speakerOf(m); break; }
      }
      speaker ??= current;
    } else {
      let named: Speaker | null = null;
      // "قالت المتحدثة باسم الخارجية الأمريكية فلانة": after a title the speaker is the person, not the organisation.
      const titled = w + 1 < words.length && isTitleWord(words[w + 1].n);
      let titledOrg: Speaker | null = null;
      let anaphoric = false;
      let place: EntityMention | undefined;
      const anonymous: string[] = [];
      for (let k = w + 1; k < words.length && k <= w + 14; k++) {
        if (inQuote(words[k].os)) break;
        const m = entityAt.get(k);
        if (m && m.kind === 'person') { named = speakerOf(m); break; }
        if (m && m.kind === 'org') {
          if (!titled) { named = speakerOf(m); break; }
          titledOrg ??= speakerOf(m);
        }
        if (m && m.kind === 'place' && k === w + 1) place = m;
        const bare = words[k].n;
        if (SUBJECT_END.has(bare) || bareVerb(bare)) break;
        if (k === w + 1 && ANAPHORA.has(bare)) anaphoric = true;
        if (!m && anonymous.length < 3 && !anaphoric && k - w - 1 === anonymous.length) anonymous.push(text.slice(words[k].os, words[k].oe));
        if (isBoundary(words[k], words[k + 1])) break;
        const gap = text.slice(words[k].oe, words[k + 1]?.os ?? text.length);
        if (/[،,:]/.test(gap)) break;
      }
      named ??= titledOrg;
      if (named) speaker = named;
      else if (place) speaker = speakerOf(place);
      else if (anaphoric || !anonymous.length) speaker = current;
      else speaker = { name: anonymous.join(' '), id: null };
    }
    if (speaker) current = speaker;
    verbs.push({ w, speaker });
  }

  const entityEndingAt = (offset: number): EntityMention | undefined => {
    const k = lowerBound(sortedEntities.length, (j) => sortedEntities[j].end >= offset) ;
    const e = sortedEntities[k];
    return e && e.end === offset ? e : undefined;
  };
  /** Headline style: «لافروف: "..."» — a person or organisation right before a colon. */
  const colonSpeaker = (open: number): Speaker | null => {
    const m = /([^\s:])\s*:\s*$/.exec(text.slice(Math.max(0, open - 40), open));
    if (!m) return null;
    const end = Math.max(0, open - 40) + m.index + 1;
    const e = entityEndingAt(end);
    return e && (e.kind === 'person' || e.kind === 'org') ? speakerOf(e) : null;
  };
  /** "..."، بحسب فلان / وفق فلان / نقلا عن فلان. */
  const sourcedAfter = (close: number, firstWordAfter: number): Speaker | null => {
    if (firstWordAfter >= words.length) return null;
    if (!/^[\s،,-]*$/.test(text.slice(close + 1, words[firstWordAfter].os))) return null;
    let k = firstWordAfter;
    const w = words[k].n;
    if (w === 'نقلا' && words[k + 1]?.n === 'عن') k += 2;
    else if (SOURCE_WORDS.has(w)) k += 1;
    else return null;
    const e = entityAt.get(k);
    return e && (e.kind === 'person' || e.kind === 'org') ? speakerOf(e) : null;
  };

  const out: QuoteMention[] = [];
  let vi = 0;
  for (const span of spans) {
    const inner = text.slice(span.open + 1, span.close);
    const trimmedStart = span.open + 1 + (inner.length - inner.trimStart().length);
    const trimmedEnd = span.close - (inner.length - inner.trimEnd().length);
    const quoted = text.slice(trimmedStart, trimmedEnd);
    const wordCount = quoted.split(/\s+/).filter(Boolean).length;
    if (wordCount < 2) continue;
    // «الكابيتول», «واشنطن»: a name in guillemets is not a quote.
    const e0 = lowerBound(sortedEntities.length, (k) => sortedEntities[k].start >= trimmedStart);
    const e = sortedEntities[e0];
    if (e && e.end <= trimmedEnd && e.surface.length >= quoted.length - 1) continue;

    // Governing verb: the last one before the quote within its sentence, else one right after it.
    const firstWordAfter = lowerBound(words.length, (k) => words[k].os >= span.close);
    let sentenceStart = firstWordAfter;
    {
      let k = firstWordAfter - 1;
      while (k >= 0 && words[k].oe > span.open) k--;
      if (k >= 0 && !boundaryBetween(words[k].oe, span.open)) {
        while (k > 0 && !isBoundary(words[k - 1], words[k])) k--;
        sentenceStart = k;
      }
    }
    while (vi < verbs.length && words[verbs[vi].w].os < span.open) vi++;
    let gov: VerbEvent | undefined;
    for (let k = vi - 1; k >= 0; k--) {
      if (verbs[k].w < sentenceStart) break;
      gov = verbs[k];
      break;
    }
    if (!gov && firstWordAfter < words.length) {
      // "..." قال فلان — only punctuation between the quote and the verb.
      const between = text.slice(span.close + 1, words[firstWordAfter].os);
      if (/^[\s،,.-]*$/.test(between) && !/[.]/.test(between)) {
        gov = verbs.find((v) => v.w === firstWordAfter);
      }
    }
    let speaker = gov?.speaker ?? null;
    if (!gov) speaker = colonSpeaker(span.open) ?? sourcedAfter(span.close, firstWordAfter);
    // Short unattributed quotes are names and titles in guillemets («الكابيتول»), not speech.
    if (wordCount < 4 && !speaker) continue;
    out.push({ text: quoted, speaker: speaker?.name ?? null, speakerId: speaker?.id ?? null, start: trimmedStart, end: trimmedEnd });
  }
  return out;
}
