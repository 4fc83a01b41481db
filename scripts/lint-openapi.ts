/**
 * `npm run lint:openapi`: builds the API on a throw-away database, writes the OpenAPI document it serves to
 * .tmp/openapi.json and lints it with Redocly's recommended rules — the document vendors generate clients from.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../server/app.ts';
import { configFromEnvironment } from '../server/config.ts';
import { openDatabase } from '../server/db/open-database.ts';

const dataDir = await mkdtemp(join(tmpdir(), 'rathaus-openapi-'));
const config = { ...configFromEnvironment({ PUBLIC_URL: 'https://api.landkreis-diepholz.de', DATA_DIR: dataDir }), logLevel: 'silent' };
const db = await openDatabase(config);
const app = await buildApp(config, db);
const document = (await app.inject({ url: '/api/v1/openapi.json' })).body;
await app.close();
await db.close();
await rm(dataDir, { recursive: true, force: true });

await mkdir('.tmp', { recursive: true });
await writeFile('.tmp/openapi.json', document);
execFileSync('npx', ['redocly', 'lint', '--format=stylish', '.tmp/openapi.json'], {
  stdio: 'inherit',
  // Redocly sends usage data and checks for updates unless told not to; nothing leaves this machine.
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
