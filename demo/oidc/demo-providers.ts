import { join } from 'node:path';
import { CALLBACK_PATH, DEMO } from '../sites.ts';
import { citizens } from './citizens.ts';
import type { ProviderConfig } from './start-provider.ts';
import { ACR_TO_TRUST_LEVEL } from './trust-levels.ts';

// Resource indicators (RFC 8707) must be absolute URIs.
export const API_AUDIENCE = 'urn:open-rathaus:api';

/** Each town's site is one public client with two registered URIs, whatever CMS page the widgets are on. */
const clients = Object.entries(DEMO.sites).map(([slug, origin]) => ({
  client_id: `${slug}-website`,
  client_name: `Website ${slug === 'landkreis-diepholz' ? 'Landkreis Diepholz' : slug[0].toUpperCase() + slug.slice(1)}`,
  redirect_uris: [`${origin}${CALLBACK_PATH}`],
  post_logout_redirect_uris: [`${origin}/`],
}));

export function demoProviders(dataDir: string): ProviderConfig[] {
  return [
    {
      issuer: DEMO.buergerkonto,
      name: 'Bürgerkonto Landkreis Diepholz',
      apiAudience: API_AUDIENCE,
      clients,
      citizens,
      keysFile: join(dataDir, 'buergerkonto-keys.json'),
    },
    {
      issuer: DEMO.servicekonto,
      name: 'Servicekonto Niedersachsen',
      apiAudience: API_AUDIENCE,
      clients,
      citizens,
      keysFile: join(dataDir, 'servicekonto-keys.json'),
    },
  ];
}

/** The backend's TRUSTED_ISSUERS for the demo providers. */
export function demoTrustedIssuers(): object[] {
  return [DEMO.buergerkonto, DEMO.servicekonto].map((issuer) => ({ issuer, audience: API_AUDIENCE, acr: ACR_TO_TRUST_LEVEL }));
}
