import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { fundsacheData, fundsacheSubmission } from './support/fundsache.ts';
import { samplePdf, samplePng } from './support/sample-files.ts';
import { staffToken, startTestApp, type TestApp } from './support/test-app.ts';

/**
 * Property-based fuzzing of every route of the OpenAPI document: generated path parameters, headers, bodies,
 * multipart part names and file contents must never yield a 5xx, never change the outcome of the next valid
 * submission, and never leave a half-stored application. FUZZ_RUNS sets the runs per route (a few by default,
 * so that `npm test` stays short; e.g. FUZZ_RUNS=500 for a long run).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);

const hostile = fc.constantFrom(
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u2066',
  '\r\n',
  '   ',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%00',
  '~1',
  '{"a":',
  'x'.repeat(5000),
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  hostile,
  fc.array(hostile, { maxLength: 4 }).map((parts) => parts.join('x')),
);
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(text, fc.constantFrom('__proto__', 'constructor', 'prototype', 'fund', 'foto')), tie('value'), { maxKeys: 4 }),
  ),
})).value;
/** Valid Fundsache data with one place changed to anything, so that generation reaches past the envelope. */
const mutatedData = fc
  .tuple(
    fc.constantFrom('fund', 'verbleib', 'finderlohn', 'finder'),
    fc.oneof(text, fc.constantFrom('foto', 'beschreibung', 'familienname')),
    jsonValue,
  )
  .map(([step, field, value]) => {
    const data = fundsacheData() as Record<string, Record<string, unknown>>;
    data[step] = { ...data[step], [field]: value };
    return data;
  });
const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 });
const deepJson = fc.integer({ min: 1, max: 3000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth));

interface Part {
  name: string;
  fileName?: string;
  type?: string;
  content: Buffer;
}
const partName = fc.oneof(
  fc.constantFrom('application', '/fund/foto', '/__proto__/polluted', '/fund/__proto__/x', '/constructor/prototype/x', '/', ''),
  text.map((value) => value.replaceAll('"', '').replaceAll('\r', '').replaceAll('\n', '')),
);
const fileContent = fc.oneof(
  fc.constant(samplePng),
  fc.constant(samplePdf),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
);
const part: fc.Arbitrary<Part> = fc.record(
  {
    name: partName,
    fileName: fc.oneof(fc.constantFrom('foto.png', '.', '..', 'a/b.png', 'foto\u202egnp.exe'), text),
    type: fc.constantFrom('image/png', 'application/pdf', 'application/json', 'text/plain'),
    content: fc.oneof(
      fileContent,
      jsonValue.map((value) => Buffer.from(JSON.stringify(value) ?? 'null')),
    ),
  },
  { requiredKeys: ['name', 'content'] },
);

