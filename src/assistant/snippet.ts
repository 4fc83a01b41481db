import { integrityTags, type KitRelease } from '../../contract/kit-release.ts';

export type Widget = 'login' | 'services' | 'tracker';

export interface SnippetChoices {
  /** Absolute URL of the kit's folder on the county's server, e.g. "https://api.landkreis-diepholz.de/kit/". */
  kitBase: string;
  /** Absolute URL of the API, e.g. "https://api.landkreis-diepholz.de/api/v1". */
  api: string;
  /** The town's slug; empty for the county's portal, where the list asks for the town. */
  municipality: string;
  widgets: Widget[];
  lang: 'de' | 'en';
  /** Colours that differ from the kit's defaults, by token name. */
  tokens: Record<string, string>;
  /** Issuers of the sign-in providers the county trusts. */
  issuers: string[];
  /** The town's Bürgerbüro page, for visitors without JavaScript. */
  officeUrl: string;
  officeName: string;
}

const escape = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The HTML a webmaster pastes: body-only (it works in any CMS), pinned to the release with SRI when the release is
 * known, else on the major channel; the elements with their attributes, the colours on a wrapper, and a <noscript>.
 */
export function buildSnippet(choices: SnippetChoices, release?: KitRelease): string {
  const lines: string[] = [];
  if (release) {
    const { importMap, script } = integrityTags(release, `${choices.kitBase}${release.version}/`);
    lines.push(`<!-- Open Rathaus ${release.version} (CHANGELOG: ${choices.kitBase}releases.json) -->`, importMap, script);
  } else {
    lines.push('<!-- Open Rathaus -->', `<script type="module" src="${choices.kitBase}v0/rathaus.js"></script>`);
  }
  const style = Object.entries(choices.tokens)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
  lines.push(style ? `<div style="${escape(style)}">` : '<div>');
  const lang = choices.lang === 'de' ? '' : ` lang="${choices.lang}"`;
  const api = ` api="${escape(choices.api)}"`;
  const municipality = choices.municipality ? ` municipality="${escape(choices.municipality)}"` : '';
  const clientId = `${choices.municipality || 'landkreis-diepholz'}-website`;
  if (choices.widgets.includes('login')) {
    lines.push(`  <rathaus-login-button${lang}>`);
    for (const issuer of choices.issuers)
      lines.push(
        `    <rathaus-login-provider issuer="${escape(issuer)}" client-id="${escape(clientId)}" label="${escape(new URL(issuer).host)}" redirect-uri="/anmelden"></rathaus-login-provider>`,
      );
    lines.push('  </rathaus-login-button>');
  }
  if (choices.widgets.includes('services'))
    lines.push(`  <rathaus-service-list${lang}${api}${municipality} form-url="/online-antrag?service={service}"></rathaus-service-list>`);
  if (choices.widgets.includes('tracker')) lines.push(`  <rathaus-status-tracker${lang}${api}></rathaus-status-tracker>`);
  lines.push('</div>');
  lines.push(
    '<noscript>',
    `  <p>Für die Online-Dienste braucht Ihr Browser JavaScript. Alle Leistungen erhalten Sie auch im <a href="${escape(choices.officeUrl || '/')}">${escape(choices.officeName)}</a>.</p>`,
    '</noscript>',
  );
  return lines.join('\n');
}
