import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { startHttpServer } from '../../src/http/server.ts';

test('startHttpServer listens on an ephemeral loopback port and closes', async () => {
  const app = new Hono().get('/', (c) => c.text('مرحبا'));
  const server = await startHttpServer(app, { port: 0, host: '127.0.0.1' });
  try {
    assert.ok(server.port > 0);
    const res = await fetch(`http://127.0.0.1:${server.port}/`);
    assert.equal(await res.text(), 'مرحبا');
  } finally {
    await server.close();
  }
  await assert.rejects(fetch(`http://127.0.0.1:${server.port}/`));
});

test('startHttpServer rejects when the port is taken', async () => {
  const app = new Hono();
  const first = await startHttpServer(app, { port: 0, host: '127.0.0.1' });
  try {
    await assert.rejects(startHttpServer(app, { port: first.port, host: '127.0.0.1' }));
  } finally {
    await first.close();
  }
});
