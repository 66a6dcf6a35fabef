import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.ts';
import { runStoreSuite } from './store-suite.ts';

runStoreSuite('sqlite', () => openStore({ db: ':memory:' }));

test('sqlite store: creates the folder, uses WAL, and reopens an existing database without re-migrating', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-store-'));
  try {
    const path = join(dir, 'nested', 'marsad.db');
    const store = await openStore({ db: path });
    const s = await store.addSource({ url: 'https://palm-gazette.test/feed' });
    const raw = (store as unknown as { raw: { pragma(q: string, o: { simple: true }): unknown } }).raw;
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(raw.pragma('foreign_keys', { simple: true }), 1);
    await store.close();
    const again = await openStore({ db: path });
    assert.equal((await again.getSource(s.id))?.url, 'https://palm-gazette.test/feed');
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('openStore refuses a database URL it does not know', async () => {
  await assert.rejects(() => openStore({ url: 'mysql://x' }), /Unsupported database URL/);
});
