import fastifyStatic from '@fastify/static';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { channelOf, type KitRelease, type KitReleaseIndex } from '../../contract/kit-release.ts';
import type { App } from '../app-types.ts';
import { registerAssistantRoute } from './assistant.ts';

const FOREVER = 'public, max-age=31536000, immutable';
const BRIEFLY = 'public, max-age=300';

/**
 * Serves the kit's CDN build (KIT_DIR, e.g. dist/cdn) so that the county can host kit and API on one origin:
 *
 * - `/kit/<version>/rathaus.js`: one release, never changing, cached for good; what a town pins, with SRI.
 *   Earlier releases stay available from KIT_RELEASES_DIR (one folder per version, each a build with its
 *   release.json).
 * - `/kit/v<major>/rathaus.js`: the newest release of that major version, cached briefly so that compatible
 *   updates arrive (see CHANGELOG.md's versioning policy).
 * - `/kit/rathaus.js`: the build in KIT_DIR, as before versioned paths existed; cached briefly.
 * - `/kit/releases.json`: the versions served, the channels, and each file's SRI hash.
 * - `/kit/assistant/`: the snippet assistant for webmasters (server/kit/assistant.ts).
 *
 * Module scripts load cross-origin in CORS mode, so every town's site may fetch them. Chunk names carry a content
 * hash and are cached for good wherever they are served. Every file goes out brotli- or gzip-compressed when the
 * browser accepts it (Vary: Accept-Encoding).
 */
export async function registerKitRoutes(
  app: App,
  kitDir: string,
  options: { releasesDir?: string; issuers?: string[] } = {},
): Promise<void> {
  const serve = async (root: string, prefix: string, cacheControl: (path: string) => string, first = false) =>
    app.register(fastifyStatic, {
      root: resolve(root),
      prefix,
      index: false,
      // Only the first registration may add reply.sendFile.
      decorateReply: first,
      // Dotfiles (.env, .git, editor leftovers) in the folder are not part of the kit.
      dotfiles: 'ignore',
      // Each file in the best encoding the browser accepts, from the .br and .gz the build writes beside it.
      preCompressed: true,
      setHeaders: (response, path) => {
        response.header('access-control-allow-origin', '*');
        response.header('cross-origin-resource-policy', 'cross-origin');
        response.header('cache-control', cacheControl(path));
      },
    });
  const hashedOrBrief = (path: string) => (/[\\/]chunks[\\/]/.test(path) ? FOREVER : BRIEFLY);

  await serve(kitDir, '/kit/', hashedOrBrief, true);

  const releases = findReleases(kitDir, options.releasesDir);
  if (releases.length === 0) {
    app.log.warn({ kitDir }, 'the kit build has no release.json (built without vite.config.ts?): no versioned /kit/ paths');
    return;
  }
  for (const { release, dir } of releases) await serve(dir, `/kit/${release.version}/`, () => FOREVER);
  const channels: Record<string, string> = {};
  for (const { release, dir } of releases) {
    const channel = channelOf(release.version);
    if (channels[channel]) continue; // newest first: the first of a major is its channel's release
    channels[channel] = release.version;
    await serve(dir, `/kit/${channel}/`, hashedOrBrief);
  }

  registerAssistantRoute(app, releases.find(({ dir }) => dir === kitDir)?.release ?? releases[0].release, options.issuers ?? []);

  const index: KitReleaseIndex = { channels, releases: releases.map(({ release }) => release) };
  app.get('/kit/releases.json', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('cache-control', BRIEFLY)
      .send(index),
  );
}

/** The build in kitDir and every earlier build in releasesDir that carries a release.json, newest version first. */
function findReleases(kitDir: string, releasesDir?: string): { release: KitRelease; dir: string }[] {
  const dirs = [kitDir];
  if (releasesDir && existsSync(releasesDir))
    for (const entry of readdirSync(releasesDir, { withFileTypes: true }))
      if (entry.isDirectory()) dirs.push(join(releasesDir, entry.name));
  const found = new Map<string, { release: KitRelease; dir: string }>();
  for (const dir of dirs) {
    const file = join(dir, 'release.json');
    if (!existsSync(file)) continue;
    const release = JSON.parse(readFileSync(file, 'utf8')) as KitRelease;
    if (!/^\d+\.\d+\.\d+$/.test(release.version)) throw new Error(`${file}: version "${release.version}" is not x.y.z`);
    // The current build wins over a copy of the same version in the releases folder.
    if (!found.has(release.version)) found.set(release.version, { release, dir });
  }
  return [...found.values()].sort((a, b) => compareVersions(b.release.version, a.release.version));
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
