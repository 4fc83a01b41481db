/**
 * Soak: two API processes on one PostgreSQL take a steady stream of submissions while one of them is killed with
 * SIGKILL and started again every 30 s. A client that gets no answer sends the same request (same Idempotency-Key)
 * to the other process. Prints what was submitted, acknowledged, stored and delivered to the town's webhook, and
 * the duplicates and losses.
 *   npm run bench:soak                                   (120 s, 20 submissions/s)
 *   SOAK_SECONDS=60 SOAK_RATE=10 SOAK_KILL_EVERY=30 npm run bench:soak
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { WELL_KNOWN } from '../server/catalogue/seed/well-known-services.ts';

const ADMIN_URL = process.env.RATHAUS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const RATE = Number(process.env.SOAK_RATE ?? 20);
const KILL_EVERY_S = Number(process.env.SOAK_KILL_EVERY ?? 30);

const body = JSON.stringify({
  municipality: 'syke',
  service: WELL_KNOWN.fundsacheMelden,
  data: {
    fund: { gegenstand: 'schluessel', beschreibung: 'Schlüsselbund', fundort: 'Marktplatz Syke', funddatum: '2026-11-20' },
    verbleib: { verbleib: 'fundbuero' },
    finderlohn: { anspruch: false },
    finder: { person: { familienname: 'Muster' }, kontakt: { email: 'muster@example.de' } },
  },
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function main() {
  const name = `rathaus_soak_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  // The town's specialist procedure: takes every message, counts references and repeats.
  const deliveries = new Map<string, number>();
  const receiver = createHttpServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      const reference = (JSON.parse(text) as { data: { reference?: string } }).data.reference;
      if (reference) deliveries.set(reference, (deliveries.get(reference) ?? 0) + 1);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/syke`;

  const servers: { port: number; child?: ChildProcess }[] = [{ port: await freePort() }, { port: await freePort() }];
  const start = async (slot: { port: number; child?: ChildProcess }) => {
    slot.child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(slot.port),
        LOG_LEVEL: 'warn',
        OUTBOX_POLL_MS: '200',
        ANONYMOUS_SUBMISSIONS_PER_MINUTE: '1000000',
        WEBHOOKS: JSON.stringify({ syke: { url: webhookUrl, secret: 'soak-secret-0123456789' } }),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (let i = 0; i < 900; i++) {
      if (
        await fetch(`http://127.0.0.1:${slot.port}/readyz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await sleep(200);
    }
    throw new Error('server did not become ready');
  };
  await start(servers[0]);
  await start(servers[1]);

  let submitted = 0;
  let acknowledged = 0;
  const acknowledgedReferences = new Set<string>();
  const pending: Promise<void>[] = [];
  const submitOne = async (n: number) => {
    submitted++;
    const key = randomUUID();
    for (let attempt = 0; attempt < 50; attempt++) {
      const slot = servers[(n + attempt) % 2];
      try {
        const response = await fetch(`http://127.0.0.1:${slot.port}/api/v1/applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        if (response.status === 201) {
          acknowledged++;
          acknowledgedReferences.add(((await response.json()) as { reference: string }).reference);
          return;
        }
        await response.body?.cancel();
      } catch {
        // No answer: the process was killed; the same key goes to the other one.
      }
      await sleep(200);
    }
  };

  const started = Date.now();
  let kills = 0;
  let nextKill = started + KILL_EVERY_S * 1000;
  for (let n = 0; Date.now() - started < SECONDS * 1000; n++) {
    pending.push(submitOne(n));
    if (Date.now() >= nextKill) {
      const slot = servers[kills % 2];
      slot.child?.kill('SIGKILL');
      kills++;
      nextKill += KILL_EVERY_S * 1000;
      void start(slot);
    }
    await sleep(1000 / RATE);
  }
  await Promise.all(pending);
  // Let the outbox drain: every stored application must reach the webhook.
  const check = new pg.Client({ connectionString: databaseUrl });
  await check.connect();
  const stored = async () => (await check.query<{ reference: string }>('SELECT reference FROM applications')).rows.map((r) => r.reference);
  for (let i = 0; i < 120; i++) {
    if ((await stored()).every((reference) => deliveries.has(reference))) break;
    await sleep(500);
  }
  const storedReferences = new Set(await stored());
  await check.end();
  const duplicates = [...deliveries.values()].reduce((sum, count) => sum + count - 1, 0);
  const lostAcknowledged = [...acknowledgedReferences].filter((reference) => !storedReferences.has(reference)).length;
  const undelivered = [...storedReferences].filter((reference) => !deliveries.has(reference)).length;

  console.log(
    `\nSoak: two API processes on PostgreSQL, ${SECONDS} s at ${RATE} submissions/s, SIGKILL + restart every ${KILL_EVERY_S} s (${kills} kills)\n`,
  );
  console.log(
    '| submitted | acknowledged | stored | delivered | duplicate deliveries | lost (acknowledged, not stored) | lost (stored, not delivered) |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${submitted} | ${acknowledged} | ${storedReferences.size} | ${deliveries.size} | ${duplicates} | ${lostAcknowledged} | ${undelivered} |`,
  );

  for (const slot of servers) slot.child?.kill('SIGTERM');
  await sleep(1000);
  receiver.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  process.exit(0);
}

await main();
