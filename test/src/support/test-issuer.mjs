// A token issuer for the browser tests: a real JWKS that the backend trusts, and a test-only endpoint that mints
// tokens for test citizens, so that signed-in behaviour is tested against the real token checks of the backend.
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export const TEST_AUDIENCE = 'rathaus-browser-tests';

export async function startTestIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'wtr', alg: 'RS256', use: 'sig' };
  let issuer = '';
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, issuer);
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('content-type', 'application/json');
    if (url.pathname === '/.well-known/openid-configuration') {
      response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    } else if (url.pathname === '/jwks') {
      response.end(JSON.stringify({ keys: [jwk] }));
    } else if (url.pathname === '/test/token') {
      const token = await new SignJWT({ acr: url.searchParams.get('acr') ?? 'http://eidas.europa.eu/LoA/substantial' })
        .setProtectedHeader({ alg: 'RS256', kid: 'wtr' })
        .setIssuer(issuer)
        .setAudience(TEST_AUDIENCE)
        .setSubject(url.searchParams.get('sub') ?? 'test-citizen')
        .setIssuedAt()
        // `exp` (seconds since the epoch) makes a token that expires at a chosen moment.
        .setExpirationTime(url.searchParams.has('exp') ? Number(url.searchParams.get('exp')) : '10m')
        .sign(privateKey);
      response.end(JSON.stringify({ token, issuer }));
    } else {
      response.statusCode = 404;
      response.end('{}');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${server.address().port}`;
  return {
    issuer,
    trustedIssuer: {
      issuer,
      audience: TEST_AUDIENCE,
      acr: {
        'http://eidas.europa.eu/LoA/low': 'niedrig',
        'http://eidas.europa.eu/LoA/substantial': 'substantiell',
        'http://eidas.europa.eu/LoA/high': 'hoch',
      },
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
