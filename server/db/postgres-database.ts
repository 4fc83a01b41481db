import pg from 'pg';
import type { Database, Sql } from './database.ts';

// Timestamps, dates and 64-bit integers arrive as the same JS types as from PGlite, so modules need not care.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** PostgreSQL for production, and for several server processes sharing one database. */
export async function openPostgresDatabase(connectionString: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max });
  // The server may drop an idle connection (restart, failover, an administrator): the next query opens a new one.
  // Without a listener, Node would crash the whole API on that event.
  pool.on('error', () => undefined);
  await pool.query('select 1');
  const listeners = new Map<string, Set<(payload: string) => void>>();
  // A promise, so that two subscribers at start share one connection instead of racing to open two.
  let listener: Promise<pg.Client> | undefined;
  let closed = false;

  // One dedicated connection carries every LISTEN; it reconnects and re-subscribes if the server drops it.
  async function connectListener(): Promise<pg.Client> {
    // A bounded connect, so that closing never waits on a database that does not answer.
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
    client.on('error', () => {
      listener = undefined;
      void client.end().catch(() => undefined);
      reconnectLater();
    });
    await client.connect();
    client.on('notification', (message) => {
      for (const handler of listeners.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    for (const channel of listeners.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    return client;
  }
  // Until the database is back (a restart or failover takes a while), try again every second; one try at a time.
  let retry: NodeJS.Timeout | undefined;
  function reconnectLater(): void {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void ensureListener().catch(reconnectLater);
    }, 1000);
  }
  function ensureListener(): Promise<pg.Client> {
    if (closed) return Promise.reject(new Error('the database is closed'));
    listener ??= connectListener().catch((error: unknown) => {
      listener = undefined;
      throw error;
    });
    return listener;
  }

  const query = async <Row>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as Row[];

  return {
    engine: 'postgres',
    query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const sql: Sql = { query: async <Row>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as Row[] };
        const result = await work(sql);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      const client = await ensureListener();
      let handlers = listeners.get(channel);
      if (!handlers) {
        handlers = new Set();
        listeners.set(channel, handlers);
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      }
      handlers.add(onPayload);
      return async () => {
        handlers.delete(onPayload);
      };
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }),
    async close() {
      closed = true;
      clearTimeout(retry);
      const client = await listener?.catch(() => undefined);
      await client?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
