/**
 * The snippet assistant's page script (/kit/assistant/): the assistant element, and the release it pins
 * snippets to, from the server's /kit/releases.json.
 */
import type { KitReleaseIndex } from '../../contract/kit-release.ts';
// The kit's own entry first: the code both entries need (page configuration, API client) then stays inside
// rathaus.js, instead of a shared chunk that every town page would fetch one round trip after the entry.
import '../rathaus.ts';
import './snippet-assistant.ts';

const assistant = document.querySelector('rathaus-snippet-assistant');
if (assistant) {
  const index = new URL('../releases.json', import.meta.url);
  fetch(index)
    .then((response) => (response.ok ? (response.json() as Promise<KitReleaseIndex>) : undefined))
    .then((releases) => {
      const version = releases?.channels.v0;
      assistant.release = releases?.releases.find((release) => release.version === version);
    })
    .catch(() => undefined);
}
