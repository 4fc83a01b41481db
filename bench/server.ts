/**
 * Load benchmark of the API with autocannon on loopback, on PGlite and on PostgreSQL: the catalogue of one
 * municipality, and anonymous submissions. The server runs as its own process, as in production.
 *   npm run bench:server            (both engines; PostgreSQL at RATHAUS_TEST_DATABASE_URL or 127.0.0.1:5432/test)
 *   BENCH_ENGINES=postgres npm run bench:server   (one engine)
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { WELL_KNOWN } from '../server/catalogue/seed/well-known-services.ts';
import { yardstick } from './yardstick.ts';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const ADMIN_URL = process.env.RATHAUS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((engine) => engine.trim()) as ('pglite' | 'postgres')[];

interface Row {
  engine: string;
  scenario: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const body = JSON.stringify({
  municipality: 'syke',
  service: WELL_KNOWN.fundsacheMelden,
  data: {
    fund: {
      gegenstand: 'schluessel',
      beschreibung: 'Schlüsselbund mit drei Schlüsseln',
      fundort: 'Marktplatz Syke',
      funddatum: '2026-11-20',
    },
    verbleib: { verbleib: 'fundbuero' },
    finderlohn: { anspruch: false },
    finder: { person: { familienname: 'Muster' }, kontakt: { email: 'muster@example.de' } },
  },
});

async function main() {
  const rows: Row[] = [];
  const yardsticks: { label: string; perSecond: number; p50: number; p99: number }[] = [];
  for (const engine of ENGINES) {
    const target = await startServer(engine);
    try {
      rows.push(
        await run(engine, 'catalogue: GET /municipalities/syke/services', {
          url: `${target.url}/api/v1/municipalities/syke/services`,
          connections: 20,
        }),
      );
      rows.push(
        await run(engine, 'submission: POST /applications', {
          url: `${target.url}/api/v1/applications`,
          connections: 10,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          setupClient: (client: { setHeaders(headers: Record<string, string>): void; on(event: string, listener: () => void): void }) => {
            const fresh = () => client.setHeaders({ 'content-type': 'application/json', 'idempotency-key': randomUUID() });
            fresh();
            client.on('response', fresh);
          },
        }),
      );
      if (engine === 'postgres') {
        // The yardstick: the same transaction straight on the same database, now, on this machine.
        for (const counter of [true, false]) {
          const result = await yardstick(target.databaseUrl!, {
            seconds: DURATION_S,
            connections: 10,
            counter,
            municipality: 'syke',
            service: WELL_KNOWN.fundsacheMelden,
          });
          yardsticks.push({ label: counter ? 'with the counter row lock' : 'without it (sequence)', ...result });
        }
      }
    } finally {
      await target.stop();
    }
  }
  console.log(`\nAPI on loopback, ${DURATION_S} s per scenario, ${process.arch} ${cpuCount()} cores\n`);
  console.log('| engine | scenario | requests | req/s | p50 ms | p99 ms | non-2xx |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(`| ${r.engine} | ${r.scenario} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
  const submissions = rows.find((r) => r.engine === 'postgres' && r.scenario.startsWith('submission'));
  if (submissions && yardsticks.length > 0) {
    console.log(`\nYardstick: one submission's transaction straight on the same PostgreSQL, 10 connections, ${DURATION_S} s\n`);
    console.log('| transaction | tx/s | p50 ms | p99 ms | API submissions/s as % of it |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const y of yardsticks) {
      const ratio = (100 * submissions.rps) / y.perSecond;
      console.log(`| ${y.label} | ${y.perSecond.toFixed(0)} | ${y.p50} | ${y.p99} | ${ratio.toFixed(0)} % |`);
    }
  }
}

function cpuCount(): number {
  return availableParallelism();
}

async function run(engine: string, scenario: string, options: Record<string, unknown>): Promise<Row> {
  const result = await autocannon({ duration: DURATION_S, ...options } as autocannon.Options);
  return {
    engine,
    scenario,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

async function startServer(engine: 'pglite' | 'postgres'): Promise<{ url: string; databaseUrl?: string; stop(): Promise<void> }> {
  const port = await freePort();
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ANONYMOUS_SUBMISSIONS_PER_MINUTE: '10000000',
    RATHAUS_TODAY: '2026-11-25',
  };
  let cleanup: () => Promise<void>;
  if (engine === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'rathaus-bench-'));
    env.DATA_DIR = dir;
    delete env.DATABASE_URL;
    cleanup = () => rm(dir, { recursive: true, force: true });
  } else {
    const name = `rathaus_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    cleanup = async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/api/v1/municipalities`)).ok) break;
    } catch {
      if (i > 900) throw new Error('server did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    databaseUrl: env.DATABASE_URL,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await cleanup();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

await main();
