import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyObject } from 'jose';

export interface TestIssuer {
  issuer: string;
  audience: string;
  publicKey: KeyObject;
  /** A token as the provider would issue it; `claims` override the defaults (sub, acr, exp in 5 minutes). */
  token(claims?: JWTPayload & { acr?: string }, options?: { expiresIn?: string | number; notBefore?: string | number }): Promise<string>;
  close(): Promise<void>;
}

/** A real OpenID Connect discovery document and JWKS on loopback, with an RS256 key made for the test run. */
export async function startTestIssuer(audience = 'rathaus-test'): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  let issuer = '';
  const server: Server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    if (request.url === '/.well-known/openid-configuration') {
      response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    } else if (request.url === '/jwks') {
      response.end(JSON.stringify({ keys: [jwk] }));
    } else {
      response.statusCode = 404;
      response.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    audience,
    publicKey: publicKey as KeyObject,
    token: (claims = {}, options = {}) => {
      const jwt = new SignJWT({ acr: 'urn:test:substantiell', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(claims.sub ?? 'citizen-1')
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m');
      if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
      return jwt.sign(privateKey);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function trustedIssuerConfig(issuer: TestIssuer) {
  return {
    issuer: issuer.issuer,
    audience: issuer.audience,
    acr: { 'urn:test:niedrig': 'niedrig', 'urn:test:substantiell': 'substantiell', 'urn:test:hoch': 'hoch' } as const,
  };
}
