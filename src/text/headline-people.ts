// Which of the people a text names are named in its headline too. The gazetteer knows the newsmakers; the people a day's
// events are about (the dead, the victims, the appointed) are found by the title and speech-verb patterns in the body
// ("الإعلامي سعود الدوسري"), while the headline names them bare ("سعود الدوسري.. وداعاً"), where no pattern fires.
import { normalize } from './normalize.ts';
import { opensName, UNKNOWN_PERSON } from './entities.ts';

/** Proclitics a name may carry in a headline: و ف ب ل, alone or as the first letter of a pair (وب، ول). */
const PROCLITIC = /^[وف]?[بل]?$/u;

/**
 * Ids of the unknown people (`person:~name`, found by the patterns, not the gazetteer) among `entityIds` whose whole
 * name stands in `headline` as words of their own, a proclitic allowed on the first, or whose "al-" surname does
 * (see surnamed). Names are matched in the normalized form their ids carry.
 */
export function headlinePeople(headline: string, entityIds: readonly string[]): string[] {
  const out: string[] = [];
  let words: string[] | null = null;
  for (const id of entityIds) {
    if (!id.startsWith(UNKNOWN_PERSON)) continue;
    const name = id.slice(UNKNOWN_PERSON.length).trim();
    // One word is a given name or a surname, shared by too many people to say who the headline means. The patterns also
    // read what follows a title as a name when it is not one: an institution named after a king ("كلية الملك فهد
    // الأمنية": a feminine adjective last), a governor's province ("أمير منطقة عسير"), a verb ("أمير نجران يوجه ...").
    const parts = name.split(/\s+/);
    if (parts.length < 2 || out.includes(id) || !opensName(parts[0]!) || /^ال.+يه$/u.test(parts[parts.length - 1]!)) continue;
    words ??= normalize(headline).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (namedAt(words, parts) || surnamed(words, parts[parts.length - 1]!)) out.push(id);
  }
  return out;
}

/** The name's words stand in a row among `words`, the first with a proclitic or none. */
function namedAt(words: readonly string[], parts: readonly string[]): boolean {
  const first = parts[0]!;
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (!standsIn(words[i]!, first)) continue;
    let k = 1;
    while (k < parts.length && words[i + k] === parts[k]) k++;
    if (k === parts.length) return true;
  }
  return false;
}

/**
 * The name's "al-" surname stands alone among `words` (a proclitic allowed) after the first word: the body names the
 * person in full, so the headline means him ("تركي الشبانة: رحيل الدوسري خسارة للإعلام العربي"). Not as the first word,
 * where a surname is a speaker ("المعيبد: ..."), whose statements of one day are several stories; not a family named
 * after a given name ("الفيصل", "السلمان"): many people, and exhibitions and buildings named after them.
 */
function surnamed(words: readonly string[], last: string): boolean {
  if (!last.startsWith('ال') || last.length < 6 || opensName(last.slice(2))) return false;
  for (let i = 1; i < words.length; i++) if (standsIn(words[i]!, last)) return true;
  return false;
}

/** `w` is `word`, a proclitic allowed. */
function standsIn(w: string, word: string): boolean {
  return w.endsWith(word) && PROCLITIC.test(w.slice(0, w.length - word.length));
}
