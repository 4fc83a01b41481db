/**
 * `npm start`: the whole demo on loopback — the kit's build, the backend (PGlite in data/), the two sign-in
 * providers, the four town sites on their own origins and the clerk's view. Ctrl-C stops it; data is kept.
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair } from 'jose';
import { build } from 'vite';
import { buildApp } from '../server/app.ts';
import { configFromEnvironment } from '../server/config.ts';
import { openDatabase } from '../server/db/open-database.ts';
import { startClerkServer, type ClerkAccount } from './clerk/clerk-server.ts';
import { startInboxPage } from './mail/inbox-page.ts';
import { startSmtpInbox } from './mail/smtp-inbox.ts';
import { demoProviders, demoTrustedIssuers } from './oidc/demo-providers.ts';
import { startProvider } from './oidc/start-provider.ts';
import { DEMO } from './sites.ts';
import { siteHeaders } from './site-headers.ts';
import { serveSite } from './static-site.ts';

const DATA = process.env.DEMO_DATA_DIR ?? 'data';
const ROOT = fileURLToPath(new URL('./sites/', import.meta.url));

export async function startDemo(options: { quiet?: boolean } = {}) {
  await build({ logLevel: options.quiet ? 'silent' : 'warn' });

  const providers = await Promise.all(demoProviders(`${DATA}/oidc`).map(startProvider));

  const clerkAccounts: ClerkAccount[] = (['diepholz', 'syke', 'stuhr'] as const).map((slug) => ({
    municipality: slug,
    name: `Stadt ${slug[0].toUpperCase()}${slug.slice(1)}`.replace('Stadt Stuhr', 'Gemeinde Stuhr'),
    clientId: `${slug}-sachbearbeitung`,
    clientSecret: randomBytes(24).toString('base64url'),
  }));
  const webhookSecrets = Object.fromEntries(clerkAccounts.map((a) => [a.municipality, `whsec_${randomBytes(32).toString('base64')}`]));
  // Syke's specialist procedure receives applications end-to-end encrypted (ECDH-ES, as FIT-Connect does);
  // Diepholz and Stuhr receive them signed only. The key pair is made anew at every start.
  const syke = await generateKeyPair('ECDH-ES', { crv: 'P-256' });
  const sykePublicKey = { ...(await exportJWK(syke.publicKey)), alg: 'ECDH-ES', use: 'enc', kid: 'syke-fachverfahren' };

  // A real SMTP server on its own loopback address; every citizen's mail lands in its inbox page.
  const mailHost = new URL(DEMO.mail).hostname;
  const smtp = await startSmtpInbox({ host: mailHost, port: 2525 });
  const statusPages = Object.fromEntries(
    Object.entries(DEMO.sites)
      .filter(([slug]) => slug !== 'landkreis-diepholz')
      .map(([slug, origin]) => [slug, { statusPage: `${origin}/status.html` }]),
  );

  const config = {
    // Vite's build sets NODE_ENV=production in this process; the demo's staff tokens need no stable secret.
    ...configFromEnvironment({
      ...process.env,
      DATA_DIR: process.env.DATA_DIR ?? `${DATA}/pglite`,
      STAFF_TOKEN_SECRET: process.env.STAFF_TOKEN_SECRET ?? randomBytes(32).toString('base64url'),
    }),
    host: '127.0.0.1',
    port: Number(new URL(DEMO.api).port),
    kitDir: 'dist/cdn',
    trustedIssuers: demoTrustedIssuers() as never,
    staffClients: clerkAccounts.map(({ clientId, clientSecret, municipality }) => ({ clientId, clientSecret, municipality })),
    webhooks: Object.fromEntries(
      clerkAccounts.map((a) => [
        a.municipality,
        {
          url: `${DEMO.clerk}/fachverfahren/${a.municipality}`,
          secret: webhookSecrets[a.municipality],
          ...(a.municipality === 'syke' ? { encryptionKey: sykePublicKey } : {}),
        },
      ]),
    ),
    mail: { smtpUrl: `smtp://${mailHost}:${smtp.port}`, from: 'noreply@landkreis-diepholz.example', senders: statusPages },
    logLevel: process.env.LOG_LEVEL ?? 'warn',
  };
  const db = await openDatabase(config);
  const app = await buildApp(config, db);
  await app.listen({ host: config.host, port: config.port });

  const sites: Server[] = await Promise.all(
    Object.entries(DEMO.sites).map(([slug, origin]) => serveSite({ origin, root: `${ROOT}${slug}`, headers: siteHeaders(slug) })),
  );
  const clerk = await startClerkServer({
    origin: DEMO.clerk,
    api: `${DEMO.api}/api/v1`,
    accounts: clerkAccounts,
    webhookSecrets,
    handoffKeys: { syke: syke.privateKey },
    password: 'demo',
  });
  const mailPage = await startInboxPage(smtp, DEMO.mail);

  if (!options.quiet) {
    console.log(`
Open Rathaus demo
  Stadt Diepholz (altes CMS, strenge CSP)  ${DEMO.sites.diepholz}/
  Stadt Syke                               ${DEMO.sites.syke}/
  Gemeinde Stuhr                           ${DEMO.sites.stuhr}/
  Landkreis Diepholz (Portal)              ${DEMO.sites['landkreis-diepholz']}/
  Sachbearbeitung (Passwort „demo“)        ${DEMO.clerk}/
  Demo-Postfach (alle E-Mails)             ${DEMO.mail}/  (SMTP ${mailHost}:${smtp.port})
  Bürgerkonto Landkreis Diepholz           ${DEMO.buergerkonto}/.well-known/openid-configuration
  Servicekonto Niedersachsen               ${DEMO.servicekonto}/.well-known/openid-configuration
  API                                      ${DEMO.api}/api/v1/openapi.json
Test citizens: erika/erika (substanziell), jonas/jonas (niedrig), aylin/aylin (hoch). Ctrl-C stops the demo.`);
  }

  return {
    async stop() {
      await Promise.all([...sites, clerk, mailPage].map((server) => new Promise((resolve) => server.close(resolve))));
      await smtp.close();
      await Promise.all(providers.map((provider) => provider.close()));
      await app.close();
      await db.close();
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const demo = await startDemo();
  const stop = async () => {
    console.log('\nStopping the demo …');
    await demo.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
