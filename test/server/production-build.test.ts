import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { access, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fundsacheSubmission } from './support/fundsache.ts';
import { freePort } from './support/server-process.ts';
import { createTestDatabase } from './support/test-database.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * What production does: build, install the production dependencies alone (as a deployment would from the
 * registry), start with plain node. Nothing of tsx, TypeScript or the test tools is there.
 */
test('the compiled API starts with plain node and production dependencies only', { timeout: 600_000 }, async () => {
  await run(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT });
  const dir = await mkdtemp(join(tmpdir(), 'rathaus-production-'));
  // A fresh database (PGlite folder or PostgreSQL database), closed here and opened by the compiled server.
  const database = await createTestDatabase();
  await database.db.close();
  try {
    for (const file of ['package.json', 'package-lock.json']) await cp(join(ROOT, file), join(dir, file));
    await cp(join(ROOT, 'dist/node'), join(dir, 'dist/node'), { recursive: true });
    // From npm's cache (filled by the project's own `npm ci`); a package the cache lacks is fetched from the registry.
    const install = (mode: string) => run('npm', ['ci', '--omit=dev', mode, '--no-audit', '--no-fund'], { cwd: dir, env: process.env });
    await install('--offline').catch(() => install('--prefer-offline'));
    await assert.rejects(access(join(dir, 'node_modules/tsx')), 'tsx is a development tool only');
    await assert.rejects(access(join(dir, 'node_modules/typescript')));

    const port = await freePort();
    const child = spawn(process.execPath, ['dist/node/server/main.js'], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        STAFF_TOKEN_SECRET: 'production-test-secret-0123456789',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        ...database.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = once(child, 'exit');
    try {
      const base = `http://127.0.0.1:${port}`;
      let ready: Response | undefined;
      for (const deadline = Date.now() + 180_000; Date.now() < deadline; await sleep(200)) {
        assert.equal(child.exitCode, null, output);
        ready = await fetch(`${base}/readyz`).catch(() => undefined);
        if (ready?.status === 200) break;
      }
      assert.equal(ready?.status, 200, output);
      assert.equal((await ready!.json()).checks.migrations.ok, true);
      const submitted = await fetch(`${base}/api/v1/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(fundsacheSubmission()),
      });
      assert.equal(submitted.status, 201, await submitted.clone().text());
      child.kill('SIGTERM');
      const [code] = await exited;
      assert.equal(code, 0, output);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await database.drop();
  }
});
