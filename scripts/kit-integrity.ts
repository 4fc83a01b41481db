// Prints the Subresource Integrity snippet for the kit's CDN build (run after `npm run build`), from the
// release.json the build writes:
//   npx tsx scripts/kit-integrity.ts https://api.landkreis-diepholz.de/kit/0.2.0/
// The entry gets `integrity` on its script tag; the chunks it imports get theirs from an import map.
import { readFileSync } from 'node:fs';
import { integrityTags, type KitRelease } from '../contract/kit-release.ts';

const release = JSON.parse(readFileSync('dist/cdn/release.json', 'utf8')) as KitRelease;
const base = process.argv[2] ?? `https://api.landkreis-diepholz.de/kit/${release.version}/`;
const { importMap, script } = integrityTags(release, base);
console.log(importMap);
console.log(script);
