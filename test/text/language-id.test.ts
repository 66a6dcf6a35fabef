import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/text/language-id.ts';

test('Arabic, including Arabic text with Latin names and addresses', () => {
  assert.equal(detectLanguage('أعلنت الحكومة اليوم عن خطة جديدة لدعم المدارس في المدن الصغيرة'), 'ar');
  assert.equal(detectLanguage('قالت وكالة Reuters في تقرير على https://example.com/news/world/very-long-path إن المحادثات مستمرة'), 'ar');
});

test('Persian and Urdu by their own letters', () => {
  assert.equal(detectLanguage('این یک متن کوتاه فارسی است که برای آزمایش نوشته شده و درباره کتاب است'), 'fa');
  assert.equal(detectLanguage('یہ ایک مختصر اردو متن ہے جو جانچ کے لیے لکھا گیا ہے اور بڑا اچھا ہے'), 'ur');
});

test('Latin-script languages by function words', () => {
  assert.equal(detectLanguage('The minister said that the talks with the delegation were useful'), 'en');
  assert.equal(detectLanguage('Le ministre a déclaré que les discussions avec la délégation étaient utiles'), 'fr');
  assert.equal(detectLanguage('El ministro dijo que las conversaciones con los delegados fueron útiles'), 'es');
});

test('other scripts and nothing at all', () => {
  assert.equal(detectLanguage('Министр заявил, что переговоры были полезными'), 'ru');
  assert.equal(detectLanguage('השר אמר שהשיחות היו מועילות'), 'he');
  assert.equal(detectLanguage('部长说会谈很有用'), 'zh');
  assert.equal(detectLanguage('12345 !!!'), 'und');
  assert.equal(detectLanguage(''), 'und');
});
