import { createHash, timingSafeEqual } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { StaffClient } from '../config.ts';
import { problems } from '../http/problem.ts';

export interface StaffMember {
  clientId: string;
  /** The one municipality whose applications this client may see and change. */
  municipality: string;
}

const ISSUER = 'open-rathaus';
const AUDIENCE = 'open-rathaus-staff-api';
export const STAFF_TOKEN_TTL_SECONDS = 900;

/** OAuth 2.0 client credentials for specialist procedures and clerks, each client bound to one municipality. */
export class StaffTokens {
  private readonly key: Uint8Array;

  constructor(
    private readonly clients: StaffClient[],
    secret: string,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(clientId: string, clientSecret: string): Promise<string | undefined> {
    const client = this.clients.find((candidate) => candidate.clientId === clientId);
    if (!client || !sameSecret(client.clientSecret, clientSecret)) return undefined;
    return new SignJWT({ municipality: client.municipality })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(client.clientId)
      .setIssuedAt()
      .setExpirationTime(`${STAFF_TOKEN_TTL_SECONDS}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<StaffMember> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.municipality !== 'string' || !payload.sub) throw new Error('incomplete token');
      // A client removed from STAFF_CLIENTS (or moved to another municipality) loses its tokens at once, not
      // when they expire.
      const client = this.clients.find((candidate) => candidate.clientId === payload.sub);
      if (!client || client.municipality !== payload.municipality) throw new Error('client no longer configured');
      return { clientId: payload.sub, municipality: payload.municipality };
    } catch {
      throw problems.unauthorized('Das Zugangstoken für die Sachbearbeitung ist ungültig oder abgelaufen.');
    }
  }
}

function sameSecret(expected: string, given: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(given));
}
