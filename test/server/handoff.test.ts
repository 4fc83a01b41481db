import assert from 'node:assert/strict';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { Value } from 'typebox/value';
import { WEBHOOKS } from '../../contract/handoff.ts';
import { HandoffError, HandoffReader } from '../../demo/clerk/handoff-reader.ts';
import { ConfigError } from '../../server/config.ts';
import { importEncryptionKey } from '../../server/handoff/handoff-encryption.ts';
import { fundsacheData, fundsacheSubmission } from './support/fundsache.ts';
import { samplePng } from './support/sample-files.ts';
import { staffToken, startTestApp, type TestApp } from './support/test-app.ts';
import { parseWebhook, startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;
const FUNDSACHE = fundsacheSubmission().service;
const secret = () => `whsec_${randomBytes(32).toString('base64')}`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A town's specialist procedure: its key pair, of which the county is given the public half. */
async function townKey(alg: 'RSA-OAEP-256' | 'ECDH-ES'): Promise<{ publicJwk: JWK; privateKey: CryptoKey }> {
  const { publicKey, privateKey } = await generateKeyPair(
    alg,
    alg === 'ECDH-ES' ? { crv: 'P-256', extractable: true } : { extractable: true },
  );
  return { publicJwk: { ...(await exportJWK(publicKey)), alg, use: 'enc', kid: `${alg}-1` }, privateKey };
}

describe('the hand-off to the specialist procedures', () => {
  let t: TestApp;
  let base: string;
  let plain: WebhookReceiver;
  let sealed: WebhookReceiver;
  let stuhrKey: Awaited<ReturnType<typeof townKey>>;

  before(async () => {
    plain = await startWebhookReceiver('/fachverfahren/syke');
    sealed = await startWebhookReceiver('/fachverfahren/stuhr');
    stuhrKey = await townKey('ECDH-ES');
    // The schema URLs the webhooks name must point at this very API, so it is given its address before it listens.
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({
      publicUrl: base,
      webhooks: {
        syke: { url: plain.url, secret: secret() },
        stuhr: { url: sealed.url, secret: secret(), encryptionKey: stuhrKey.publicJwk as Record<string, unknown> },
      },
      outboxPollMs: 100,
      anonymousSubmissionsPerMinute: 1000,
    });
    await t.app.listen({ host: '127.0.0.1', port });
  });
  after(async () => {
    await t?.close();
    await plain?.close();
    await sealed?.close();
  });

  async function submitWithPhoto(municipality: string): Promise<string> {
    const form = new FormData();
    form.append('application', JSON.stringify(fundsacheSubmission(municipality)));
    form.append('/fund/foto', new Blob([new Uint8Array(samplePng)], { type: 'image/png' }), 'börse.png');
    const response = await fetch(`${base}/api/v1/applications`, {
      method: 'POST',
      body: form,
      headers: { 'idempotency-key': randomUUID() },
    });
    assert.equal(response.status, 201, await response.clone().text());
    return ((await response.json()) as { reference: string }).reference;
  }

  const submittedFor = (reference: string) => (message: ReturnType<typeof parseWebhook>) =>
    message.type === 'application.submitted' && message.data.reference === reference;

  test('every form version publishes a plain JSON Schema that a strict validator compiles', async () => {
    const form = (await t.app.inject({ url: `/api/v1/forms/${FUNDSACHE}` })).json();
    const response = await t.app.inject({ url: `/api/v1/schemas/${FUNDSACHE}/${form.version}.json` });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] as string, /^application\/schema\+json/);
    assert.match(response.headers['cache-control'] as string, /immutable/);
    const schema = response.json();
    assert.equal(schema.$id, `${t.config.publicUrl}/api/v1/schemas/${FUNDSACHE}/${form.version}.json`);
    assert.deepEqual([...new Set(JSON.stringify(schema).match(/"x-[a-z-]+"/g))], ['"x-block"'], 'renderer annotations left in');
    // A strict validator needs to be told of the one annotation of ours, as the README says.
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv, ['date', 'email']);
    ajv.addKeyword('x-block');
    const validate = ajv.compile(schema);
    assert.equal(validate(fundsacheData()), true, JSON.stringify(validate.errors));
    assert.equal(validate({ ...fundsacheData(), fund: {} }), false);

    const missing = await t.app.inject({ url: `/api/v1/schemas/${FUNDSACHE}/999.json` });
    assert.equal(missing.statusCode, 404);
    assert.match(missing.headers['content-type'] as string, /^application\/problem\+json/);
  });

  test('the OpenAPI document describes every webhook with the schema its payloads are checked against', async () => {
    const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    assert.deepEqual(Object.keys(document.webhooks).sort(), Object.keys(WEBHOOKS).sort());
    assert.deepEqual(
      document.webhooks['application.submitted'].post.requestBody.content['application/json'].schema,
      JSON.parse(JSON.stringify(WEBHOOKS['application.submitted'])),
    );
    assert.deepEqual(document.servers, [{ url: base, description: "The county's API" }]);
    for (const [path, item] of Object.entries(
      document.paths as Record<string, Record<string, { operationId?: string; security?: unknown }>>,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        assert.ok(operation.operationId, `${method} ${path} has no operationId`);
        assert.ok(operation.security, `${method} ${path} says nothing about security`);
      }
    }
  });

  test('a town without a key receives FIT-Connect-shaped metadata and data that one generic reader accepts', async () => {
    const reference = await submitWithPhoto('syke');
    const [request] = await plain.waitFor(1, 5000, submittedFor(reference));
    const message = parseWebhook(request);
    assert.ok(
      Value.Check(WEBHOOKS['application.submitted'], message),
      JSON.stringify([...Value.Errors(WEBHOOKS['application.submitted'], message)]),
    );
    const read = await new HandoffReader().read(message.data);
    assert.equal(read.encrypted, false);
    assert.equal(read.reference, reference);
    assert.equal(read.metadata.publicServiceType.identifier, `urn:de:fim:leika:leistung:${FUNDSACHE}`);
    assert.deepEqual(read.metadata.authenticationInformation, []);
    assert.deepEqual(read.metadata.replyChannel, { eMail: { address: fundsacheData().finder.kontakt.email } });
    assert.equal(read.metadata.additionalReferenceInfo.senderReference, reference);
    assert.match(read.metadata.additionalReferenceInfo.applicationDate, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(read.data.finder && (read.data.finder as { person: { familienname: string } }).person.familienname, 'Zwetschgenbaum');

    // The same reader refuses the message once one character of the data differs from its hash.
    const altered = structuredClone(message.data) as unknown as { data: { fund: { beschreibung: string } } };
    altered.data.fund.beschreibung += '!';
    await assert.rejects(new HandoffReader().read(altered), HandoffError);
  });

  test('a town with a key receives metadata, data and attachments only as JWE, and its reader checks them', async () => {
    const reference = await submitWithPhoto('stuhr');
    const [request] = await sealed.waitFor(1, 5000, submittedFor(reference));
    for (const secretWord of ['Zwetschgenbaum', 'Lederbörse', 'example.de', 'börse.png']) {
      assert.ok(!request.body.includes(secretWord), `"${secretWord}" readable in the webhook`);
    }
    const message = parseWebhook(request);
    assert.ok(Value.Check(WEBHOOKS['application.submitted'], message));
    const data = message.data as {
      encryptedData: string;
      encryptedMetadata: string;
      attachments: { attachmentId: string; href: string }[];
    };
    assert.equal(JSON.parse(Buffer.from(data.encryptedData.split('.')[0], 'base64url').toString()).alg, 'ECDH-ES');

    const reader = new HandoffReader(stuhrKey.privateKey);
    const read = await reader.read(message.data);
    assert.equal(read.encrypted, true);
    assert.equal((read.data.fund as { beschreibung: string }).beschreibung, fundsacheData().fund.beschreibung);

    // The attachment, downloaded with the town's staff token, is a JWE too; decrypted, it matches its hash.
    const token = await staffToken(t.app, 'stuhr-fachverfahren', 'stuhr-secret-0123456789');
    const download = await fetch(`${base}${data.attachments[0].href}`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(download.headers.get('content-type'), 'application/jose');
    const body = Buffer.from(await download.arrayBuffer());
    assert.ok(!body.includes(samplePng.subarray(0, 16)));
    const file = await reader.attachment(body, 'application/jose', data.attachments[0].attachmentId, read.metadata);
    assert.deepEqual(file, samplePng);

    // Tampering: a changed ciphertext, a key that is not the town's, and a file altered in transit are refused.
    const [header, key, iv, ciphertext, tag] = data.encryptedData.split('.');
    const flipped = `${ciphertext[0] === 'A' ? 'B' : 'A'}${ciphertext.slice(1)}`;
    await assert.rejects(reader.read({ ...message.data, encryptedData: [header, key, iv, flipped, tag].join('.') }), HandoffError);
    await assert.rejects(new HandoffReader((await townKey('ECDH-ES')).privateKey).read(message.data), HandoffError);
    const tamperedFile = Buffer.from(body);
    tamperedFile[tamperedFile.length - 5] ^= 1;
    await assert.rejects(
      reader.attachment(tamperedFile, 'application/jose', data.attachments[0].attachmentId, read.metadata),
      HandoffError,
    );
    const wrongHash = structuredClone(read.metadata);
    wrongHash.contentStructure.attachments[0].hash.content = createHash('sha512').update('other').digest('hex');
    await assert.rejects(reader.attachment(body, 'application/jose', data.attachments[0].attachmentId, wrongHash), HandoffError);
  });

  test('an application whose data no longer matches its schema never leaves the outbox', async () => {
    plain.down = true;
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        payload: fundsacheSubmission('syke'),
        headers: { 'idempotency-key': randomUUID() },
      });
      const { reference } = response.json();
      // Once the first attempt has failed, the message waits in the outbox for its retry.
      const state = async () =>
        (
          await t.db.query<{ last_error: string | null; delivered_at: Date | null }>(
            "SELECT last_error, delivered_at FROM outbox WHERE payload->>'reference' = $1",
            [reference],
          )
        )[0];
      for (let i = 0; i < 100 && (await state()).last_error === null; i++) await sleep(50);
      assert.equal((await state()).last_error, 'HTTP 503');
      // What a faulty migration or a hand edit might do to a waiting message.
      await t.db.query(
        `UPDATE outbox SET payload = jsonb_set(payload, '{data,fund,gegenstand}', '"unbekannt"'), next_attempt_at = now()
         WHERE payload->>'reference' = $1`,
        [reference],
      );
      plain.down = false;
      for (let i = 0; i < 100 && !(await state()).last_error?.startsWith('refused'); i++) await sleep(50);
      assert.deepEqual(await state(), { last_error: 'refused: data-does-not-match-schema', delivered_at: null });
      assert.equal(plain.delivered.filter((r) => parseWebhook(r).data.reference === reference).length, 0);
    } finally {
      plain.down = false;
    }
  });

  test('a key that cannot encrypt stops the start and names the town', async () => {
    const { publicJwk, privateKey } = await townKey('RSA-OAEP-256');
    const privateJwk = { ...(await exportJWK(privateKey)), alg: 'RSA-OAEP-256' };
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['a private key', privateJwk, /WEBHOOKS\.syke\.encryptionKey is a private key/],
      ['a signing algorithm', { ...publicJwk, alg: 'RS256' }, /"alg" must be RSA-OAEP-256 or ECDH-ES/],
      ['an RSA key named ECDH-ES', { ...publicJwk, alg: 'ECDH-ES' }, /must have "kty" EC/],
      ['a broken modulus', { ...publicJwk, n: 'AQAB' }, /cannot be used to encrypt/],
    ];
    for (const [what, encryptionKey, message] of cases) {
      await assert.rejects(
        importEncryptionKey('syke', encryptionKey as JWK),
        (error: Error) => error instanceof ConfigError && message.test(error.message),
        what,
      );
    }
    // And the API itself does not start with such a key.
    await assert.rejects(
      startTestApp({ webhooks: { syke: { url: 'http://127.0.0.1:9/x', secret: secret(), encryptionKey: privateJwk } } }),
      (error: Error) => error instanceof ConfigError && /WEBHOOKS\.syke\.encryptionKey/.test(error.message),
    );
  });
});
