// Occasions that every organisation or family holds in turn and the press reports as a series of notices: Eid greeting
// parties ("وزارة النقل تعايد منسوبيها"), receptions of well-wishers, weddings ("أفراح آل سالم"), births ("سلمى تضيء
// منزل آل ناصر"). One template, a different host in each headline: an outlet reports each instance once, so its second
// notice is another instance.

/** Light stems (src/text/light-stemmer.ts) of the nouns and verbs that name such an occasion. */
const ROUTINE_OCCASION_STEMS = new Set([
  'معايد', 'تعايد', 'يعايد', 'عايد', // Eid greetings: معايدة، تعايد، يعايد، عايد
  'مهنء', 'تهان', // well-wishers and greetings: المهنئين، التهاني
  'زفاف', 'افراح', 'زواج', // weddings
  'يرزق', // a birth: "آل فلان يرزق بـ«خالد»"
  'تعزير', 'قصاص', // an execution: "القتل تعزيراً لجانيين بجازان", "تنفيذ حكم القتل قصاصاً في جانٍ"
]);
/** A birth notice's headline: a child "lights up" a family's home (ينير / يضيء منزل، تضيء بيت). */
const LIGHTS_UP_STEMS = new Set(['ينير', 'تنير', 'يضء', 'تضء']);
const HOME_STEMS = new Set(['منزل', 'بيت']);

/** The stems (a headline's) name a routine occasion. */
export function namesRoutineOccasion(stems: readonly string[]): boolean {
  let lights = false, home = false;
  for (const s of stems) {
    if (ROUTINE_OCCASION_STEMS.has(s)) return true;
    if (LIGHTS_UP_STEMS.has(s)) lights = true;
    else if (HOME_STEMS.has(s)) home = true;
  }
  return lights && home;
}
