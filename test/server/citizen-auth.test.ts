import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { exportSPKI, SignJWT } from 'jose';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import type { ApplicationView } from '../../contract/applications.ts';
import { fundsacheData } from './support/fundsache.ts';
import { samplePdf } from './support/sample-files.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';
import { startTestIssuer, trustedIssuerConfig, type TestIssuer } from './support/test-issuer.ts';
import { formExamples, person } from './support/form-examples.ts';

const PROBLEM = 'application/problem+json; charset=utf-8';
const problemType = (name: string) => `urn:open-rathaus:problem:${name}`;

/** Hund anmelden (trust level "niedrig") for a privately kept dog: no attachment needed. */
const hundData = formExamples.hundAnmelden;

/** Gewerbe anmelden ("substantiell") without a licence: no attachment needed. */
const gewerbeData = formExamples.gewerbeAnmelden;

/** Wohnsitz anmelden ("substantiell"); the Wohnungsgeberbestätigung is a required file, sent separately. */
// prettier-ignore
const wohnsitzData = {
  neueWohnung: { einzugsdatum: '2025-01-01', anschrift: { strasse: 'Am Markt 3', zusatz: '2. OG links', plz: '28857', ort: 'Syke' }, art: 'alleinige' },
  bisherigeWohnung: { zuzugAusland: false, strasse: 'Lindenweg 8', plz: '28195', ort: 'Bremen' },
  personen: {
    liste: [
      { person: { familienname: 'Meyer', vornamen: 'Anna Maria', geburtsname: 'Schulz', geburtsdatum: '1987-04-12', geburtsort: 'Syke', geschlecht: 'weiblich', staatsangehoerigkeit: 'deutsch' }, familienstand: 'verheiratet', religion: 'ev' },
    ],
  },
  wohnungsgeber: {},
  antragsteller: person,
};

