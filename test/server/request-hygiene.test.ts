import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { StaffTokens } from '../../server/auth/staff-tokens.ts';
import { fundsacheData, fundsacheSubmission } from './support/fundsache.ts';
import { samplePng } from './support/sample-files.ts';
import { staffToken, startTestApp, type TestApp } from './support/test-app.ts';

const PROBLEM = 'application/problem+json; charset=utf-8';

/** Sends raw bytes and answers everything the server wrote back until it closed or went quiet. */
function rawExchange(base: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    socket.setTimeout(3000, () => socket.destroy());
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
}

describe('text, headers and caching', () => {
  let t: TestApp;
  let base: string;
  let kitDir: string;
  before(async () => {
    kitDir = await mkdtemp(join(tmpdir(), 'rathaus-kit-'));
    await writeFile(join(kitDir, 'rathaus.js'), 'export {};\n');
    await writeFile(join(kitDir, '.env'), 'SECRET=1\n');
    t = await startTestApp({ anonymousSubmissionsPerMinute: 1000, kitDir });
    base = await t.listen();
  });
  after(async () => {
    await t.close();
    await rm(kitDir, { recursive: true, force: true });
  });

  const submit = (data: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: fundsacheSubmission('syke', data),
      headers: { 'idempotency-key': randomUUID() },
    });
  const finder = (familienname: string) => fundsacheData({ finder: { ...fundsacheData().finder, person: { familienname } } });
  const errorsOf = (body: string) =>
    (JSON.parse(body).errors as { pointer: string; code: string }[]).map((error) => `${error.pointer} ${error.code}`);

  for (const [what, name, code] of [
    ['a bidi override', 'Zwetschgen\u202ebaum', 'text-bidi'],
    ['a bidi isolate', '\u2067Zwetschgenbaum', 'text-bidi'],
    ['a control character', 'Zwetschgen\u0007baum', 'text-control'],
    ['a line break', 'Zwetschgen\nbaum', 'text-control'],
    ['only white space', ' \u00a0 \u2003 ', 'required'],
  ] as const) {
    test(`refuses a name with ${what}, at the field`, async () => {
      const response = await submit(finder(name));
      assert.equal(response.statusCode, 422, response.body);
      assert.deepEqual(errorsOf(response.body), [`/finder/person/familienname ${code}`]);
    });
  }

  test('keeps the line breaks and tabs of a multi-line field and trims every value', async () => {
    const data = fundsacheData({
      fund: { ...fundsacheData().fund, beschreibung: '  Braune Börse\r\n\tmit Druckknopf  ' },
      finder: { ...fundsacheData().finder, person: { vornamen: '   ', familienname: ' Zwetschgenbaum ' } },
    });
    const response = await submit(data);
    assert.equal(response.statusCode, 201, response.body);
    const [stored] = await t.db.query<{ data: { fund: { beschreibung: string }; finder: { person: Record<string, string> } } }>(
      'SELECT data FROM applications WHERE reference = $1',
      [response.json().reference],
    );
    assert.equal(stored.data.fund.beschreibung, 'Braune Börse\n\tmit Druckknopf');
    assert.equal(stored.data.finder.person.familienname, 'Zwetschgenbaum');
    assert.equal('vornamen' in stored.data.finder.person, false);
  });

  test('refuses a file name with a bidi override that hides its real ending', async () => {
    const form = new FormData();
    form.append('application', JSON.stringify(fundsacheSubmission()));
    form.append('/fund/foto', new Blob([new Uint8Array(samplePng)], { type: 'image/png' }), 'foto\u202egnp.exe');
    const response = await fetch(`${base}/api/v1/applications`, {
      method: 'POST',
      body: form,
      headers: { 'idempotency-key': randomUUID() },
    });
    assert.equal(response.status, 400);
    assert.deepEqual(errorsOf(await response.text()), ['/fund/foto file-name']);
  });

  test('accepts the multipart application part sent with Content-Type application/json, as a field or a file', async () => {
    const json = JSON.stringify(fundsacheSubmission());
    for (const disposition of ['form-data; name="application"', 'form-data; name="application"; filename="application.json"']) {
      const body = `--b0undary\r\nContent-Disposition: ${disposition}\r\nContent-Type: application/json\r\n\r\n${json}\r\n--b0undary--\r\n`;
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        payload: Buffer.from(body),
        headers: { 'content-type': 'multipart/form-data; boundary=b0undary', 'idempotency-key': randomUUID() },
      });
      assert.equal(response.statusCode, 201, `${disposition}: ${response.body}`);
    }
  });

  test('refuses a Rückfrage of only white space at its message, and keeps the lines of a real one', async () => {
    const receipt = (await submit(fundsacheData())).json();
    const token = await staffToken(t.app, 'syke-fachverfahren', 'syke-secret-0123456789');
    const change = (message: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/staff/applications/${receipt.reference}/status`,
        payload: { status: 'rueckfrage', message },
        headers: { authorization: `Bearer ${token}` },
      });
    const blank = await change('   ');
    assert.equal(blank.statusCode, 400, blank.body);
    assert.equal(blank.headers['content-type'], PROBLEM);
    assert.deepEqual(
      JSON.parse(blank.body).errors.map((error: { pointer: string }) => error.pointer),
      ['/message'],
    );
    const nul = await change('Bitte\u0000');
    assert.equal(nul.statusCode, 400, nul.body);
    assert.deepEqual(errorsOf(nul.body), ['/message text-control']);
    const real = await change(' Bitte senden Sie uns:\n- ein Foto\n- die Quittung ');
    assert.equal(real.statusCode, 201, real.body);
    assert.equal(real.json().message, 'Bitte senden Sie uns:\n- ein Foto\n- die Quittung');
  });

  test('refuses NUL in a query string instead of passing it to the database', async () => {
    const token = await staffToken(t.app, 'syke-fachverfahren', 'syke-secret-0123456789');
    const response = await t.app.inject({
      url: '/api/v1/staff/applications?before=SYK%00',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(response.statusCode, 400, response.body);
    assert.deepEqual(errorsOf(response.body), ['/before text-control']);
  });

  test('sends nosniff and the other security headers on every kind of response', async () => {
    const receipt = (await submit(fundsacheData())).json();
    const responses = {
      json: await fetch(`${base}/api/v1/municipalities`),
      problem: await fetch(`${base}/api/v1/applications/SYK-2026-999999`),
      notFound: await fetch(`${base}/nowhere`),
      stream: await fetch(`${base}/api/v1/applications/${receipt.reference}/events`, {
        method: 'HEAD',
        headers: { 'rathaus-access-code': receipt.accessCode },
      }),
      kit: await fetch(`${base}/kit/rathaus.js`, { headers: { origin: 'http://127.0.0.3:8080' } }),
    };
    for (const [name, response] of Object.entries(responses)) {
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', name);
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/, name);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', name);
      assert.equal(response.headers.get('x-frame-options'), 'DENY', name);
    }
    assert.equal(responses.json.headers.get('cross-origin-resource-policy'), 'same-origin');
    // The kit stays loadable by every town's site.
    assert.equal(responses.kit.status, 200);
    assert.equal(responses.kit.headers.get('access-control-allow-origin'), '*');
    assert.equal(responses.kit.headers.get('cross-origin-resource-policy'), 'cross-origin');
  });

  test('does not serve dotfiles from KIT_DIR', async () => {
    const response = await fetch(`${base}/kit/.env`);
    assert.equal(response.status, 404);
    assert.doesNotMatch(await response.text(), /SECRET/);
  });

  test('marks personal answers no-store and leaves public ones cacheable', async () => {
    const sent = await submit(fundsacheData());
    assert.equal(sent.headers['cache-control'], 'no-store');
    const receipt = sent.json();
    const view = await t.app.inject({
      url: `/api/v1/applications/${receipt.reference}`,
      headers: { 'rathaus-access-code': receipt.accessCode },
    });
    assert.equal(view.headers['cache-control'], 'no-store');
    const missing = await t.app.inject({
      url: `/api/v1/applications/${receipt.reference}`,
      headers: { 'rathaus-access-code': 'AAAA-BBBB-CCCC' },
    });
    assert.equal(missing.headers['cache-control'], 'no-store');
    const form = await t.app.inject({ url: `/api/v1/forms/${fundsacheSubmission().service}` });
    assert.match(String(form.headers['cache-control']), /^public/);
  });

  test('answers headers too large with 431 and a malformed request with 400, each a problem document', async () => {
    const large = await rawExchange(base, `GET /api/v1/municipalities HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    assert.match(large, /^HTTP\/1\.1 431 /);
    assert.match(large, /content-type: application\/problem\+json/i);
    assert.match(large, /x-content-type-options: nosniff/i);
    assert.match(large, /"status":431/);
    const malformed = await rawExchange(base, 'GET /api/v1/municipalities HTTP/1.1\r\nHost x\r\n\r\n');
    assert.match(malformed, /^HTTP\/1\.1 400 /);
    assert.match(malformed, /content-type: application\/problem\+json/i);
  });
});

describe('staff tokens', () => {
  test('are refused once their client is no longer configured, or belongs to another municipality', async () => {
    const secret = 'test-secret-test-secret-test-secret';
    const client = { clientId: 'syke-fachverfahren', clientSecret: 'syke-secret-0123456789', municipality: 'syke' };
    const token = (await new StaffTokens([client], secret).issue(client.clientId, client.clientSecret))!;
    assert.deepEqual(await new StaffTokens([client], secret).verify(token), { clientId: client.clientId, municipality: 'syke' });
    await assert.rejects(new StaffTokens([], secret).verify(token), { status: 401 });
    await assert.rejects(new StaffTokens([{ ...client, municipality: 'stuhr' }], secret).verify(token), { status: 401 });
  });
});
