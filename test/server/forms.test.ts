import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

describe('forms API', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  test('serves the current form of an online service as JSON Schema 2020-12', async () => {
    const response = await t.app.inject(`/api/v1/forms/${WELL_KNOWN.hundAnmelden}`);
    assert.equal(response.statusCode, 200);
    const form = response.json();
    assert.equal(form.service, WELL_KNOWN.hundAnmelden);
    assert.equal(form.schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(form.version, 1);
    assert.ok(Object.keys(form.schema.properties).length >= 3, 'has several steps');
  });

  test('keeps each version addressable, for applications filled in with it', async () => {
    const response = await t.app.inject(`/api/v1/forms/${WELL_KNOWN.geburtsurkunde}/versions/1`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['cache-control']), /immutable/);
    assert.equal((await t.app.inject(`/api/v1/forms/${WELL_KNOWN.geburtsurkunde}/versions/99`)).statusCode, 404);
  });

  test('stores every online service of every town with a form', async () => {
    const rows = await t.db.query<{ count: number }>('SELECT count(DISTINCT service_key)::int AS count FROM form_definitions');
    assert.ok(rows[0].count >= 37, `${rows[0].count} forms`);
  });

  test('has no form for a service that is offered nowhere online', async () => {
    const response = await t.app.inject('/api/v1/forms/99000000000000');
    assert.equal(response.statusCode, 404);
    assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
  });
});
