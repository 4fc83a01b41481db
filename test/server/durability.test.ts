import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { fundsacheData, fundsacheSubmission } from './support/fundsache.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** stdout, one entry per line, as written so far. */
  lines: string[];
  stderr: string[];
  kill(): Promise<void>;
}

const running = new Set<ChildProcess>();
// Even if the test runner itself dies, no server is left behind holding the data folder.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `node --import tsx server/main.ts` as production would, and resolves once the API answers. */
async function startServer(env: Record<string, string | undefined>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = once(child, 'exit');
  void exited.then(() => running.delete(child));
  const lines: string[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => lines.push(line));
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    child,
    lines,
    stderr,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${stderr.join('\n')}\n${lines.join('\n')}`,
      );
    }
    const ready = await fetch(`${server.url}/api/v1/municipalities`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return server;
    if (Date.now() > deadline) {
      await server.kill();
      throw new Error(`server not ready within 60 s:\n${stderr.join('\n')}\n${lines.join('\n')}`);
    }
    await sleep(100);
  }
}

describe('durability of a submission', () => {
  let database: TestDatabase;
  const servers: ServerProcess[] = [];
  let env: Record<string, string | undefined>;

  before(async () => {
    database = await createTestDatabase();
    // PGlite allows one process per data folder: the server children open it, not this test.
    await database.db.close();
    env = {
      ...database.env,
      STAFF_TOKEN_SECRET: 'durability-secret-durability-secret',
      RATHAUS_TODAY: '2026-11-25',
      LOG_LEVEL: 'info',
    };
  });
  after(async () => {
    for (const server of servers) await server.kill();
    await database?.drop();
  });

  test('an application answered 201 survives the server being killed at once, and its log holds no personal data', async () => {
    const first = await startServer(env);
    servers.push(first);
    const data = fundsacheData();
    const fromLine = first.lines.length;
    const response = await fetch(`${first.url}/api/v1/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(fundsacheSubmission('syke', data)),
    });
    assert.equal(response.status, 201);
    const receipt = (await response.json()) as { reference: string; accessCode: string };
    first.child.kill('SIGKILL');
    await first.kill();
    assert.equal(first.child.signalCode, 'SIGKILL');
    const duringSubmission = first.lines.slice(fromLine);

    const second = await startServer(env);
    servers.push(second);
    const lookup = await fetch(`${second.url}/api/v1/applications/${receipt.reference}`, {
      headers: { 'rathaus-access-code': receipt.accessCode },
    });
    assert.equal(lookup.status, 200);
    const view = (await lookup.json()) as { reference: string; status: string; data: unknown; timeline: { status: string }[] };
    assert.equal(view.reference, receipt.reference);
    assert.equal(view.status, 'eingegangen');
    assert.deepEqual(view.data, data);
    assert.deepEqual(
      view.timeline.map((entry) => entry.status),
      ['eingegangen'],
    );

    // The logs: JSON lines, the submission's request among them, and none of the personal data.
    const logged = (lines: string[]) =>
      lines.map((line) => JSON.parse(line) as { msg?: string; req?: { method?: string; route?: string } });
    assert.ok(
      logged(duringSubmission).some((line) => line.req?.method === 'POST' && line.req.route === '/api/v1/applications'),
      `no request log line for the submission among:\n${duringSubmission.join('\n')}`,
    );
    assert.ok(logged(second.lines).some((line) => line.req?.route === '/api/v1/applications/:reference'));
    const secrets = [
      'Zwetschgenbaum',
      data.finder.email,
      receipt.accessCode,
      receipt.accessCode.replaceAll('-', ''),
      data.fund.beschreibung,
      'Druckknopf',
      data.fund.fundort,
      receipt.reference,
    ];
    for (const [name, lines] of [
      ['during the submission', duringSubmission],
      ['first run', first.lines],
      ['second run', second.lines],
    ] as const) {
      for (const line of lines) {
        for (const secret of secrets)
          assert.ok(!line.toLowerCase().includes(secret.toLowerCase()), `${name}: "${secret}" logged in ${line}`);
      }
    }
  });
});
