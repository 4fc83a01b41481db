import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import type { Municipality, ServiceList } from '../../contract/catalogue.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

describe('catalogue API', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const services = async (slug: string) => (await t.app.inject(`/api/v1/municipalities/${slug}/services`)).json<ServiceList>().services;

  test('lists the county and its towns with their rollout state', async () => {
    const response = await t.app.inject('/api/v1/municipalities');
    assert.equal(response.statusCode, 200);
    const all = response.json<Municipality[]>();
    const live = (slug: string) => all.find((m) => m.slug === slug)?.live;
    assert.deepEqual(['diepholz', 'syke', 'stuhr'].map(live), [true, true, true]);
    for (const slug of ['landkreis-diepholz', 'bassum', 'kirchdorf', 'altes-amt-lemfoerde', 'schwafoerden', 'twistringen', 'weyhe']) {
      assert.equal(live(slug), false, slug);
    }
    const syke = all.find((m) => m.slug === 'syke')!;
    assert.equal(syke.kind, 'Stadt');
    assert.match(syke.office.phone, /^\+49/);
    assert.ok(syke.office.openingHours.length > 0);
  });

  test('offers exactly 37 services online in Syke, 28 in Diepholz and 13 in Stuhr', async () => {
    const online = async (slug: string) => (await services(slug)).filter((s) => s.mode === 'online').length;
    assert.deepEqual([await online('syke'), await online('diepholz'), await online('stuhr')], [37, 28, 13]);
  });

  test("lists the county's services for residents of a town, routed to the county", async () => {
    const kfz = (await services('stuhr')).find((s) => s.key === WELL_KNOWN.kfzZulassung);
    assert.ok(kfz, 'Kfz-Zulassung is listed for Stuhr');
    assert.equal(kfz.responsible.slug, 'landkreis-diepholz');
    // The county goes live in March 2027: until then its online services are in person, with the date.
    assert.equal(kfz.mode, 'vor-ort');
    assert.equal(kfz.onlineFrom, '2027-03-01');
  });

  test('a town that is not live yet lists its services in person, with the date they go online', async () => {
    const list = await services('bassum');
    assert.ok(list.length > 20);
    assert.ok(list.every((s) => s.mode === 'vor-ort'));
    assert.ok(list.some((s) => s.onlineFrom === '2027-04-01'));
  });

  test('is cacheable: Cache-Control, ETag and 304 for an unchanged list', async () => {
    const first = await t.app.inject('/api/v1/municipalities/syke/services');
    assert.match(String(first.headers['cache-control']), /public, max-age=\d+/);
    const etag = first.headers.etag;
    assert.ok(etag);
    const again = await t.app.inject({ url: '/api/v1/municipalities/syke/services', headers: { 'if-none-match': String(etag) } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  test('sends the list compressed to clients that accept it, the same data in fewer bytes', async () => {
    const plain = await t.app.inject('/api/v1/municipalities/syke/services');
    for (const [encoding, decompress] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const compressed = await t.app.inject({
        url: '/api/v1/municipalities/syke/services',
        headers: { 'accept-encoding': `deflate, ${encoding}` },
      });
      assert.equal(compressed.headers['content-encoding'], encoding);
      assert.match(String(compressed.headers.vary), /Accept-Encoding/);
      assert.ok(compressed.rawPayload.length < plain.rawPayload.length / 3, `${encoding}: ${compressed.rawPayload.length} bytes`);
      assert.deepEqual(JSON.parse(decompress(compressed.rawPayload).toString()), plain.json());
      // Each coding is its own representation with its own ETag: a cache never takes one for the other.
      assert.notEqual(compressed.headers.etag, plain.headers.etag);
      const revalidated = await t.app.inject({
        url: '/api/v1/municipalities/syke/services',
        headers: { 'accept-encoding': encoding, 'if-none-match': String(compressed.headers.etag) },
      });
      assert.equal(revalidated.statusCode, 304);
      const otherCoding = await t.app.inject({
        url: '/api/v1/municipalities/syke/services',
        headers: { 'if-none-match': String(compressed.headers.etag) },
      });
      assert.equal(otherCoding.statusCode, 200, 'the uncompressed list is not the representation the client holds');
    }
    assert.equal(plain.headers['content-encoding'], undefined);
  });

  test('answers an unknown municipality or service with a problem document', async () => {
    for (const url of ['/api/v1/municipalities/atlantis', '/api/v1/municipalities/atlantis/services', '/api/v1/services/99000000000000']) {
      const response = await t.app.inject(url);
      assert.equal(response.statusCode, 404, url);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(response.json().type, 'urn:open-rathaus:problem:not-found');
      assert.equal(response.json().status, 404);
    }
  });

  test("answers CORS only for the municipalities' registered origins", async () => {
    const allowed = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/municipalities/syke/services',
      headers: { origin: 'http://127.0.0.3:8080', 'access-control-request-method': 'GET' },
    });
    assert.equal(allowed.headers['access-control-allow-origin'], 'http://127.0.0.3:8080');
    const foreign = await t.app.inject({ url: '/api/v1/municipalities', headers: { origin: 'https://evil.example' } });
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
  });

  test('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await t.app.inject('/api/v1/openapi.json');
    assert.equal(response.statusCode, 200);
    const document = response.json();
    assert.equal(document.openapi, '3.1.0');
    for (const path of [
      '/api/v1/municipalities',
      '/api/v1/municipalities/{slug}/services',
      '/api/v1/applications',
      '/api/v1/staff/applications/{reference}/status',
    ]) {
      assert.ok(document.paths[path], `documents ${path}`);
    }
    const serviceList = document.paths['/api/v1/municipalities/{slug}/services'].get.responses['200'].content['application/json'].schema;
    assert.ok(JSON.stringify(serviceList).includes('onlineFrom'));
  });
});
