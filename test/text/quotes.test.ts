import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findEntities } from '../../src/text/entities.ts';
import { findQuotes } from '../../src/text/quotes.ts';

const ARTICLE = readFileSync(new URL('./fixtures/diplomacy-article.txt', import.meta.url), 'utf8');

function quotes(text: string) {
  return findQuotes(text, findEntities(text, []));
}

test('a quote after "وقال <name>" and its "وأضاف" continuation go to the same speaker', () => {
  const text = 'وقال لافروف في مؤتمر صحفي "سنواصل الحوار مع جميع الأطراف".\n\nوأضاف "لن نقبل بأي قواعد أجنبية في المنطقة".';
  const found = quotes(text);
  assert.equal(found.length, 2);
  for (const q of found) assert.equal(q.speakerId, 'person:sergei-lavrov');
  assert.equal(found[0].speaker, 'سيرغي لافروف');
  assert.equal(found[0].text, 'سنواصل الحوار مع جميع الأطراف');
  for (const q of found) assert.equal(text.slice(q.start, q.end), q.text);
});

test('guillemets, curly quotes and a quote before its verb', () => {
  const text = 'قال أردوغان «لن نتراجع عن مواقفنا مهما كانت الضغوط». “نحن مستعدون للحوار بلا شروط” قال ماكرون للصحفيين.';
  const found = quotes(text);
  assert.deepEqual(found.map((q) => [q.speakerId, q.text]), [
    ['person:recep-tayyip-erdogan', 'لن نتراجع عن مواقفنا مهما كانت الضغوط'],
    ['person:emmanuel-macron', 'نحن مستعدون للحوار بلا شروط'],
  ]);
});

test('a pronoun-only verb or an anaphoric subject continues the last named speaker', () => {
  const text = 'وقال نتنياهو إن الحكومة ستجتمع. وأشار إلى أن الوزراء "سيصوتون على الخطة قبل نهاية الأسبوع".'
    + '\nوقالت وزارة الخارجية المصرية "نتابع التطورات عن كثب ونحذر من التصعيد". وأكد البيان أن القاهرة "ستواصل اتصالاتها مع جميع الأطراف".';
  const found = quotes(text);
  assert.deepEqual(found.map((q) => q.speakerId), ['person:benjamin-netanyahu', 'org:egypt-ministry-of-foreign-affairs', 'org:egypt-ministry-of-foreign-affairs']);
});

test('scare quotes and names in guillemets are not quotes; unnamed speakers keep their description', () => {
  const text = 'رحبت الحكومة بـ"تعزيز" التعاون، وحضر أنصاره في «الكابيتول» و«واشنطن». وقال مسؤول أمريكي "لا نرى أي تقدم حتى الآن".';
  const found = quotes(text);
  assert.equal(found.length, 1);
  assert.equal(found[0].speaker, 'مسؤول');
  assert.equal(found[0].speakerId, null);
});

test('an unclosed quote does not swallow the next paragraph', () => {
  const text = 'وصفت الحركة بأنها "منظمة "إرهابية"، إلا أنها أبقت على التواصل معها.\n\nوقال بوتين "العلاقات تتطور بثبات".';
  const found = quotes(text);
  assert.deepEqual(found.map((q) => [q.speakerId, q.text]), [['person:vladimir-putin', 'العلاقات تتطور بثبات']]);
});

test('fixture article: every quote with its speaker', () => {
  const found = quotes(ARTICLE);
  assert.deepEqual(found.map((q) => [q.speakerId, q.text.split(' ').slice(0, 3).join(' ')]), [
    ['person:badr-albusaidi', 'نريد أن تبقى'],
    ['person:badr-albusaidi', 'السلطنة لا تحمل'],
    ['person:abbas-araghchi', 'تدخل الجولة بنية'],
    ['org:qatar-ministry-of-foreign-affairs', 'ترحب دولة قطر'],
    ['org:qatar-ministry-of-foreign-affairs', 'على استعداد لتقديم'],
    ['person:badr-albusaidi', 'لن نسمح بأن'],
  ]);
  assert.equal(found[3].speaker, 'وزارة الخارجية القطرية');
  for (const q of found) assert.equal(ARTICLE.slice(q.start, q.end), q.text);
});

test('headline colons and "بحسب" name the speaker when no verb does', () => {
  const text = 'ماكرون: "أوروبا يجب أن تعتمد على نفسها في الدفاع"\n"الهدنة صامدة رغم الخروقات المتكررة"، بحسب الأمم المتحدة.';
  assert.deepEqual(quotes(text).map((q) => q.speakerId), ['person:emmanuel-macron', 'org:un']);
});