const hund = (municipality = 'syke') => ({ municipality, service: WELL_KNOWN.hundAnmelden, data: hundData });

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('citizens signed in with an OpenID Connect token', () => {
  let t: TestApp;
  let base: string;
  let issuer: TestIssuer;
  let stranger: TestIssuer;
  let otherAudience: TestIssuer;

  before(async () => {
    issuer = await startTestIssuer();
    stranger = await startTestIssuer();
    // Trusted as an issuer, but its tokens are made for another audience than the one configured here.
    otherAudience = await startTestIssuer('another-service');
    t = await startTestApp({
      trustedIssuers: [trustedIssuerConfig(issuer), { ...trustedIssuerConfig(otherAudience), audience: 'rathaus-test' }],
    });
    base = await t.listen();
  });
  after(async () => {
    await t.close();
    await issuer.close();
    await stranger.close();
    await otherAudience.close();
  });

  const submit = (body: object, authorization?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: body,
      headers: { 'idempotency-key': randomUUID(), ...(authorization ? { authorization } : {}) },
    });

  const applicationCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications'))[0].n;

  /** Submits Hund anmelden with this Authorization header and expects 401 unauthorized, storing nothing. */
  async function assertRefused(authorization: string | undefined, why: string) {
    const before = await applicationCount();
    const response = await submit(hund(), authorization);
    assert.equal(response.statusCode, 401, `${why}: ${response.body}`);
    assert.equal(response.headers['content-type'], PROBLEM, why);
    assert.equal(response.json().type, problemType('unauthorized'), why);
    assert.equal(await applicationCount(), before, why);
    return response.json();
  }

  test('a valid token submits an application without an access code, listed under "my applications" newest first', async () => {
    const token = await issuer.token({ sub: `list-${randomUUID()}`, acr: 'urn:test:niedrig' });
    const bearer = `Bearer ${token}`;
    const inDiepholz = await submit(hund('diepholz'), bearer);
    assert.equal(inDiepholz.statusCode, 201, inDiepholz.body);
    const inSyke = await submit(hund('syke'), bearer);
    assert.equal(inSyke.statusCode, 201, inSyke.body);
    const receipt = inSyke.json();
    assert.match(receipt.reference, /^SYK-2026-\d{6}$/);
    assert.equal(receipt.municipality.slug, 'syke');
    assert.equal(receipt.status, 'eingegangen');
    assert.equal('accessCode' in receipt, false);
    assert.equal('accessCode' in inDiepholz.json(), false);

    const mine = await t.app.inject({ url: '/api/v1/me/applications', headers: { authorization: bearer } });
    assert.equal(mine.statusCode, 200);
    assert.equal(mine.headers['cache-control'], 'no-store');
    const list = mine.json<ApplicationView[]>();
    assert.deepEqual(
      list.map((application) => [application.reference, application.municipality.slug]),
      [
        [receipt.reference, 'syke'],
        [inDiepholz.json().reference, 'diepholz'],
      ],
    );
    assert.equal(list[0].service.key, WELL_KNOWN.hundAnmelden);
    assert.equal(list[0].timeline[0].status, 'eingegangen');

    const one = await t.app.inject({ url: `/api/v1/applications/${receipt.reference}`, headers: { authorization: bearer } });
    assert.equal(one.statusCode, 200);
    assert.equal(one.json().reference, receipt.reference);
    assert.equal(one.json().data.hund.chipnummer, '276098106543210');
  });

  test('"my applications" needs a token', async () => {
    const response = await t.app.inject('/api/v1/me/applications');
    assert.equal(response.statusCode, 401);
    assert.equal(response.headers['content-type'], PROBLEM);
    assert.equal(response.json().type, problemType('unauthorized'));
  });

  test('refuses Hund anmelden without a token', async () => {
    const problem = await assertRefused(undefined, 'no token');
    assert.match(problem.detail, /anmelden/);
  });

  test('refuses a token from an issuer that is not configured', async () => {
    await assertRefused(`Bearer ${await stranger.token()}`, 'unknown issuer');
  });

  test('refuses an unsigned token (alg "none")', async () => {
    const now = Math.floor(Date.now() / 1000);
    const payload = { iss: issuer.issuer, aud: issuer.audience, sub: 'citizen-1', acr: 'urn:test:substantiell', iat: now, exp: now + 300 };
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
    await assertRefused(`Bearer ${unsigned}`, 'alg none');
  });

  test("refuses an HS256 token signed with the issuer's public key as the HMAC secret (key confusion)", async () => {
    const publicKeyPem = await exportSPKI(issuer.publicKey);
    const forged = await new SignJWT({ acr: 'urn:test:substantiell' })
      .setProtectedHeader({ alg: 'HS256', kid: 'test-key' })
      .setIssuer(issuer.issuer)
      .setAudience(issuer.audience)
      .setSubject('citizen-1')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(publicKeyPem));
    await assertRefused(`Bearer ${forged}`, 'HS256 with the public key');
  });

  test('refuses an expired token beyond the clock tolerance', async () => {
    const expired = await issuer.token({}, { expiresIn: Math.floor(Date.now() / 1000) - 120 });
    const problem = await assertRefused(`Bearer ${expired}`, 'expired');
    assert.match(problem.detail, /abgelaufen/);
  });

  test('refuses a token that is not valid yet', async () => {
    await assertRefused(`Bearer ${await issuer.token({}, { notBefore: '10m' })}`, 'not before in 10 minutes');
  });

  test('refuses a token made for another audience', async () => {
    await assertRefused(`Bearer ${await otherAudience.token()}`, 'wrong audience');
  });

  test('refuses a token whose payload was changed after signing', async () => {
    const [header, payload, signature] = (await issuer.token({ sub: 'citizen-1' })).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const tampered = `${header}.${base64url({ ...claims, sub: 'citizen-2' })}.${signature}`;
    await assertRefused(`Bearer ${tampered}`, 'tampered payload');
  });

  test('refuses an Authorization header that is not a bearer token', async () => {
    await assertRefused('Token abc', 'malformed header');
  });

  test('refuses a service above the trust level of the sign-in, naming the level required', async () => {
    const token = await issuer.token({ sub: `niedrig-${randomUUID()}`, acr: 'urn:test:niedrig' });
    const before = await applicationCount();
    for (const service of [WELL_KNOWN.wohnsitzAnmelden, WELL_KNOWN.gewerbeAnmelden]) {
      const data = service === WELL_KNOWN.wohnsitzAnmelden ? wohnsitzData : gewerbeData;
      const response = await submit({ municipality: 'syke', service, data }, `Bearer ${token}`);
      assert.equal(response.statusCode, 403, service);
      assert.equal(response.headers['content-type'], PROBLEM, service);
      assert.equal(response.json().type, problemType('insufficient-trust-level'), service);
      assert.equal(response.json().requiredTrustLevel, 'substantiell', service);
    }
    assert.equal(await applicationCount(), before);
  });

  test('a sign-in at trust level "substantiell" submits the same data', async () => {
    const token = await issuer.token({ sub: `substantiell-${randomUUID()}`, acr: 'urn:test:substantiell' });
    const bearer = `Bearer ${token}`;

    const gewerbe = await submit({ municipality: 'syke', service: WELL_KNOWN.gewerbeAnmelden, data: gewerbeData }, bearer);
    assert.equal(gewerbe.statusCode, 201, gewerbe.body);
    assert.equal('accessCode' in gewerbe.json(), false);

    // As JSON, Wohnsitz anmelden lacks only its required file: the data itself passes.
    const wohnsitz = { municipality: 'syke', service: WELL_KNOWN.wohnsitzAnmelden, data: wohnsitzData };
    const withoutFile = await submit(wohnsitz, bearer);
    assert.equal(withoutFile.statusCode, 422, withoutFile.body);
    assert.equal(withoutFile.headers['content-type'], PROBLEM);
    assert.equal(withoutFile.json().type, problemType('invalid-data'));
    assert.deepEqual(
      withoutFile.json().errors.map((error: { pointer: string }) => error.pointer),
      ['/wohnungsgeber/bestaetigung'],
    );

    // With the file as a multipart part named by its pointer, it is accepted.
    const form = new FormData();
    form.append('application', JSON.stringify(wohnsitz));
    form.append('/wohnungsgeber/bestaetigung', new Blob([new Uint8Array(samplePdf)], { type: 'application/pdf' }), 'bestaetigung.pdf');
    const withFile = await fetch(`${base}/api/v1/applications`, {
      method: 'POST',
      body: form,
      headers: { 'idempotency-key': randomUUID(), authorization: bearer },
    });
    const body = await withFile.json();
    assert.equal(withFile.status, 201, JSON.stringify(body));
    assert.equal('accessCode' in body, false);
  });

  test('an acr the issuer does not map counts as "niedrig", also one named like a property of every object', async () => {
    for (const acr of ['urn:test:unbekannt', 'constructor', '__proto__', 'toString']) {
      const bearer = `Bearer ${await issuer.token({ sub: `acr-${randomUUID()}`, acr })}`;
      const fund = await submit({ municipality: 'syke', service: WELL_KNOWN.fundsacheMelden, data: fundsacheData() }, bearer);
      assert.equal(fund.statusCode, 201, `${acr}: ${fund.body}`);
      const [stored] = await t.db.query<{ trust_level: string }>('SELECT trust_level FROM applications WHERE reference = $1', [
        fund.json().reference,
      ]);
      assert.equal(stored.trust_level, 'niedrig', acr);
      const gewerbe = await submit({ municipality: 'syke', service: WELL_KNOWN.gewerbeAnmelden, data: gewerbeData }, bearer);
      assert.equal(gewerbe.statusCode, 403, acr);
      assert.equal(gewerbe.json().requiredTrustLevel, 'substantiell', acr);
    }
  });

  test("another citizen's token cannot tell my application from one that does not exist", async () => {
    const mine = `Bearer ${await issuer.token({ sub: `owner-${randomUUID()}`, acr: 'urn:test:niedrig' })}`;
    const theirs = `Bearer ${await issuer.token({ sub: `other-${randomUUID()}`, acr: 'urn:test:niedrig' })}`;
    const receipt = await submit(hund(), mine);
    assert.equal(receipt.statusCode, 201, receipt.body);
    const reference: string = receipt.json().reference;

    const missing = await t.app.inject({ url: '/api/v1/applications/SYK-2026-999999', headers: { authorization: theirs } });
    for (const url of [`/api/v1/applications/${reference}`, `/api/v1/applications/${reference}/events`]) {
      const response = await t.app.inject({ url, headers: { authorization: theirs } });
      assert.equal(response.statusCode, 404, url);
      assert.equal(response.headers['content-type'], PROBLEM, url);
      assert.equal(response.json().type, problemType('not-found'), url);
      assert.doesNotMatch(response.body, /Meyer|Bruno/, url);
    }
    const other = await t.app.inject({ url: `/api/v1/applications/${reference}`, headers: { authorization: theirs } });
    assert.equal(other.json().title, missing.json().title);
    assert.equal(missing.statusCode, 404);

    const owner = await t.app.inject({ url: `/api/v1/applications/${reference}`, headers: { authorization: mine } });
    assert.equal(owner.statusCode, 200);
    const theirList = await t.app.inject({ url: '/api/v1/me/applications', headers: { authorization: theirs } });
    assert.deepEqual(theirList.json(), []);
  });
});

