import { expect, waitUntil } from '@open-wc/testing';
import { User } from 'oidc-client-ts';
import { claim, meetsTrustLevel, trustLevelOfAcr, type Identity } from '../../../src/session/identity.ts';
import { loginProviders } from '../../../src/session/providers.ts';
import { STORAGE_PREFIX } from '../../../src/internal/storage-prefix.ts';
import { CitizenSession } from '../../../src/session/session.ts';
import { setMeta } from '../support/page.ts';

function pageWith(...metas: string[]): Document {
  const doc = document.implementation.createHTMLDocument('test');
  for (const content of metas) {
    const meta = doc.createElement('meta');
    meta.name = 'rathaus-login';
    meta.content = content;
    doc.head.append(meta);
  }
  return doc;
}

const erika: Identity = {
  name: 'Erika Mustermann',
  trustLevel: 'substantiell',
  claims: { given_name: 'Erika', address: { postal_code: '49356', locality: 'Diepholz' } },
};

describe('the page session', () => {
  afterEach(() => sessionStorage.clear());

  it('reads each provider from a meta tag written like the viewport tag, skipping incomplete ones', () => {
    const providers = loginProviders(
      pageWith(
        'issuer=https://konto.example/realms/a?x=1; client_id=syke-website; label=Bürgerkonto; redirect_uri=https://www.syke.de/anmelden',
        'issuer=https://servicekonto.example; client_id=syke-website',
        'client_id=missing-issuer',
      ),
    );
    expect(providers).to.deep.equal([
      {
        issuer: 'https://konto.example/realms/a?x=1',
        clientId: 'syke-website',
        label: 'Bürgerkonto',
        redirectUri: 'https://www.syke.de/anmelden',
        postLogoutRedirectUri: undefined,
      },
      {
        issuer: 'https://servicekonto.example',
        clientId: 'syke-website',
        label: 'servicekonto.example',
        redirectUri: undefined,
        postLogoutRedirectUri: undefined,
      },
    ]);
  });

  it('reads providers from <rathaus-login-provider> elements in the body, with the meta tags, in page order', () => {
    const doc = pageWith('issuer=https://konto.example; client_id=from-meta; label=Aus dem Kopf');
    doc.body.innerHTML = `
      <rathaus-login-button>
        <rathaus-login-provider issuer="https://servicekonto.example" client-id="syke-website" label="Servicekonto"
          redirect-uri="https://www.syke.de/anmelden" post-logout-redirect-uri="https://www.syke.de/"></rathaus-login-provider>
        <rathaus-login-provider issuer="https://konto.example" client-id="duplicate"></rathaus-login-provider>
        <rathaus-login-provider client-id="missing-issuer"></rathaus-login-provider>
        <rathaus-login-provider issuer="https://dritte.example" client-id=" spaced "></rathaus-login-provider>
      </rathaus-login-button>`;
    expect(loginProviders(doc)).to.deep.equal([
      {
        issuer: 'https://konto.example',
        clientId: 'from-meta',
        label: 'Aus dem Kopf',
        redirectUri: undefined,
        postLogoutRedirectUri: undefined,
      },
      {
        issuer: 'https://servicekonto.example',
        clientId: 'syke-website',
        label: 'Servicekonto',
        redirectUri: 'https://www.syke.de/anmelden',
        postLogoutRedirectUri: 'https://www.syke.de/',
      },
      {
        issuer: 'https://dritte.example',
        clientId: 'spaced',
        label: 'dritte.example',
        redirectUri: undefined,
        postLogoutRedirectUri: undefined,
      },
    ]);
  });

  it('resolves a relative redirect-uri against the page, so one snippet serves every page of the site', () => {
    const provider = document.createElement('rathaus-login-provider');
    provider.setAttribute('issuer', 'https://konto.example');
    provider.setAttribute('client-id', 'syke-website');
    provider.setAttribute('redirect-uri', '/anmelden.html');
    document.body.append(provider);
    try {
      expect(loginProviders(document).find((p) => p.issuer === 'https://konto.example')?.redirectUri).to.equal(
        `${location.origin}/anmelden.html`,
      );
    } finally {
      provider.remove();
    }
  });

  it('maps eIDAS acr values to trust levels and compares them', () => {
    expect(trustLevelOfAcr('http://eidas.europa.eu/LoA/high')).to.equal('hoch');
    expect(trustLevelOfAcr('http://eidas.europa.eu/LoA/substantial')).to.equal('substantiell');
    expect(trustLevelOfAcr('something-else')).to.equal('niedrig');
    expect(meetsTrustLevel('substantiell', 'niedrig')).to.equal(true);
    expect(meetsTrustLevel('niedrig', 'substantiell')).to.equal(false);
    expect(meetsTrustLevel('hoch', 'hoch')).to.equal(true);
  });

  it('finds claims by path for prefilling', () => {
    expect(claim(erika, 'given_name')).to.equal('Erika');
    expect(claim(erika, 'address.postal_code')).to.equal('49356');
    expect(claim(erika, 'address.street_address')).to.equal(undefined);
    expect(claim(undefined, 'given_name')).to.equal(undefined);
  });

  it('is signed out at once on a page without providers, without loading OpenID Connect code', () => {
    const session = new CitizenSession(pageWith());
    expect(session.snapshot).to.deep.equal({ status: 'signed-out' });
    expect(session.accessToken).to.equal(undefined);
  });

  it('removes everything the kit stored when the citizen signs out, but keeps drafts when the sign-in only expired', () => {
    const session = new CitizenSession(pageWith());
    const signedIn = {
      status: 'signed-in',
      identity: erika,
      accessToken: 'token',
      expiresAt: Date.now() + 60_000,
      issuer: 'x',
      expiring: false,
    } as const;
    const changes: string[] = [];
    session.addEventListener('change', () => changes.push(session.snapshot.status));

    session.update(signedIn);
    sessionStorage.setItem(`${STORAGE_PREFIX}draft:syke:1`, '{"name":"Erika"}');
    session.update({ status: 'signed-out', notice: 'expired' });
    expect(sessionStorage.getItem(`${STORAGE_PREFIX}draft:syke:1`)).to.equal('{"name":"Erika"}');

    session.update(signedIn);
    sessionStorage.setItem('oidc.user:x:syke-website', '{}');
    sessionStorage.setItem('unrelated', 'kept');
    session.update({ status: 'signed-out' });
    expect(sessionStorage.getItem(`${STORAGE_PREFIX}draft:syke:1`)).to.equal(null);
    expect(sessionStorage.getItem('oidc.user:x:syke-website')).to.equal(null);
    expect(sessionStorage.getItem('unrelated')).to.equal('kept');
    expect(changes).to.deep.equal(['signed-in', 'signed-out', 'signed-in', 'signed-out']);
  });

  // Port 9 refuses connections: renewing with the refresh token fails as with a provider that ended the session.
  const issuer = 'http://127.0.0.1:9/realms/buergerkonto';
  before(() => setMeta('rathaus-login', `issuer=${issuer}; client_id=syke-website; label=Bürgerkonto`));

  for (const refresh of [false, true]) {
    it(`says the sign-in expired when a tab comes back after its token ran out${refresh ? ' and the provider refuses to renew it' : ''}`, async () => {
      const key = `oidc.user:${issuer}:syke-website`;
      const user = new User({
        access_token: 'expired-token',
        token_type: 'Bearer',
        profile: { sub: 'erika', iss: issuer, aud: 'syke-website', exp: 0, iat: 0, name: 'Erika Mustermann' },
        expires_at: Math.floor(Date.now() / 1000) - 60,
        ...(refresh ? { refresh_token: 'refresh-token' } : {}),
      });
      sessionStorage.setItem(key, user.toStorageString());
      // The real page: the session reads the address to tell a return from the provider.
      const session = new CitizenSession(document);
      await waitUntil(() => session.snapshot.status !== 'restoring', 'the session did not settle', { timeout: 5000 });
      expect(session.snapshot).to.deep.equal({ status: 'signed-out', notice: 'expired' });
      expect(sessionStorage.getItem(key), 'the expired sign-in is forgotten').to.equal(null);
    });
  }
});
