import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { KitRelease, KitReleaseIndex } from '../../contract/kit-release.ts';
import { sri } from '../../scripts/kit-release-plugin.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

/** A kit build as the CDN build writes it: an entry, a hashed chunk, and release.json with their SRI hashes. */
async function writeBuild(dir: string, version: string): Promise<KitRelease> {
  const files = {
    'rathaus.js': `import './chunks/core-${version}.js'; export const version = '${version}';\n`,
    [`chunks/core-${version}.js`]: `export const core = '${version}';\n`,
    'assistant.js': `import './chunks/core-${version}.js';\n`,
  };
  await mkdir(join(dir, 'chunks'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  const release: KitRelease = {
    version,
    entry: 'rathaus.js',
    integrity: Object.fromEntries(Object.entries(files).map(([name, text]) => [name, sri(text)])),
  };
  await writeFile(join(dir, 'release.json'), JSON.stringify(release));
  return release;
}

describe('the kit at versioned paths', () => {
  let t: TestApp;
  let root: string;
  let current: KitRelease;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'rathaus-kit-releases-'));
    current = await writeBuild(join(root, 'cdn'), '0.2.0');
    // Earlier releases a deployment keeps, and a stale copy of the current version.
    await writeBuild(join(root, 'releases', '0.1.0'), '0.1.0');
    await writeBuild(join(root, 'releases', '0.2.0-copy'), '0.2.0');
    await writeFile(join(root, 'releases', '0.2.0-copy', 'rathaus.js'), 'export const stale = true;\n');
    t = await startTestApp({ kitDir: join(root, 'cdn'), kitReleasesDir: join(root, 'releases') });
  });
  after(async () => {
    await t.close();
    await rm(root, { recursive: true, force: true });
  });

  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { origin: 'https://www.syke.de' } });

  test('serves a release at /kit/<version>/, cached for good, with the bytes its published SRI hash names', async () => {
    const response = await get('/kit/0.2.0/rathaus.js');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.match(String(response.headers['content-type']), /javascript/);
    assert.equal(sri(response.rawPayload), current.integrity['rathaus.js']);
    const chunk = await get('/kit/0.2.0/chunks/core-0.2.0.js');
    assert.equal(chunk.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(sri(chunk.rawPayload), current.integrity['chunks/core-0.2.0.js']);
  });

  test('keeps serving earlier releases from KIT_RELEASES_DIR, and the current build wins over a copy of its version', async () => {
    const old = await get('/kit/0.1.0/rathaus.js');
    assert.equal(old.statusCode, 200);
    assert.match(old.body, /version = '0\.1\.0'/);
    assert.equal(old.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.doesNotMatch((await get('/kit/0.2.0/rathaus.js')).body, /stale/);
    assert.equal((await get('/kit/0.3.0/rathaus.js')).statusCode, 404);
  });

  test('serves the newest release of a major at /kit/v<major>/, the entry cached only briefly', async () => {
    const entry = await get('/kit/v0/rathaus.js');
    assert.equal(entry.statusCode, 200);
    assert.match(entry.body, /version = '0\.2\.0'/);
    assert.equal(entry.headers['cache-control'], 'public, max-age=300');
    // The entry imports its chunks relatively, so they come from the channel's folder too, and never change.
    assert.equal((await get('/kit/v0/chunks/core-0.2.0.js')).headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal((await get('/kit/v1/rathaus.js')).statusCode, 404);
    // The unversioned address of before keeps working for pages that use it.
    assert.match((await get('/kit/rathaus.js')).body, /version = '0\.2\.0'/);
  });

  test('publishes every served release with its SRI hashes, and where each channel points', async () => {
    const response = await get('/kit/releases.json');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'public, max-age=300');
    const index = response.json() as KitReleaseIndex;
    assert.deepEqual(index.channels, { v0: '0.2.0' });
    assert.deepEqual(
      index.releases.map((release) => release.version),
      ['0.2.0', '0.1.0'],
    );
    assert.deepEqual(index.releases[0], current);
    const perRelease = await get('/kit/0.2.0/release.json');
    assert.deepEqual(perRelease.json(), current);
  });

  test('serves the snippet assistant of the current release at /kit/assistant/, under a strict CSP', async () => {
    const page = await get('/kit/assistant/');
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(String(page.headers['content-security-policy']), /script-src 'self';/);
    assert.match(page.body, /<html lang="de">/);
    assert.match(page.body, /<script type="module" src="\/kit\/0\.2\.0\/assistant\.js"><\/script>/);
    assert.match(page.body, /<rathaus-snippet-assistant issuers="[^"]*"><\/rathaus-snippet-assistant>/);
    // Fastify's ignoreTrailingSlash: the address without the slash works too.
    assert.equal((await get('/kit/assistant')).statusCode, 200);
  });
});
