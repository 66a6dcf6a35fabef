// The address decision is tested directly; the guard is tested with an injected resolver, so nothing here opens a
// socket or sends a DNS query.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SsrfGuard, checkUrlShape, isBlockedAddress } from '../../src/ingest/ssrf-guard.ts';
import { FetchError } from '../../src/ingest/types.ts';
import type { ConnectAttempt } from '../../src/ingest/types.ts';

const BLOCKED = [
  '127.0.0.1', '127.1.2.3', '10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.254', '192.168.1.1',
  '169.254.169.254', '169.254.0.1', '100.64.0.1', '100.127.255.254', '0.0.0.0', '0.1.2.3', '224.0.0.1', '239.255.255.250',
  '255.255.255.255', '240.0.0.1', '192.0.2.1', '198.51.100.7', '203.0.113.9', '198.18.0.1',
  '::1', '::', 'fc00::1', 'fd12:3456:789a::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1', 'fec0::1',
  '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '::ffff:192.168.1.1', '::ffff:7f00:1',
  '::127.0.0.1', '64:ff9b::10.0.0.1', '64:ff9b::a9fe:a9fe', '64:ff9b:1::1.2.3.4', '2002:0a00:0001::1', '2001:db8::1',
  '[::1]', 'not-an-ip', '', '999.1.1.1',
];
const ALLOWED = [
  '93.184.216.34', '8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '169.253.255.255', '11.0.0.1',
  '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8', '2002:0808:0808::1',
];

for (const ip of BLOCKED) test(`blocked: ${ip || '(empty)'}`, () => assert.equal(isBlockedAddress(ip), true));
for (const ip of ALLOWED) test(`allowed: ${ip}`, () => assert.equal(isBlockedAddress(ip), false));

function guardWith(answers: Record<string, string[]>, allowlist: string[] = []) {
  const attempts: ConnectAttempt[] = [];
  const guard = new SsrfGuard({
    allowlist,
    lookup: async (h) => (answers[h] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    connectHook: (a) => void attempts.push(a),
  });
  return { guard, attempts };
}

const isCode = (code: string) => (e: unknown) => e instanceof FetchError && e.code === code;

test('literal private addresses are refused without any lookup', async () => {
  const { guard } = guardWith({});
  for (const u of ['http://10.0.0.1/', 'http://192.168.1.1:8080/x', 'http://169.254.169.254/latest', 'http://[::1]/', 'http://[fd00::5]/']) {
    await assert.rejects(guard.check(u), isCode('ssrf-blocked'), u);
  }
});

test('integer and hex spellings of loopback are normalised by the URL parser and refused', async () => {
  const { guard } = guardWith({});
  for (const u of ['http://2130706433/', 'http://0x7f.0.0.1/', 'http://0177.0.0.1/', 'http://127.1/']) {
    await assert.rejects(guard.check(u), isCode('ssrf-blocked'), u);
  }
});

test('names are judged by every address they resolve to; the connect hook is not reached', async () => {
  const { guard, attempts } = guardWith({ 'a.test': ['93.184.216.34', '10.0.0.1'], 'b.test': ['::ffff:192.168.1.1'] });
  await assert.rejects(guard.addressForConnect('a.test', 80), isCode('ssrf-blocked'));
  await assert.rejects(guard.addressForConnect('b.test', 443), isCode('ssrf-blocked'));
  assert.equal(attempts.length, 0);
});

test('a public answer passes and the connect hook sees the pinned address', async () => {
  const { guard, attempts } = guardWith({ 'news.test': ['93.184.216.34'] });
  const chosen = await guard.addressForConnect('news.test', 443);
  assert.equal(chosen.address, '93.184.216.34');
  assert.deepEqual(attempts, [{ host: 'news.test', port: 443, address: '93.184.216.34' }]);
});

test('the allowlist matches exact host:port pairs only', async () => {
  const { guard } = guardWith({ 'local.test': ['127.0.0.1'] }, ['127.0.0.1:43123', '[::1]:8080']);
  await guard.check('http://127.0.0.1:43123/feed');
  await guard.check('http://local.test:43123/feed');
  await guard.check('http://[::1]:8080/');
  await assert.rejects(guard.check('http://127.0.0.1:43124/feed'), isCode('ssrf-blocked'));
  await assert.rejects(guard.check('http://127.0.0.1/feed'), isCode('ssrf-blocked'));
  await assert.rejects(guard.check('http://[::1]:8081/'), isCode('ssrf-blocked'));
});

test('schemes other than http(s), credentials and garbage are bad URLs', () => {
  for (const u of ['file:///etc/passwd', 'ftp://a.example/', 'gopher://a.example/', 'javascript:alert(1)', 'data:text/plain,x', 'http://u:p@a.example/', 'http://:p@a.example/', 'not a url', '/relative']) {
    assert.throws(() => checkUrlShape(u), isCode('bad-url'), u);
  }
  assert.equal(checkUrlShape('HTTPS://A.Example/x').href, 'https://a.example/x');
});

test('a failing resolver is a network error, not a pass', async () => {
  const guard = new SsrfGuard({ lookup: async () => { throw new Error('SERVFAIL'); } });
  await assert.rejects(guard.check('http://down.test/'), isCode('network'));
  const empty = new SsrfGuard({ lookup: async () => [] });
  await assert.rejects(empty.check('http://nothing.test/'), isCode('network'));
});
