import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { TrustedIssuer } from '../config.ts';
import type { TrustLevel } from '../../contract/catalogue.ts';
import { problems } from '../http/problem.ts';

export interface Citizen {
  issuer: string;
  subject: string;
  trustLevel: TrustLevel;
}

// Only asymmetric algorithms: a token "signed" with HS256 using a provider's public key as secret must fail.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];

/** Verifies citizens' bearer tokens against the configured OpenID Connect issuers; issuers are data, not code. */
export class CitizenTokenVerifier {
  private readonly keySets = new Map<string, JWTVerifyGetKey>();

  constructor(private readonly issuers: TrustedIssuer[]) {}

  async verify(token: string): Promise<Citizen> {
    let claimedIssuer: string | undefined;
    try {
      claimedIssuer = decodeJwt(token).iss;
    } catch {
      throw problems.unauthorized('Das Zugangstoken ist nicht lesbar.');
    }
    const trusted = this.issuers.find((candidate) => candidate.issuer === claimedIssuer);
    if (!trusted) throw problems.unauthorized('Das Zugangstoken stammt nicht von einem vertrauenswürdigen Anbieter.');
    try {
      const { payload } = await jwtVerify(token, await this.keySet(trusted), {
        issuer: trusted.issuer,
        audience: trusted.audience,
        algorithms: ALGORITHMS,
        clockTolerance: 30,
        requiredClaims: ['sub', 'exp'],
      });
      const acr = typeof payload.acr === 'string' ? payload.acr : undefined;
      return {
        issuer: trusted.issuer,
        subject: payload.sub!,
        // Own keys only: an acr such as "constructor" must not pick up a property of Object.prototype.
        trustLevel: (acr !== undefined && trusted.acr && Object.hasOwn(trusted.acr, acr) && trusted.acr[acr]) || 'niedrig',
      };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw problems.unauthorized('Die Anmeldung ist abgelaufen.');
      if (error instanceof errors.JOSEError) throw problems.unauthorized('Das Zugangstoken ist ungültig.');
      throw error;
    }
  }

  private async keySet(trusted: TrustedIssuer): Promise<JWTVerifyGetKey> {
    let keySet = this.keySets.get(trusted.issuer);
    if (!keySet) {
      const jwksUri = trusted.jwksUri ?? (await discoverJwksUri(trusted.issuer));
      keySet = createRemoteJWKSet(new URL(jwksUri));
      this.keySets.set(trusted.issuer, keySet);
    }
    return keySet;
  }
}

async function discoverJwksUri(issuer: string): Promise<string> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) throw new Error(`OpenID discovery of ${issuer} failed with HTTP ${response.status}`);
  const document = (await response.json()) as { jwks_uri?: string };
  if (!document.jwks_uri) throw new Error(`OpenID discovery of ${issuer} has no jwks_uri`);
  return document.jwks_uri;
}
