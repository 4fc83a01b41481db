#!/usr/bin/env node
// Prints the Subresource Integrity snippet for the kit's CDN build (run after `npm run build`):
//   node scripts/kit-integrity.mjs https://cdn.example.de/rathaus/1.0.0/
// The entry gets `integrity` on its script tag; the chunks it imports get theirs from an import map.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const base = (process.argv[2] ?? 'https://cdn.example.de/rathaus/').replace(/\/?$/, '/');
const dir = 'dist/cdn';
const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(join(dir, file)))
    .digest('base64')}`;
const chunks = readdirSync(join(dir, 'chunks')).filter((file) => file.endsWith('.js'));
const integrity = Object.fromEntries(chunks.map((file) => [`${base}chunks/${file}`, sri(`chunks/${file}`)]));
console.log(`<script type="importmap">${JSON.stringify({ integrity })}</script>`);
console.log(`<script type="module" src="${base}rathaus.js" integrity="${sri('rathaus.js')}" crossorigin="anonymous"></script>`);
