import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { OutputBundle } from 'rolldown';
import { precompress } from '../../scripts/kit-build-plugins.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

const CHROME = 'gzip, deflate, br, zstd';

/** A module of the size of a real chunk, with the repetition that makes script compress. */
const entry = `export const messages = {\n${Array.from({ length: 300 }, (_, i) => `  message${i}: 'Bitte geben Sie den Wert ${i} ein.',`).join('\n')}\n};\n`;
const chunk = `export const styles = \`${':host { display: block; color: var(--rathaus-color-text, #1a1a1a); }\n'.repeat(100)}\`;\n`;

/** Runs the build's precompress plugin on files already written, as `vite build` does after writing them. */
async function precompressInto(dir: string, files: Record<string, string>) {
  const plugin = precompress();
  (plugin.configResolved as (config: unknown) => void)({ build: { outDir: dir } });
  const bundle = Object.fromEntries(
    Object.entries(files).map(([fileName, code]) => [fileName, { type: 'chunk', fileName, code }]),
  ) as unknown as OutputBundle;
  await (plugin.writeBundle as (options: unknown, bundle: OutputBundle) => Promise<void>)({}, bundle);
}

describe('the kit on the wire (KIT_DIR)', () => {
  let t: TestApp;
  let kitDir: string;
  before(async () => {
    kitDir = await mkdtemp(join(tmpdir(), 'rathaus-kit-'));
    await mkdir(join(kitDir, 'chunks'));
    await writeFile(join(kitDir, 'rathaus.js'), entry);
    await writeFile(join(kitDir, 'chunks/styles-AbC123.js'), chunk);
    await precompressInto(kitDir, { 'rathaus.js': entry, 'chunks/styles-AbC123.js': chunk });
    await writeFile(join(kitDir, 'release.json'), JSON.stringify({ version: '9.9.9', entry: 'rathaus.js', integrity: {} }));
    t = await startTestApp({ kitDir });
  });
  after(async () => {
    await t.close();
    await rm(kitDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    t.app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

  test('the build writes a brotli and a gzip file beside each file, each decoding to the original', async () => {
    const br = await readFile(join(kitDir, 'rathaus.js.br'));
    const gz = await readFile(join(kitDir, 'chunks/styles-AbC123.js.gz'));
    assert.equal(brotliDecompressSync(br).toString(), entry);
    assert.equal(gunzipSync(gz).toString(), chunk);
    assert.ok(br.length < entry.length / 4, `brotli ${br.length} of ${entry.length} bytes`);
  });

  test('a browser that accepts brotli gets the .br bytes on the wire', async () => {
    const response = await get('/kit/rathaus.js', CHROME);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-encoding'], 'br');
    assert.match(String(response.headers['content-type']), /javascript/);
    assert.match(String(response.headers.vary), /accept-encoding/i);
    assert.deepEqual(response.rawPayload, await readFile(join(kitDir, 'rathaus.js.br')));
    assert.equal(Number(response.headers['content-length']), response.rawPayload.length);
    assert.ok(response.rawPayload.length < entry.length / 4);
    assert.equal(brotliDecompressSync(response.rawPayload).toString(), entry);
  });

  test('gzip when the browser accepts only gzip; the file itself when it accepts neither', async () => {
    const gzip = await get('/kit/rathaus.js', 'gzip, deflate');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gzip.rawPayload, await readFile(join(kitDir, 'rathaus.js.gz')));
    assert.match(String(gzip.headers.vary), /accept-encoding/i);

    const plain = await get('/kit/rathaus.js', 'identity');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.rawPayload.toString(), entry);
    // A cache in between must not hand this uncompressed answer to a browser that accepts brotli.
    assert.match(String(plain.headers.vary), /accept-encoding/i);
  });

  test('hashed chunks are cached for good, the entry briefly, whatever the encoding', async () => {
    for (const encoding of [CHROME, 'identity']) {
      const chunkResponse = await get('/kit/chunks/styles-AbC123.js', encoding);
      assert.equal(chunkResponse.headers['cache-control'], 'public, max-age=31536000, immutable');
      const entryResponse = await get('/kit/rathaus.js', encoding);
      assert.match(String(entryResponse.headers['cache-control']), /^public, max-age=300\b/);
      assert.equal(entryResponse.headers['access-control-allow-origin'], '*');
    }
  });

  test('the versioned paths go out compressed too: a release for good, its channel briefly', async () => {
    const release = await get('/kit/9.9.9/rathaus.js', CHROME);
    assert.equal(release.headers['content-encoding'], 'br');
    assert.deepEqual(release.rawPayload, await readFile(join(kitDir, 'rathaus.js.br')));
    assert.equal(release.headers['cache-control'], 'public, max-age=31536000, immutable');
    const channel = await get('/kit/v9/chunks/styles-AbC123.js', 'gzip');
    assert.equal(channel.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(channel.rawPayload).toString(), chunk);
    assert.match(String(channel.headers.vary), /accept-encoding/i);
  });

  test('different encodings have different ETags, so a cache never confuses them', async () => {
    const br = await get('/kit/rathaus.js', 'br');
    const gzip = await get('/kit/rathaus.js', 'gzip');
    assert.ok(br.headers.etag && gzip.headers.etag);
    assert.notEqual(br.headers.etag, gzip.headers.etag);
  });
});

describe('API answers on the wire', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  test('a form definition (larger than a packet) is sent brotli-compressed, and decodes to the same JSON', async () => {
    const plain = await get('/api/v1/forms/99019001064000', { 'accept-encoding': 'identity' });
    assert.equal(plain.statusCode, 200);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.rawPayload.length > 1400, `${plain.rawPayload.length} bytes`);

    const br = await get('/api/v1/forms/99019001064000', { 'accept-encoding': CHROME });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers.vary), /accept-encoding/i);
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 2, `${br.rawPayload.length} of ${plain.rawPayload.length} bytes`);
    assert.deepEqual(JSON.parse(brotliDecompressSync(br.rawPayload).toString()), plain.json());

    const gzip = await get('/api/v1/forms/99019001064000', { 'accept-encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse(gunzipSync(gzip.rawPayload).toString()), plain.json());
  });

  test('each encoding has its own ETag, and If-None-Match with it answers 304', async () => {
    const br = await get('/api/v1/forms/99019001064000', { 'accept-encoding': 'br' });
    const plain = await get('/api/v1/forms/99019001064000', { 'accept-encoding': 'identity' });
    assert.ok(br.headers.etag && plain.headers.etag);
    assert.notEqual(br.headers.etag, plain.headers.etag);
    const again = await get('/api/v1/forms/99019001064000', { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    assert.equal(again.statusCode, 304);
    assert.equal(again.rawPayload.length, 0);
  });

  test('answers that fit in a packet go out as they are', async () => {
    const small = await get('/api/v1/municipalities/syke', { 'accept-encoding': CHROME });
    assert.equal(small.statusCode, 200);
    assert.ok(small.rawPayload.length <= 1400, `${small.rawPayload.length} bytes`);
    assert.equal(small.headers['content-encoding'], undefined);
    JSON.parse(small.rawPayload.toString());
  });

  test('problem documents and the OpenAPI document are compressed like any JSON', async () => {
    const openapi = await get('/api/v1/openapi.json', { 'accept-encoding': 'gzip' });
    assert.equal(openapi.headers['content-encoding'], 'gzip');
    assert.equal(JSON.parse(gunzipSync(openapi.rawPayload).toString()).openapi, '3.1.0');
  });
});
