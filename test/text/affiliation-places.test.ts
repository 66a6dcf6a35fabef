// Places in headlines: where an event happened, or whose official, institution or people are speaking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAffiliation, officeOnlyPlaceIds, officeOnlyPlaceIdsByWords } from '../../src/text/affiliation-places.ts';
import { normalize } from '../../src/text/normalize.ts';
import { storyTextAnalyzer } from '../../src/pipeline/story-analyzer.ts';
import { buildStoryDoc } from '../../src/stories/story-doc.ts';

const at = (text: string, place: string) => isAffiliation(text, text.indexOf(place));

test('a place after an office, an institution or its people is an affiliation', () => {
  assert.ok(at('أمير نجران: الإرهابيون لن ينالوا من وحدتنا', 'نجران'));
  assert.ok(at('أمير منطقة تبوك يعزي أسر الضحايا', 'تبوك'), 'a place word (منطقة) may stand between');
  assert.ok(at('مدير جامعة تبوك يستنكر الهجوم', 'تبوك'));
  assert.ok(at('وأمير الباحة يعزي القيادة', 'الباحة'), 'a leading conjunction on the office');
  assert.ok(at('أهالي حائل يستنكرون', 'حائل'));
});

test('a quoted name after "to" is the newspaper a speaker told, not a place', () => {
  assert.ok(at('مواطنون في الشرقية لـ«الرياض»: لن يستطيع الإرهاب سلب أمننا', 'الرياض'));
  assert.ok(at('وزير الخارجية ل«الرياض»: القوائم بيد الحكومة', 'الرياض'));
  assert.ok(at('قال لـ "جدة" اليوم', 'جدة'));
  assert.ok(!at('وصل الوفد إلى الرياض', 'الرياض'), 'without the quotes it is the city');
  assert.deepEqual(storyTextAnalyzer.localPlaceIds!('مواطنون لـ«الرياض»: لن يستطيع الإرهاب سلب أمننا'), []);
});

test('a place where something happens is not an affiliation', () => {
  assert.ok(!at('حريق في جدة يلتهم مستودعا', 'جدة'));
  assert.ok(!at('المقاومة تحرر الضالع بالكامل', 'الضالع'));
  assert.ok(!at('السيطرة على محافظة الضالع', 'الضالع'), 'a province named as such is still the place of the event');
  assert.ok(!at('تبوك تستقبل أول رحلة دولية', 'تبوك'), 'at the start of the headline');
});

test('the story analyzer gives a headline\'s event places, not its affiliations', () => {
  const places = storyTextAnalyzer.localPlaceIds!;
  assert.deepEqual(places('حريق في جدة يلتهم مستودعا'), ['place:jeddah']);
  assert.deepEqual(places('أمير نجران: الإرهابيون لن ينالوا من وحدتنا'), []);
  assert.deepEqual(places('أمير الرياض يتفقد مصابي حريق جدة'), ['place:jeddah']);
});

test('a head of state\'s country is whom a cable speaks to: the analyzer gives it as an affiliation, countries included', () => {
  const aff = storyTextAnalyzer.affiliatedPlaceIds!;
  assert.deepEqual(aff('القيادة تهنئ رئيس النيجر بذكرى الاستقلال'), ['place:niger']);
  assert.deepEqual(aff('خادم الحرمين يهنئ حاكم عام جامايكا بذكرى استقلال بلاده'), ['place:jamaica'], '"عام" may stand between');
  assert.deepEqual(aff('أمير نجران يواسي والد الشهيد'), ['place:najran']);
  assert.deepEqual(aff('وصول أول رحلة من النيجر إلى جدة'), [], 'places where something happens are not');
  assert.deepEqual(storyTextAnalyzer.localPlaceIds!('القيادة تهنئ رئيس النيجر بذكرى الاستقلال'), [], 'and a country is no local place');
});

test('the countries a headline names, wherever it names them, are told apart from its towns', () => {
  const countries = storyTextAnalyzer.countryIds!;
  assert.deepEqual(countries('انكماش نشاط المصانع في الصين'), ['place:china']);
  assert.deepEqual(countries('حريق في جدة يلتهم مستودعا'), [], 'a town is no country');
  assert.deepEqual(storyTextAnalyzer.affiliatedPlaceIds!('الجريمة النكراء في الكويت لن تمر دون عقاب'), [], 'a country where something happened is no speaker\'s own');
});

