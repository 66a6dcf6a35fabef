import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/tokenizer.ts';

test('offsets point into the original text, marks and controls included', () => {
  const text = 'قالَ الرَّئِيسُ «إنّ الحكـومة» و\u200fالرئيس';
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.surface);
  assert.deepEqual(tokens.map((t) => t.surface), ['قالَ', 'الرَّئِيسُ', 'إنّ', 'الحكـومة', 'و\u200fالرئيس']);
  assert.deepEqual(tokens.map((t) => t.norm), ['قال', 'الرءيس', 'ان', 'الحكومه', 'والرءيس']);
  assert.equal(tokens[4]!.stem, 'رءيس');
});

test('numbers with Arabic and ASCII decimal and thousands marks', () => {
  const tokens = tokenize('بلغ ١٢٫٥٪ من ١٬٢٠٠ و 1,000,000 و 3.75 في ۲۰۱۵');
  const numbers = tokens.filter((t) => t.kind === 'number');
  assert.deepEqual(numbers.map((t) => t.norm), ['12.5', '1200', '1000000', '3.75', '2015']);
  assert.deepEqual(numbers.map((t) => t.surface), ['١٢٫٥', '١٬٢٠٠', '1,000,000', '3.75', '۲۰۱۵']);
});

test('a comma not followed by three digits ends the number', () => {
  const nums = tokenize('الأعداد 3,4 و 12,50').filter((t) => t.kind === 'number').map((t) => t.norm);
  assert.deepEqual(nums, ['3', '4', '12', '50']);
});

test('URLs, emails and handles stay whole', () => {
  const text = 'المصدر https://example.com/ar/news?id=5. راسلونا: desk@example.org أو تابعوا @Marsad_News وwww.example.net/x';
  const tokens = tokenize(text);
  const byKind = (k: string) => tokens.filter((t) => t.kind === k).map((t) => t.surface);
  assert.deepEqual(byKind('url'), ['https://example.com/ar/news?id=5', 'www.example.net/x']);
  assert.deepEqual(byKind('email'), ['desk@example.org']);
  assert.deepEqual(byKind('handle'), ['@Marsad_News']);
  assert.equal(tokens.find((t) => t.kind === 'handle')!.norm, '@marsad_news');
});

test('a URL in parentheses drops the closing parenthesis', () => {
  const t = tokenize('(انظر http://example.com/a)').find((x) => x.kind === 'url');
  assert.equal(t?.surface, 'http://example.com/a');
});

test('Latin words are lowercased and Snowball-stemmed; mixed text keeps each token kind', () => {
  const tokens = tokenize('قالت Reuters إن the Presidents’ elections جرت في Москва');
  const latin = tokens.filter((t) => t.kind === 'latin');
  assert.deepEqual(latin.map((t) => t.norm), ['reuters', 'the', 'presidents', 'elections']);
  assert.equal(latin.find((t) => t.norm === 'elections')!.stem, 'elect');
  assert.ok(latin.find((t) => t.norm === 'the')!.stop);
  assert.equal(tokens.at(-1)!.kind, 'other');
  assert.equal(tokens.at(-1)!.norm, 'москва');
  assert.equal(tokens[0]!.kind, 'arabic');
});

test('presentation forms and the lam-alef ligature become ordinary words', () => {
  const tokens = tokenize('\ufefb \ufe8d\ufedf\ufeb4\ufefc\ufee1');
  assert.deepEqual(tokens.map((t) => t.norm), ['لا', 'السلام']);
  assert.equal(tokens[1]!.stem, 'سلام');
});

test('stopwords are flagged, content words are not', () => {
  const tokens = tokenize('وقال الوزير إن الحكومة في بيروت');
  assert.deepEqual(tokens.map((t) => t.stop), [true, false, true, false, true, false]);
});

test('empty and separator-only input gives no tokens', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' ،؛ ... \u200f\n'), []);
  assert.deepEqual(tokenize('ـــ َ'), []);
});

test('Arabic letters and digits glued together split into two tokens', () => {
  const tokens = tokenize('كوفيد19 و2015م');
  assert.deepEqual(tokens.map((t) => [t.kind, t.norm]), [['arabic', 'كوفيد'], ['number', '19'], ['arabic', 'و'], ['number', '2015'], ['arabic', 'م']]);
});

test('results do not depend on the word cache: the same words after many distinct ones come out the same', () => {
  const text = 'وللأطفالِ حقوقٌ في الحكومة والمسئولين Elections';
  const before = tokenize(text);
  // Enough distinct spellings (27^4 > 530k) to overflow and reset the bounded cache (2^18 entries) twice.
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const words: string[] = [];
  const L = letters.length;
  for (let i = 0; i < 530_000; i++) {
    words.push(letters[i % L]! + letters[Math.floor(i / L) % L]! + letters[Math.floor(i / L / L) % L]! + letters[Math.floor(i / L / L / L) % L]!);
  }
  assert.equal(tokenize(words.join(' ')).length, 530_000);
  assert.deepEqual(tokenize(text), before);
  assert.deepEqual(before.map((t) => t.stem), ['اطفال', 'حقوق', 'في', 'حكوم', 'مسءول', 'elect']);
});
