import type { Sql } from '../db/database.ts';

/**
 * The next readable reference of a municipality, e.g. SYK-2026-000123: one counter per municipality and year,
 * incremented inside the submitting transaction so that a rolled-back submission leaves no gap behind.
 */
export async function nextReference(tx: Sql, municipality: { slug: string; code: string }, year: number): Promise<string> {
  const [row] = await tx.query<{ last_value: number }>(
    `INSERT INTO reference_counters (municipality, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (municipality, year) DO UPDATE SET last_value = reference_counters.last_value + 1
     RETURNING last_value`,
    [municipality.slug, year],
  );
  return `${municipality.code}-${year}-${String(row.last_value).padStart(6, '0')}`;
}
