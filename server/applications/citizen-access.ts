import type { FastifyRequest } from 'fastify';
import type { AppDependencies } from '../app-types.ts';
import type { Citizen } from '../auth/citizen-tokens.ts';
import { bearerToken } from '../auth/bearer.ts';
import type { Sql } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import { accessCodeMatches } from './access-code.ts';
import { findByReference, type ApplicationRow } from './application-store.ts';

/** Until when the credentials a request was let in with are accepted; access codes do not expire. */
const acceptedUntil = new WeakMap<FastifyRequest, number>();

export function credentialsAcceptedUntil(request: FastifyRequest): number | undefined {
  return acceptedUntil.get(request);
}

export async function optionalCitizen(request: FastifyRequest, deps: AppDependencies): Promise<Citizen | undefined> {
  const token = bearerToken(request);
  if (!token) return undefined;
  const citizen = await deps.citizens.verify(token);
  acceptedUntil.set(request, citizen.acceptedUntil);
  return citizen;
}

export async function requireCitizen(request: FastifyRequest, deps: AppDependencies): Promise<Citizen> {
  const citizen = await optionalCitizen(request, deps);
  if (!citizen) throw problems.unauthorized('Bitte melden Sie sich an.');
  return citizen;
}

/**
 * The application behind a reference, if the request may see it: its owner's token, or the access code of an
 * anonymous application. Anyone else gets the same 404 as for a reference that does not exist, so that
 * references cannot be probed.
 */
export async function applicationForCitizen(
  request: FastifyRequest,
  deps: AppDependencies,
  sql: Sql,
  reference: string,
): Promise<ApplicationRow> {
  const citizen = await optionalCitizen(request, deps);
  const code = request.headers['rathaus-access-code'];
  if (!citizen && typeof code !== 'string') {
    throw problems.unauthorized('Melden Sie sich an oder geben Sie den Zugangscode Ihres Antrags an.');
  }
  // Access codes are guessed one request at a time; a citizen's token is not.
  if (!citizen) deps.rateLimits.accessCodeLookups.take(request);
  const row = await findByReference(sql, reference);
  const owns = row && citizen && row.owner_issuer === citizen.issuer && row.owner_subject === citizen.subject;
  const knowsCode = row && typeof code === 'string' && accessCodeMatches(code, row.access_code_hash);
  if (!row || !(owns || knowsCode)) throw problems.notFound(`Einen Antrag ${reference} gibt es nicht, oder er gehört nicht zu Ihnen.`);
  return row;
}
