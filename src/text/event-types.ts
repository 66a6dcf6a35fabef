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
