// The OpenAPI document against the OpenAPI 3.1 schema (a validator that is not ours), and every documented operation and
// status called on the fixture app with each body checked against the schema the document itself gives for it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Hono } from 'hono';
import { createApp } from '../../src/http/app.ts';
import type { HttpDeps } from '../../src/http/deps.ts';
import { search } from '../../src/search/search.ts';
import type { Store } from '../../src/store/types.ts';
import { buildFixture, depsFor, stubEngine, type Fixture } from './http-fixture.ts';

type Json = Record<string, any>;

let fx: Fixture;
let doc: Json;
let ajv: Ajv2020;

function appWith(overrides: Partial<HttpDeps> = {}): Hono {
  return createApp(depsFor(fx, { engine: stubEngine(fx), search: (q, o) => search(fx.store, q, o), ...overrides }));
}

/** A store whose every method fails at once, the way a lost database connection does. */
const brokenStore = new Proxy({} as Store, {
  get: (_target, prop) =>
    prop === 'then'
      ? undefined
      : () => {
          throw new Error('the database is gone');
        },
});

before(async () => {
  fx = await buildFixture();
  doc = (await (await appWith().request('/api/v1/openapi.json')).json()) as Json;
  ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  // The document's own top-level fields are not JSON Schema keywords; naming them keeps strict mode on for the rest.
  ajv.addVocabulary(['openapi', 'info', 'servers', 'paths', 'components']);
  ajv.addSchema(doc, 'urn:marsad:openapi');
});

test('the document is a valid OpenAPI 3.1 description', async () => {
  assert.equal(doc.openapi, '3.1.0');
  const validator = new Validator();
  const result = await validator.validate(structuredClone(doc));
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 1));
  assert.equal(validator.version, '3.1');
});

test('every GET route the app serves under /api/v1 is documented', () => {
  const served = appWith()
    .routes.filter((r) => r.method === 'GET' && r.path.startsWith('/api/v1/'))
    .map((r) => r.path.slice('/api/v1'.length).replace(/:([a-z]+)/gi, '{$1}'));
  assert.ok(served.length >= 6);
  for (const path of served) assert.ok(doc.paths[path]?.get, `${path} is served but not documented`);
});

interface Call {
  /** The documented path template and status this call exercises. */
  path: string;
  status: number;
  url: string;
  app?: () => Hono;
  headers?: () => Promise<Record<string, string>>;
}

// A copy the client already holds: the ETag of a 200 for the same URL.
const etagOf = (url: string) => async () => {
  const res = await appWith().request(url);
  assert.equal(res.status, 200, url);
  const tag = res.headers.get('etag');
  assert.ok(tag, `${url} has an ETag`);
  return { 'If-None-Match': tag };
};

