import { formatReference } from '../../contract/reference-number.ts';
import type { Sql } from '../db/database.ts';

/**
 * The next readable reference of a municipality, e.g. SYK-2026-000123, and the moment of the submission, both from
 * the database clock in one statement. One counter per municipality and year, incremented inside the submitting
 * transaction so that a rolled-back submission leaves no gap behind; the year is Germany's, so an application
 * sent at 00:30 on New Year's Day is numbered in the new year.
 */
export async function nextReference(tx: Sql, municipality: { slug: string; code: string }): Promise<{ reference: string; at: Date }> {
  const [row] = await tx.query<{ year: number; last_value: number; at: Date }>(
    `INSERT INTO reference_counters (municipality, year, last_value)
     VALUES ($1, extract(year FROM now() AT TIME ZONE 'Europe/Berlin')::int, 1)
     ON CONFLICT (municipality, year) DO UPDATE SET last_value = reference_counters.last_value + 1
     RETURNING year, last_value, now() AS at`,
    [municipality.slug],
  );
  return { reference: formatReference(municipality.code, row.year, row.last_value), at: row.at };
}
