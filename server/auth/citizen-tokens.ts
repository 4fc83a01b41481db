import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { TrustedIssuer } from '../config.ts';
import type { TrustLevel } from '../../contract/catalogue.ts';
import { Problem, problems } from '../http/problem.ts';

export interface Citizen {
  issuer: string;
  subject: string;
  trustLevel: TrustLevel;
  /** When the token stops being accepted (its exp plus the clock tolerance), in ms since the epoch. */
  acceptedUntil: number;
}

/** How long a failed discovery or key set fetch is remembered: meanwhile tokens of that issuer answer 503 at once. */
export const ISSUER_RETRY_SECONDS = 30;

/** Allowed difference between the provider's clock and ours, for exp and nbf. */
const CLOCK_TOLERANCE_SECONDS = 30;

// Only asymmetric algorithms: a token "signed" with HS256 using a provider's public key as secret must fail.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];

/** Verifies citizens' bearer tokens against the configured OpenID Connect issuers; issuers are data, not code. */
export class CitizenTokenVerifier {
  private readonly keySets = new Map<string, JWTVerifyGetKey>();
  /** Issuers whose discovery or keys could not be fetched, until when they are not asked again. */
  private readonly unavailableUntil = new Map<string, number>();

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
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp'],
      });
      const acr = typeof payload.acr === 'string' ? payload.acr : undefined;
      return {
        issuer: trusted.issuer,
        subject: payload.sub!,
        acceptedUntil: (payload.exp! + CLOCK_TOLERANCE_SECONDS) * 1000,
        // Own keys only: an acr such as "constructor" must not pick up a property of Object.prototype.
        trustLevel: (acr !== undefined && trusted.acr && Object.hasOwn(trusted.acr, acr) && trusted.acr[acr]) || 'niedrig',
      };
    } catch (error) {
      if (error instanceof Problem) throw error;
      if (error instanceof errors.JWTExpired) throw problems.unauthorized('Die Anmeldung ist abgelaufen.');
      if (error instanceof errors.JOSEError) throw problems.unauthorized('Das Zugangstoken ist ungültig.');
      throw error;
    }
  }

  /**
   * The issuer's keys, by discovery unless configured. A provider that cannot be reached is a 503, not a bad
   * token; the failure is remembered for ISSUER_RETRY_SECONDS, so that its citizens' requests do not each wait
   * for (and hammer) a provider that is down.
   */
  private async keySet(trusted: TrustedIssuer): Promise<JWTVerifyGetKey> {
    this.throwIfUnavailable(trusted.issuer);
    let keySet = this.keySets.get(trusted.issuer);
    if (!keySet) {
      let jwksUri: string;
      try {
        jwksUri = trusted.jwksUri ?? (await discoverJwksUri(trusted.issuer));
      } catch {
        throw this.markUnavailable(trusted.issuer);
      }
      const remote = createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: 5000 });
      keySet = async (header, token) => {
        this.throwIfUnavailable(trusted.issuer);
        try {
          return await remote(header, token);
        } catch (error) {
          // A key the set does not have is the token's fault; anything else (no answer, an error page) the provider's.
          if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
          throw this.markUnavailable(trusted.issuer);
        }
      };
      this.keySets.set(trusted.issuer, keySet);
    }
    return keySet;
  }

  private throwIfUnavailable(issuer: string): void {
    const until = this.unavailableUntil.get(issuer);
    if (until !== undefined && until > Date.now()) throw issuerUnavailable(Math.ceil((until - Date.now()) / 1000));
  }

  private markUnavailable(issuer: string): Problem {
    this.unavailableUntil.set(issuer, Date.now() + ISSUER_RETRY_SECONDS * 1000);
    return issuerUnavailable(ISSUER_RETRY_SECONDS);
  }
}

function issuerUnavailable(retryAfterSeconds: number): Problem {
  return new Problem(
    503,
    'issuer-unavailable',
    'Anmeldedienst nicht erreichbar',
    'Der Anmeldedienst antwortet gerade nicht; bitte versuchen Sie es gleich noch einmal.',
  ).retryAfter(retryAfterSeconds);
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