function multipart(parts: Part[]): { payload: Buffer; contentType: string } {
  const boundary = `fuzz${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const { name, fileName, type, content } of parts) {
    const disposition = `form-data; name="${name}"${fileName === undefined ? '' : `; filename="${fileName.replaceAll('"', '')}"`}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`));
    chunks.push(content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('fuzzing every route of the OpenAPI document', () => {
  let t: TestApp;
  let routes: { method: string; path: string }[];
  let valid: { reference: string; accessCode: string };
  let staff: string;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  before(async () => {
    t = await startTestApp({
      anonymousSubmissionsPerMinute: 1_000_000,
      accessCodeLookupsPerMinute: 1_000_000,
      tokenRequestsPerMinute: 1_000_000,
    });
    const document = (await t.app.inject('/api/v1/openapi.json')).json<{ paths: Record<string, Record<string, unknown>> }>();
    routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
    valid = (await submitValid()).json();
    staff = await staffToken(t.app, 'syke-fachverfahren', 'syke-secret-0123456789');
  });
  after(() => t.close());

  function submitValid() {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: fundsacheSubmission(),
      headers: { 'idempotency-key': randomUUID() },
    });
  }

  /** A generated request for one route: its parameters, headers and body. */
  function requestFor(route: { method: string; path: string }): fc.Arbitrary<InjectOptions> {
    const parameter = fc.oneof(
      fc.constantFrom(valid.reference, 'syke', 'SYK-2026-000001', '99019001064000', '1', randomUUID()),
      text.map((value) => encodeURIComponent(value.replaceAll(/[\ud800-\udfff]/g, ''))),
    );
    const headers = fc.record(
      {
        authorization: fc.oneof(
          fc.constant(`Bearer ${staff}`),
          headerValue.map((value) => `Bearer ${value}`),
          headerValue,
        ),
        'rathaus-access-code': fc.oneof(fc.constant(valid.accessCode), headerValue),
        'idempotency-key': fc.oneof(fc.uuid(), headerValue),
        'last-event-id': headerValue,
        'x-forwarded-for': headerValue,
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc
        .record({
          municipality: fc.oneof(fc.constant('syke'), text),
          service: fc.constant(fundsacheSubmission().service),
          data: mutatedData,
        })
        .map((value) => ({
          payload: JSON.stringify(value),
          contentType: 'application/json',
        })),
      jsonValue.map((value) => ({ payload: JSON.stringify(value) ?? '', contentType: 'application/json' })),
      deepJson.map((payload) => ({ payload, contentType: 'application/json' })),
      fc.array(part, { maxLength: 4 }).map(multipart),
      fc
        .tuple(mutatedData, fc.array(part, { maxLength: 3 }))
        .map(([data, parts]) =>
          multipart([{ name: 'application', content: Buffer.from(JSON.stringify(fundsacheSubmission('syke', data))) }, ...parts]),
        ),
      fc.dictionary(text, text, { maxKeys: 4 }).map((form) => ({
        payload: new URLSearchParams(
          Object.entries(form).map(([key, value]) => [key, value.replaceAll(/[\ud800-\udfff]/g, '')]),
        ).toString(),
        contentType: 'application/x-www-form-urlencoded',
      })),
      fc.constant({ payload: '', contentType: 'text/plain' }),
    );
    const query = fc.dictionary(fc.constantFrom('status', 'before', 'limit', 'q'), parameter, { maxKeys: 3 });
    return fc
      .tuple(fc.array(parameter, { minLength: 4, maxLength: 4 }), headers, body, query)
      .map(([values, headerSet, { payload, contentType }, queryValues]) => {
        let i = 0;
        const url = `/api/v1${route.path.replaceAll(/\{[^}]+\}/g, () => values[i++])}`;
        const search = new URLSearchParams(Object.entries(queryValues)).toString();
        // A GET on an event route that passes the checks would stay open; HEAD takes the same checks and ends.
        const method = route.path.endsWith('/events') ? 'HEAD' : route.method;
        return {
          method: method as InjectOptions['method'],
          url: search ? `${url}?${search}` : url,
          headers: { ...headerSet, ...(method === 'POST' ? { 'content-type': contentType } : {}) },
          ...(method === 'POST' ? { payload } : {}),
        };
      });
  }

  test('no 5xx, no effect on the next valid submission, no half application, for every route', async () => {
    assert.ok(routes.length >= 12, routes.map((route) => route.path).join());
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(fc.array(requestFor(route), { minLength: 1, maxLength: 3 }), async (requests) => {
          for (const request of requests) {
            const response = await t.app.inject(request);
            assert.ok(response.statusCode < 500, `${request.method} ${request.url} answered ${response.statusCode}: ${response.body}`);
          }
          const next = await submitValid();
          assert.equal(next.statusCode, 201, `a valid submission after the batch: ${next.body}`);
          assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeKeys);
        }),
        { numRuns: RUNS },
      );
    }
  });

  test('every stored application is whole: timeline, outbox message, idempotent answer and its described files', async () => {
    const broken = await t.db.query<{ reference: string }>(
      `SELECT a.reference FROM applications a
       WHERE NOT EXISTS (SELECT 1 FROM status_events e WHERE e.application_id = a.id)`,
    );
    assert.deepEqual(broken, []);
    const [counts] = await t.db.query<{ applications: number; answers: number; messages: number }>(
      `SELECT (SELECT count(*)::int FROM applications) AS applications, (SELECT count(*)::int FROM idempotency_keys) AS answers,
              (SELECT count(*)::int FROM outbox WHERE event_type = 'application.submitted') AS messages`,
    );
    assert.equal(counts.answers, counts.applications);
    assert.equal(counts.messages, counts.applications);
    const files = await t.db.query<{ id: string; pointer: string; data: unknown }>(
      'SELECT f.id, f.pointer, a.data FROM attachments f JOIN applications a ON a.id = f.application_id',
    );
    for (const file of files) {
      const described = file.pointer
        .split('/')
        .slice(1)
        .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], file.data) as { id?: string } | undefined;
      assert.equal(described?.id, file.id, `attachment ${file.pointer}`);
    }
  });
});
