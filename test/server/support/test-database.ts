import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '../../../server/db/database.ts';
import { openDatabase } from '../../../server/db/open-database.ts';

/** Set by `npm run test:server:pg`: the same tests then run against PostgreSQL instead of PGlite. */
export const POSTGRES_ADMIN_URL = process.env.RATHAUS_TEST_DATABASE_URL;

export interface TestDatabase {
  db: Database;
  /** What a server process needs to open the same database: DATABASE_URL or DATA_DIR. */
  env: { DATABASE_URL?: string; DATA_DIR?: string };
  reopen(): Promise<Database>;
  drop(): Promise<void>;
}

/** A fresh, migrated, empty database: a PGlite folder, or a new database on the PostgreSQL server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  return POSTGRES_ADMIN_URL ? createPostgresDatabase(POSTGRES_ADMIN_URL) : createPgliteDatabase();
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  // initdb in WebAssembly takes seconds; every test copies one initialised folder instead.
  const TEMPLATE_DIR = join(process.cwd(), '.tmp', `pglite-template-${await migrationsHash()}`);
  if (!(await exists(join(TEMPLATE_DIR, 'PG_VERSION')))) {
    const staging = `${TEMPLATE_DIR}-${process.pid}`;
    await mkdir(staging, { recursive: true });
    const template = await openDatabase({ dataDir: staging });
    await template.close();
    await rm(TEMPLATE_DIR, { recursive: true, force: true });
    await cp(staging, TEMPLATE_DIR, { recursive: true }).catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'rathaus-pglite-'));
  await cp(TEMPLATE_DIR, dataDir, { recursive: true });
  const open = () => openDatabase({ dataDir });
  return {
    db: await open(),
    env: { DATA_DIR: dataDir },
    reopen: open,
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function createPostgresDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `rathaus_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const open = () => openDatabase({ databaseUrl: url.toString(), dataDir: '' });
  return {
    db: await open(),
    env: { DATABASE_URL: url.toString() },
    reopen: open,
    async drop() {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function migrationsHash(): Promise<string> {
  const dir = new URL('../../../server/db/migrations/', import.meta.url);
  const hash = createHash('sha256');
  for (const name of (await readdir(dir)).sort()) hash.update(name).update(await readFile(new URL(name, dir)));
  return hash.digest('hex').slice(0, 12);
}
