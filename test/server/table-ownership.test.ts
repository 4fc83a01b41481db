import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';

/** Each table's SQL in one module (README, Development): who may name it after FROM, INTO, UPDATE or JOIN. */
const OWNERS: Record<string, string[]> = {
  applications: [
    'server/applications/application-store.ts',
    // A new timeline entry sets the application's status and time in the same statement (one round trip).
    'server/status/status-event-store.ts',
  ],
  attachments: ['server/applications/attachment-store.ts'],
  status_events: ['server/status/status-event-store.ts'],
  outbox: ['server/outbox/outbox-store.ts'],
  idempotency_keys: ['server/applications/idempotency.ts'],
  reference_counters: ['server/applications/reference-number.ts'],
  form_definitions: ['server/forms/form-registry.ts'],
  municipalities: ['server/catalogue/seed-catalogue.ts'],
  services: ['server/catalogue/seed-catalogue.ts'],
  offerings: ['server/catalogue/seed-catalogue.ts'],
};

async function serverModules(dir = 'server'): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? serverModules(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
    ),
  );
  return nested.flat();
}

test('every table is read and written only by the module that owns it', async () => {
  const modules = await serverModules();
  assert.ok(modules.length > 50, `found only ${modules.length} server modules`);
  const strays: string[] = [];
  const seen = new Set<string>();
  for (const file of modules) {
    const source = await readFile(file, 'utf8');
    for (const [table, owners] of Object.entries(OWNERS)) {
      if (!new RegExp(`\\b(FROM|INTO|UPDATE|JOIN)\\s+${table}\\b`).test(source)) continue;
      seen.add(table);
      if (!owners.includes(file)) strays.push(`${file} names ${table}`);
    }
  }
  assert.deepEqual(strays, []);
  // The check looks at real SQL: every table is found in its owner.
  assert.deepEqual([...seen].sort(), Object.keys(OWNERS).sort());
});