function calls(): Call[] {
  const a = fx.articles;
  const broken = () => appWith({ store: brokenStore });
  const list: Call[] = [
    { path: '/stories', status: 200, url: '/stories' },
    { path: '/stories', status: 200, url: '/stories?limit=1&order=recent&min_articles=2&since=2026-11-01' },
    { path: '/stories', status: 400, url: '/stories?limit=0' },
    { path: '/stories', status: 400, url: '/stories?cursor=not-a-cursor' },
    { path: '/stories', status: 304, url: '/stories', headers: etagOf('/api/v1/stories') },
    { path: '/stories', status: 500, url: '/stories', app: broken },
    { path: '/stories/{id}', status: 404, url: '/stories/999' },
    { path: '/stories/{id}', status: 304, url: '/stories/1', headers: etagOf('/api/v1/stories/1') },
    { path: '/stories/{id}', status: 500, url: '/stories/1', app: broken },
    { path: '/articles/{id}', status: 404, url: '/articles/999' },
    { path: '/articles/{id}', status: 304, url: `/articles/${a.bridgeWahat}`, headers: etagOf(`/api/v1/articles/${a.bridgeWahat}`) },
    { path: '/articles/{id}', status: 500, url: `/articles/${a.bridgeWahat}`, app: broken },
    { path: '/search', status: 200, url: '/search?q=' + encodeURIComponent('الجسر') + '&limit=5' },
    { path: '/search', status: 200, url: '/search?q=' + encodeURIComponent('لا شيء يطابق هذا') },
    { path: '/search', status: 400, url: '/search' },
    { path: '/search', status: 400, url: '/search?q=' + encodeURIComponent('"جسر') },
    { path: '/search', status: 503, url: '/search?q=x', app: () => appWith({ search: async () => Promise.reject(new Error('index offline')) }) },
    { path: '/search', status: 304, url: '/search?q=x', headers: etagOf('/api/v1/search?q=x') },
    {
      path: '/search',
      status: 500,
      url: '/search?q=x',
      // The search answered, but naming its stories needs the store, and the store is gone.
      app: () =>
        appWith({
          store: brokenStore,
          search: async () => ({ hits: [{ articleId: 1, storyId: 1, url: 'https://news.example/x', title: 'x', source: 's', publishedAt: null }] }),
        }),
    },
    { path: '/sources', status: 200, url: '/sources' },
    { path: '/sources', status: 304, url: '/sources', headers: etagOf('/api/v1/sources') },
    { path: '/sources', status: 500, url: '/sources', app: broken },
    { path: '/openapi.json', status: 200, url: '/openapi.json' },
    { path: '/openapi.json', status: 304, url: '/openapi.json', headers: etagOf('/api/v1/openapi.json') },
  ];
  // Every story and article of the fixture, so wire copies, hostile text and lead-only sources are all checked.
  for (const id of Object.values(fx.stories)) list.push({ path: '/stories/{id}', status: 200, url: `/stories/${id}` });
  for (const id of Object.values(a)) list.push({ path: '/articles/{id}', status: 200, url: `/articles/${id}` });
  return list;
}

function pointer(...parts: string[]): string {
  return parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

test('every documented operation and status, called, answers as its schema in the document says', async (t) => {
  t.mock.method(console, 'error', () => undefined);
  const exercised = new Set<string>();
  for (const call of calls()) {
    const where = `GET ${call.url} (${call.path} ${call.status})`;
    const template = new RegExp('^' + call.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/?]+') + '(\\?|$)');
    assert.match(call.url, template, `${where}: the URL fits the documented path`);
    const op = doc.paths[call.path]?.get;
    assert.ok(op, `${where}: documented`);
    const spec = op.responses[String(call.status)];
    assert.ok(spec, `${where}: status ${call.status} is documented`);

    const res = await (call.app ?? appWith)().request(`/api/v1${call.url}`, { headers: call.headers ? await call.headers() : {} });
    assert.equal(res.status, call.status, where);
    for (const name of Object.keys(spec.headers ?? {})) assert.ok(res.headers.get(name), `${where}: header ${name}`);

    const media = spec.content?.['application/json'];
    const text = await res.text();
    if (!media) {
      assert.equal(text, '', `${where}: no body documented, none sent`);
    } else {
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/, where);
      const validate = ajv.getSchema(
        `urn:marsad:openapi#/${pointer('paths', call.path, 'get', 'responses', String(call.status), 'content', 'application/json', 'schema')}`,
      );
      assert.ok(validate, `${where}: schema compiles`);
      const body = JSON.parse(text);
      assert.ok(validate(body), `${where}: ${JSON.stringify(validate.errors, null, 1)}\n${text.slice(0, 600)}`);
    }
    exercised.add(`${call.path} ${call.status}`);
  }

  const documented: string[] = [];
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    assert.deepEqual(Object.keys(item), ['get'], `${path}: only GET is served`);
    for (const status of Object.keys(item.get.responses)) documented.push(`${path} ${status}`);
  }
  assert.deepEqual([...exercised].sort(), documented.sort(), 'each documented status is exercised, and none that is not documented');
});

test('the schemas in the document reject what the server must never send', () => {
  const storyList = ajv.getSchema('urn:marsad:openapi#/components/schemas/StoryList')!;
  assert.equal(storyList({ items: [], nextCursor: null }), true);
  assert.equal(storyList({ items: [{ id: 1 }], nextCursor: null }), false, 'a story card without its fields');
  assert.equal(storyList({ items: [], nextCursor: null, extra: 1 }), false, 'an undocumented field');
  const error = ajv.getSchema('urn:marsad:openapi#/components/schemas/Error')!;
  assert.equal(error({ error: { code: 'teapot', message: 'x' } }), false, 'an unknown error code');
});
