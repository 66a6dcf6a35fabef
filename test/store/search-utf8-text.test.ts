import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { decodeUtf8 } from '../../src/store/sqlite/utf8-text.ts';

// Seeded, so a failure names a reproducible case.
function rng(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

const PIECES = ['a', ' ', '\n', 'ب', 'الرَّئيـــسُ', 'ﻻ', 'ﷺ', '—', '€', '😀', '\u200c', '\u0654', 'é', 'z9', '\ud800', '\udc00', '\uffff'];

test('article text read as bytes decodes to exactly the string a TEXT read gives', () => {
  const r = rng(7);
  for (let i = 0; i < 2000; i++) {
    let s = '';
    const n = Math.floor(r() * 60);
    for (let k = 0; k < n; k++) s += PIECES[Math.floor(r() * PIECES.length)]!;
    const bytes = Buffer.from(s, 'utf8');
    assert.equal(decodeUtf8(bytes), bytes.toString('utf8'), JSON.stringify(s));
  }
  // Malformed and truncated sequences fall back to the ordinary decoder (replacement characters where it puts them).
  for (let i = 0; i < 2000; i++) {
    const bytes = Buffer.from(Array.from({ length: Math.floor(r() * 12) }, () => Math.floor(r() * 256)));
    assert.equal(decodeUtf8(bytes), bytes.toString('utf8'), bytes.toString('hex'));
  }
  for (const hex of ['d8', 'e0a0', 'c0af', 'c1bf', 'e080af', 'eda080', 'f09f98', 'f09f9880', 'ff', '80']) {
    const bytes = Buffer.from(hex, 'hex');
    assert.equal(decodeUtf8(bytes), bytes.toString('utf8'), hex);
  }
  const long = 'نص عربي طويل '.repeat(5000);
  assert.equal(decodeUtf8(Buffer.from(long)), long);
  assert.equal(decodeUtf8(Buffer.from('قصير')), 'قصير', 'a shorter text after a long one');
  assert.equal(decodeUtf8(null), '');
});

test('through SQLite: CAST(text AS BLOB) decoded equals the column read as text', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL, lead TEXT NOT NULL)`);
  const texts = ['', 'قال الرَّئيـــسُ: ﻻ 😀 € ok', 'plain ascii', 'مرحبا\u200cبكم\n\nفقرة'];
  const ins = db.prepare(`INSERT INTO t (text, lead) VALUES (?, ?)`);
  for (const t of texts) ins.run(t, `lead of ${t.length}`);
  const rows = db.prepare(`SELECT coalesce(nullif(text, ''), lead) AS s, CAST(coalesce(nullif(text, ''), lead) AS BLOB) AS b FROM t ORDER BY id`).all() as { s: string; b: Uint8Array | null }[];
  assert.equal(rows[0]!.s, 'lead of 0', 'an empty text shows the lead');
  for (const row of rows) assert.equal(decodeUtf8(row.b), row.s);
  db.close();
});
