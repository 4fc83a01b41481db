import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { KitRelease } from '../contract/kit-release.ts';

/** Subresource Integrity value (SHA-384, as the W3C recommends) of a file's bytes. */
export function sri(bytes: Uint8Array | string): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * Writes `release.json` beside the CDN build: the kit's version (from package.json) and the SRI hash of every
 * JavaScript file, taken from the final output. The server publishes it at /kit/<version>/release.json, the
 * snippet assistant and the README's snippet use it for `integrity` attributes and the import map.
 */
export function kitRelease(): Plugin {
  let outDir = 'dist';
  return {
    name: 'rathaus-kit-release',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
      const files = Object.values(bundle)
        .filter((item) => item.fileName.endsWith('.js'))
        .sort((a, b) => a.fileName.localeCompare(b.fileName));
      const release: KitRelease = {
        version,
        entry: 'rathaus.js',
        integrity: Object.fromEntries(files.map((item) => [item.fileName, sri(item.type === 'chunk' ? item.code : item.source)])),
      };
      await writeFile(join(outDir, 'release.json'), `${JSON.stringify(release, null, 2)}\n`);
    },
  };
}
