import { Type } from 'typebox';
import type { ResourcePlugin } from '../app-types.ts';
import { ProblemDocument } from '../../contract/problem.ts';
import { Problem } from '../http/problem.ts';
import { STAFF_TOKEN_TTL_SECONDS } from './staff-tokens.ts';

/** OAuth 2.0 token endpoint (RFC 6749 §4.4) for the client credentials grant only. */
export const staffTokenRoute: ResourcePlugin = async (api, { deps: { staff, rateLimits } }) => {
  api.post(
    '/oauth/token',
    {
      schema: {
        operationId: 'issueStaffToken',
        security: [],
        tags: ['Sachbearbeitung'],
        summary: 'Client credentials token for a specialist procedure or clerk, scoped to one municipality',
        description: 'Client authentication by HTTP Basic or by client_id and client_secret in the form body.',
        consumes: ['application/x-www-form-urlencoded'],
        body: Type.Object({
          grant_type: Type.String(),
          client_id: Type.Optional(Type.String()),
          client_secret: Type.Optional(Type.String()),
        }),
        response: {
          200: Type.Object({ access_token: Type.String(), token_type: Type.Literal('Bearer'), expires_in: Type.Integer() }),
          400: ProblemDocument,
          401: ProblemDocument,
        },
      },
    },
    async (request, reply) => {
      // Client secrets are guessed one request at a time.
      rateLimits.tokenRequests.take(request);
      if (request.body.grant_type !== 'client_credentials') {
        throw new Problem(
          400,
          'unsupported-grant-type',
          'Nicht unterstützter Grant',
          'Unterstützt wird nur grant_type=client_credentials.',
        );
      }
      const credentials = basicCredentials(request.headers.authorization) ?? {
        id: request.body.client_id ?? '',
        secret: request.body.client_secret ?? '',
      };
      const token = await staff.issue(credentials.id, credentials.secret);
      if (!token) throw invalidClient();
      void reply.header('cache-control', 'no-store');
      return { access_token: token, token_type: 'Bearer' as const, expires_in: STAFF_TOKEN_TTL_SECONDS };
    },
  );
};

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = header && /^Basic\s+(\S+)$/i.exec(header);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  // A client that sends Basic authenticates with it alone (RFC 6749 §2.3): a broken one is refused, never passed over.
  if (colon < 0) throw invalidClient();
  try {
    return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  } catch {
    // Malformed percent-encoding (RFC 6749 §2.3.1) authenticates no client; it is not a server error.
    throw invalidClient();
  }
}

function invalidClient(): Problem {
  return new Problem(401, 'invalid-client', 'Unbekannter Client', 'Client-ID oder Client-Secret stimmen nicht.');
}
