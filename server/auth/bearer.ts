import type { FastifyRequest } from 'fastify';
import { problems } from '../http/problem.ts';

/** The token of an `Authorization: Bearer …` header, if the request has one. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw problems.unauthorized('Erwartet wird "Authorization: Bearer <Token>".');
  return match[1];
}
