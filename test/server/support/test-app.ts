import type { AddressInfo } from 'node:net';
import type { App } from '../../../server/app-types.ts';
import { buildApp } from '../../../server/app.ts';
import { configFromEnvironment, type Config } from '../../../server/config.ts';
import type { Database } from '../../../server/db/database.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export const TODAY = '2026-11-25';

export interface TestApp {
  app: App;
  db: Database;
  database: TestDatabase;
  config: Config;
  logs: string[];
  /** Starts listening on loopback (for SSE and real HTTP clients) and returns the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** The real API on a fresh database, configured as in production but for the date and the secrets. */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: Config = {
    ...configFromEnvironment({ STAFF_TOKEN_SECRET: 'test-secret-test-secret-test-secret' }),
    today: TODAY,
    logLevel: 'info',
    // Tests ask for tokens and look applications up far faster than people; the limits have their own tests.
    accessCodeLookupsPerMinute: 10_000,
    tokenRequestsPerMinute: 10_000,
    staffClients: [
      { clientId: 'syke-fachverfahren', clientSecret: 'syke-secret-0123456789', municipality: 'syke' },
      { clientId: 'stuhr-fachverfahren', clientSecret: 'stuhr-secret-0123456789', municipality: 'stuhr' },
      { clientId: 'diepholz-fachverfahren', clientSecret: 'diepholz-secret-0123456789', municipality: 'diepholz' },
    ],
    ...overrides,
  };
  const logs: string[] = [];
  let app: App;
  try {
    app = await buildApp(config, database.db, { write: (line) => void logs.push(line) });
    await app.ready();
  } catch (error) {
    // A database left open keeps the test process alive after its last test (a PostgreSQL pool never idles out).
    await database.db.close();
    await database.drop();
    throw error;
  }
  return {
    app,
    db: database.db,
    database,
    config,
    logs,
    async listen() {
      await app.listen({ host: '127.0.0.1', port: 0 });
      return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    },
    async close() {
      await app.close();
      await database.db.close();
      await database.drop();
    },
  };
}

export async function staffToken(app: App, clientId: string, clientSecret: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/oauth/token',
    payload: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  if (response.statusCode !== 200) throw new Error(`token: ${response.statusCode} ${response.body}`);
  return response.json().access_token;
}
