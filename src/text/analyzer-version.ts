// The version of what the analyzer writes into the store (index terms, entities, quotes). A database records the version
// its stored terms were built with, so `marsad doctor` can tell when they predate the running analyzer and
// `marsad search reindex` must run. Bump it with any change that alters indexTerms() or analyze() output for some text.
//   1: every database built before versions were recorded (no value stored)
//   2: ئ spelt ىء/يء stems like the carrier (شاطىء/شاطئ); a name that strips back to nothing is no entity
//   3: a family name after a given name is the person, not the country or a namesake ("منصور التركي"); للحج is the Hajj;
//      professions and ranks ("الإعلامي", "الشهيد", "الرقيب أول") are titles before a given name
//   4: 46 Saudi governorates are places (الدوادمي، المجمعة، بيشة، الزلفي …)
//   5: after a title, a region's noun, what the official did or an occasion is no name ("أمير منطقة عسير", "يعتمد ترسية")
export const ANALYZER_VERSION = '5';