test('a region whose name is also a common word is read only after an office', () => {
  assert.deepEqual(officeOnlyPlaceIds('أمير عسير ينقل تعازي القيادة لأسرة الشهيد'), ['place:asir']);
  assert.deepEqual(officeOnlyPlaceIds('وأمير منطقة الحدود الشمالية يزور المصابين'), ['place:northern-borders'], 'a two-word name after a place word');
  assert.deepEqual(officeOnlyPlaceIds('تعليم المدينة يعلن مواعيد المقابلات'), ['place:medina']);
  assert.deepEqual(officeOnlyPlaceIds('مدير تعليم بالمدينة يعلن مواعيد المقابلات'), ['place:medina'], 'the name under a preposition');
  assert.deepEqual(officeOnlyPlaceIds('جولة لأمير للشرقية'), ['place:eastern-province'], '"لل" for "ل" + "ال"');
  assert.deepEqual(officeOnlyPlaceIds('«عمل الجوف» يضبط مخالفات لقرار منع العمل تحت الشمس'), ['place:al-jawf'], 'a labour office');
  assert.deepEqual(officeOnlyPlaceIds('مخاض عسير لتشكيل الحكومة'), [], 'the adjective');
  assert.deepEqual(officeOnlyPlaceIds('المدينة الجديدة تستقبل سكانها'), [], 'the common noun');
  assert.deepEqual(officeOnlyPlaceIds('الغوطة الشرقية تحت القصف'), []);
  assert.deepEqual(officeOnlyPlaceIds('هلال المدينة يباشر آلاف البلاغات في العيد'), ['place:medina'], 'a Red Crescent branch');
  assert.deepEqual(officeOnlyPlaceIds('حرس حدود الشرقية ينقذ سباحين من الغرق'), ['place:eastern-province'], 'a border guard command');
});

test('reading only the words around a name finds what reading every word finds', () => {
  // Offices, place words, the names with clitics, their look-alikes, punctuation, digits, Latin and astral characters
  // (an emoji, a mathematical letter), in random order: every pairing of neighbours the reading depends on.
  const pieces = ['أمير', 'وأمير', 'لأمير', 'تعليم', 'مدير', 'صحة', 'منطقة', 'محافظة', 'عسير', 'بعسير', 'الشرقية', 'للشرقية',
    'الحدود', 'الشمالية', 'الجوف', 'المدينة', 'بالمدينة', 'ينبع', 'مدينة', 'حدود', 'شرقية', 'يزور', 'اليوم', 'في', '«', '»', ':',
    '،', '-', '\n', ' ', '  ', '15', 'news', '\u{1F600}', '\u{1D400}', '\u{20000}', 'ـ'];
  let seed = 11;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  let found = 0;
  for (let k = 0; k < 3000; k++) {
    const parts: string[] = [];
    for (let j = 1 + rnd(12); j > 0; j--) parts.push(pieces[rnd(pieces.length)]!);
    const text = parts.join(rnd(3) === 0 ? '' : ' ');
    const fast = officeOnlyPlaceIds(text);
    assert.deepEqual(fast, officeOnlyPlaceIdsByWords(normalize(text)), JSON.stringify(text));
    if (fast.length) found++;
  }
  // A letter outside the BMP glued to a name makes one word of both, as WORD reads it: no name.
  assert.deepEqual(officeOnlyPlaceIds('أمير عسير\u{20000} يزور'), []);
  assert.deepEqual(officeOnlyPlaceIds('أمير \u{20000}عسير يزور'), []);
  assert.ok(found > 200, `the random texts name regions after offices often enough to mean something (${found})`);
});

test('the story document carries those regions as the headline\'s affiliations and as mentions of the text, not as entities', () => {
  const d = buildStoryDoc({ articleId: 1, sourceId: 1, time: 0, title: 'أمير عسير يستقبل مدير الجامعة', lead: '', text: 'استقبل أمير منطقة عسير في مكتبه بمدينة أبها اليوم مدير الجامعة واطلع على خطط القبول للعام الجامعي الجديد وبرامج الابتعاث ومشروعات المدينة الجامعية.' }, storyTextAnalyzer);
  assert.ok(d.headlineAffiliations!.includes('place:asir'));
  assert.deepEqual(d.officePlaces, ['place:asir']);
  assert.ok(!d.entityIds.includes('place:asir'));
});

test('the story analyzer answers each text for itself: what it keeps of one headline never answers for another', () => {
  const a = storyTextAnalyzer;
  const head = 'أمير عسير يزور المصابين';
  const other = 'تعليم المدينة يعلن مواعيد المقابلات في جدة';
  const third = 'حريق في تبوك يلتهم مستودعا';
  // Asked in turns, as a story doc asks of a headline and of its text, then of the next article's: what is kept from
  // one text must never answer for another.
  for (let round = 0; round < 2; round++) {
    assert.deepEqual(a.officeOnlyPlaceIds!(head), ['place:asir']);
    assert.deepEqual(a.officeOnlyPlaceIds!(other), ['place:medina']);
    assert.deepEqual(a.localPlaceIds!(other), ['place:jeddah']);
    assert.deepEqual(a.localPlaceIds!(third), ['place:tabuk']);
    assert.deepEqual(a.officeOnlyPlaceIds!(third), []);
    assert.deepEqual(a.localPlaceIds!(other.split(' ').join(' ')), ['place:jeddah'], 'an equal text built anew');
    assert.ok(a.entityIds!(third).includes('place:tabuk'));
    assert.ok(!a.entityIds!(head).includes('place:tabuk'));
  }
});
