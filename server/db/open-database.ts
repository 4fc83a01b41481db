import type { Database } from './database.ts';
import { migrate } from './migrate.ts';

/** Opens PostgreSQL when a URL is given, else PGlite in `dataDir`, and brings the schema up to date. */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  const db = options.databaseUrl
    ? await (await import('./postgres-database.ts')).openPostgresDatabase(options.databaseUrl)
    : await (await import('./pglite-database.ts')).openPgliteDatabase(options.dataDir);
  await migrate(db);
  return db;
}
