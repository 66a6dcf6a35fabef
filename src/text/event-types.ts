// Arabic news names one kind of event with many nouns: a bombing is "التفجير", "الهجوم", "الاعتداء الآثم", "العمل
// الإرهابي", "الجريمة", "العمل الجبان" — the reports and reactions of one attack rarely share the same one. Each class
// below maps those nouns (as the shared analyzer stems them) to one id, so the story stage can see that a reaction
// condemning "the cowardly crime" names the same kind of event as reports of "the bombing".
import { indexTerms } from './analyze.ts';

/** Surface words per class, in several of their forms; stemmed once with the shared analyzer. */
const CLASSES: Record<string, string[]> = {
  // Reaction adjectives ("الجبان", "الآثم", "الغاشم") are used of attacks and crimes alone in news Arabic.
  attack: ['التفجير', 'التفجيرات', 'انفجار', 'الهجوم', 'الهجمات', 'الاعتداء', 'الاعتداءات', 'الإرهاب', 'الإرهابي',
    'الإرهابية', 'الجريمة', 'الإجرامي', 'الإجرامية', 'الانتحاري', 'الجبان', 'الآثم', 'الغاشم'],
  fire: ['حريق', 'الحرائق', 'النيران'],
  flood: ['السيول', 'فيضان', 'الفيضانات'],
  crash: ['تصادم', 'اصطدام'],
  quake: ['زلزال', 'الزلازل'],
};

const CLASS_OF = new Map<string, string>();
for (const [name, words] of Object.entries(CLASSES)) {
  for (const w of words) for (const stem of indexTerms(w).stems) CLASS_OF.set(stem, `event:${name}`);
}

/** The event-type ids (`event:attack`, …) the given analyzer stems name, each once, in first-mention order. */
export function eventTypeIds(stems: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of stems) {
    const id = CLASS_OF.get(s);
    if (id !== undefined && !out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * Stems a reaction does not use to point at the event: "الإرهاب" is terrorism in general ("معرض لنبذ الإرهاب"), and
 * "آثم" alone is a sinner as often as the sinful attack.
 */
const NOT_REFERRING = new Set(['الإرهاب', 'الآثم'].flatMap((w) => indexTerms(w).stems));
/** An article on the word (with a conjunction or preposition before it), as the analyzer's surface form writes it. */
const DEFINITE = /^(?:[وف]?[بلك]?ال|[وف]?لل)/;

/**
 * Event types the words name as an event the reader already knows: with the article ("التفجير", "العمل الجبان",
 * "الجريمة الإرهابية") or annexed to a definite word ("تفجير الركعة"). A reaction refers to its event this way; a report
 * of a new event introduces it without ("مقتل سبعة في هجوم على فندق"). `surface` and `stems` as indexTerms gives them.
 */
export function referredEventTypeIds(surface: readonly string[], stems: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const id = CLASS_OF.get(stems[i]!);
    if (id === undefined || out.includes(id) || NOT_REFERRING.has(stems[i]!)) continue;
    if (DEFINITE.test(surface[i]!) || (i + 1 < surface.length && DEFINITE.test(surface[i + 1]!))) out.push(id);
  }
  return out;
}
