import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);
// Any constant shared by all processes: it serialises migrations when several servers start at once.
const MIGRATION_LOCK = 7_245_001;

/** Applies the numbered SQL files in migrations/ that this database has not seen yet, each in a transaction. */
export async function migrate(db: Database): Promise<void> {
  const files = (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const applied = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name));
    for (const name of files) {
      if (applied.has(name)) continue;
      const sql = await readFile(new URL(name, migrationsDir), 'utf8');
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
    }
  });
}

/** The migrations in migrations/ that this database has not applied (e.g. a newer server started on it). */
export async function pendingMigrations(db: Database): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
  const rows = await db.query<{ name: string }>('SELECT name FROM schema_migrations').catch(() => []);
  const applied = new Set(rows.map((row) => row.name));
  return files.filter((name) => !applied.has(name));
}

// Migrations are plain DDL without functions or string literals containing ';', so a split on ';' is exact.
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}
