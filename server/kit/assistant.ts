import type { KitRelease } from '../../contract/kit-release.ts';
import type { App } from '../app-types.ts';

const escape = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The snippet assistant for webmasters at /kit/assistant/: a page of the current release's `assistant.js`, which is
 * built from the kit's own elements. It pins snippets to that release (SRI from /kit/releases.json) and offers the
 * sign-in providers the backend trusts.
 */
export function registerAssistantRoute(app: App, release: KitRelease, issuers: string[]): void {
  if (!release.integrity['assistant.js']) return;
  const page = `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Baustein-Assistent | Open Rathaus ${escape(release.version)}</title>
  <script type="module" src="/kit/${escape(release.version)}/assistant.js"></script>
</head>
<body>
  <main>
    <h1>Baustein-Assistent für Webmaster</h1>
    <p>Wählen Sie Ihre Stadt, die Bausteine und Ihre Farben, prüfen Sie den Kontrast und kopieren Sie den Baustein in Ihr
      CMS. Er funktioniert auch dort, wo nur der Seiteninhalt bearbeitet werden kann.</p>
    <rathaus-snippet-assistant issuers="${escape(issuers.join(' '))}"></rathaus-snippet-assistant>
    <noscript><p>Der Assistent braucht JavaScript.</p></noscript>
  </main>
</body>
</html>
`;
  app.get('/kit/assistant/', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header(
        'content-security-policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
      )
      .send(page),
  );
}
