import type { FastifyRequest } from 'fastify';
import type { Sql } from '../db/database.ts';
import { Problem, problems } from '../http/problem.ts';

export interface StoredResponse {
  requestHash: string;
  statusCode: number;
  response: object;
}

/** The request's `Idempotency-Key`; submissions without one are refused, so that a retry can never duplicate. */
export function idempotencyKey(request: FastifyRequest): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || key.length === 0) {
    throw problems.badRequest('Der Header "Idempotency-Key" fehlt; er schützt vor doppelt gesendeten Anträgen.');
  }
  if (key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw problems.badRequest('Der Header "Idempotency-Key" muss aus 1 bis 255 sichtbaren ASCII-Zeichen bestehen.');
  }
  return key;
}

export async function storedResponse(sql: Sql, scope: string, key: string): Promise<StoredResponse | undefined> {
  const [row] = await sql.query<{ request_hash: string; status_code: number; response: object }>(
    'SELECT request_hash, status_code, response FROM idempotency_keys WHERE scope = $1 AND key = $2',
    [scope, key],
  );
  return row && { requestHash: row.request_hash, statusCode: row.status_code, response: row.response };
}

/** Replays the first answer to a retried request, or refuses a key reused for different data. */
export function replay(stored: StoredResponse, requestHash: string): StoredResponse {
  if (stored.requestHash !== requestHash) {
    throw new Problem(
      422,
      'idempotency-key-reused',
      'Schlüssel bereits verwendet',
      'Dieser Idempotency-Key wurde schon für einen anderen Antrag verwendet.',
    );
  }
  return stored;
}

/** Records the answer in the submitting transaction; false if a concurrent request with the key won the race. */
export async function recordResponse(
  tx: Sql,
  scope: string,
  key: string,
  requestHash: string,
  statusCode: number,
  response: object,
): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash, status_code, response) VALUES ($1, $2, $3, $4, $5::jsonb)
     ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
    [scope, key, requestHash, statusCode, JSON.stringify(response)],
  );
  return inserted.length === 1;
}

/** Forgets the stored answers that named these applications (their data is being deleted). */
export async function forgetResponses(tx: Sql, references: readonly string[]): Promise<void> {
  await tx.query(`DELETE FROM idempotency_keys WHERE response ->> 'reference' = ANY($1::text[])`, [references]);
}
