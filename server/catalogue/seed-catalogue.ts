import type { Sql } from '../db/database.ts';
import { municipalities } from './seed/municipalities.ts';
import { offerings } from './seed/offerings.ts';
import { services } from './seed/services.ts';

/** Brings the catalogue tables in line with the seed in code; safe to run on every start and from several processes. */
export async function seedCatalogue(tx: Sql): Promise<void> {
  for (const municipality of municipalities) {
    await tx.query(
      `INSERT INTO municipalities (slug, code, document) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (slug) DO UPDATE SET code = excluded.code, document = excluded.document`,
      [municipality.slug, municipality.code, JSON.stringify(municipality)],
    );
  }
  for (const service of services) {
    await tx.query(
      `INSERT INTO services (key, document) VALUES ($1, $2::jsonb)
       ON CONFLICT (key) DO UPDATE SET document = excluded.document`,
      [service.key, JSON.stringify(service)],
    );
  }
  await tx.query('DELETE FROM offerings');
  for (const [municipality, modes] of Object.entries(offerings)) {
    for (const [serviceKey, mode] of Object.entries(modes)) {
      await tx.query('INSERT INTO offerings (municipality, service_key, mode) VALUES ($1, $2, $3)', [municipality, serviceKey, mode]);
    }
  }
}