describe('the anonymous rate limit and the Authorization header', () => {
  let t: TestApp;
  let base: string;
  let issuer: TestIssuer;
  before(async () => {
    issuer = await startTestIssuer();
    t = await startTestApp({ trustedIssuers: [trustedIssuerConfig(issuer)], anonymousSubmissionsPerMinute: 2 });
    base = await t.listen();
  });
  after(async () => {
    await t.close();
    await issuer.close();
  });

  /** Submits over real HTTP, so that an empty header reaches the server as sent. */
  async function submitOverHttp(body: object, authorization: string) {
    const response = await fetch(`${base}/api/v1/applications`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), authorization },
    });
    await response.arrayBuffer();
    return response.status;
  }

  test('an empty Authorization header signs no one in and does not lift the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(await submitOverHttp({ municipality: 'syke', service: WELL_KNOWN.fundsacheMelden, data: fundsacheData() }, ''));
    assert.deepEqual(statuses, [201, 201, 429, 429]);
  });

  test('signed-in citizens are not held back by the anonymous limit', async () => {
    const bearer = `Bearer ${await issuer.token({ sub: `busy-${randomUUID()}`, acr: 'urn:test:niedrig' })}`;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push(await submitOverHttp(hund(), bearer));
    assert.deepEqual(statuses, [201, 201, 201, 201]);
  });
});
