import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './database.ts';

/** Embedded Postgres in a data folder: the default, so that the demo needs no database server. */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  const db = await PGlite.create(dataDir);
  const query = async <Row>(text: string, params?: unknown[]) => (await db.query<Row>(text, params)).rows;
  return {
    engine: 'pglite',
    query,
    transaction: (work) =>
      db.transaction((tx) => {
        const sql: Sql = { query: async <Row>(text: string, params?: unknown[]) => (await tx.query<Row>(text, params)).rows };
        return work(sql);
      }),
    listen: async (channel, onPayload) => {
      const unsubscribe = await db.listen(channel, onPayload);
      return async () => unsubscribe();
    },
    close: () => db.close(),
  };
}
