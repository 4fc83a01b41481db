import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

describe('GET /municipalities/{slug}/services/{key}: what a form page needs of the catalogue', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });

  test('answers the same entry as the town’s whole list, at a fraction of its size', async () => {
    const list = await get('/api/v1/municipalities/syke/services');
    const one = await get(`/api/v1/municipalities/syke/services/${WELL_KNOWN.fundsacheMelden}`);
    assert.equal(one.statusCode, 200);
    const fromList = (list.json().services as { key: string }[]).find((entry) => entry.key === WELL_KNOWN.fundsacheMelden);
    assert.deepEqual(one.json(), fromList);
    assert.ok(one.rawPayload.length * 10 < list.rawPayload.length, `${one.rawPayload.length} of ${list.rawPayload.length} bytes`);
    assert.match(String(one.headers['cache-control']), /max-age=300/);
    assert.ok(one.headers.etag);
  });

  test('a county service is routed to the county for a town’s residents', async () => {
    const list = (await get('/api/v1/municipalities/stuhr/services')).json().services as { key: string; responsible: { slug: string } }[];
    const county = list.find((entry) => entry.responsible.slug !== 'stuhr')!;
    const one = await get(`/api/v1/municipalities/stuhr/services/${county.key}`);
    assert.equal(one.statusCode, 200);
    assert.deepEqual(one.json(), county);
  });

  test('404 for a service the town does not offer, and for a town that does not exist', async () => {
    const notOffered = await get('/api/v1/municipalities/syke/services/99999999999999');
    assert.equal(notOffered.statusCode, 404);
    assert.match(String(notOffered.headers['content-type']), /problem\+json/);
    const noTown = await get(`/api/v1/municipalities/atlantis/services/${WELL_KNOWN.fundsacheMelden}`);
    assert.equal(noTown.statusCode, 404);
    assert.match(noTown.json().detail, /atlantis/);
  });

  test('is documented in the OpenAPI document', async () => {
    const openapi = (await get('/api/v1/openapi.json')).json();
    const operation = openapi.paths['/api/v1/municipalities/{slug}/services/{key}']?.get;
    assert.equal(operation?.operationId, 'getMunicipalityService');
    assert.ok(operation.responses['200'] && operation.responses['404']);
  });
});
