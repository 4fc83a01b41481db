import type { Sql } from '../db/database.ts';
import type { CatalogueData } from './catalogue-files.ts';

/**
 * Brings the catalogue tables in line with the data files; safe to run on every start and from several processes.
 * Municipalities and services are never deleted here: applications refer to them after they leave the files.
 */
export async function seedCatalogue(
  tx: Sql,
  { municipalities, services, offerings }: Pick<CatalogueData, 'municipalities' | 'services' | 'offerings'>,
): Promise<void> {
  for (const municipality of municipalities) {
    await tx.query(
      `INSERT INTO municipalities (slug, code, ars, document) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (slug) DO UPDATE SET code = excluded.code, ars = excluded.ars, document = excluded.document`,
      [municipality.slug, municipality.code, municipality.ars, JSON.stringify(municipality)],
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
  for (const { municipality, serviceKey, mode, onlineFrom, fee } of offerings) {
    await tx.query('INSERT INTO offerings (municipality, service_key, mode, online_from, fee) VALUES ($1, $2, $3, $4, $5::jsonb)', [
      municipality,
      serviceKey,
      mode,
      onlineFrom ?? null,
      fee ? JSON.stringify(fee) : null,
    ]);
  }
}
