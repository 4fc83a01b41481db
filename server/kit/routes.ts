import fastifyStatic from '@fastify/static';
import { resolve } from 'node:path';
import type { App } from '../app.ts';

/**
 * Serves the kit's CDN build (KIT_DIR, e.g. dist/cdn) at /kit/, so that the county can host kit and API on one
 * origin. Module scripts load cross-origin in CORS mode, so every town's site may fetch them; chunk names carry
 * a content hash and are cached for good, the entry only briefly so that updates arrive. Every file goes out in the
 * best encoding the browser accepts, from the `.br` and `.gz` files the build writes beside it (Vary: Accept-Encoding).
 */
export async function registerKitRoutes(app: App, kitDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: resolve(kitDir),
    prefix: '/kit/',
    index: false,
    // Dotfiles (.env, .git, editor leftovers) in the folder are not part of the kit.
    dotfiles: 'ignore',
    preCompressed: true,
    setHeaders: (response, path) => {
      response.header('access-control-allow-origin', '*');
      response.header('cross-origin-resource-policy', 'cross-origin');
      response.header(
        'cache-control',
        /[\\/]chunks[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300, stale-while-revalidate=86400',
      );
    },
  });
}
