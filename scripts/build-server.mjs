// Compiles the API to JavaScript in dist/node (server/ and contract/, the tree kept as it is), with what it reads at
// run time beside it: the migrations and the catalogue's data files. Production then starts it with plain node and
// production dependencies only:
//   node dist/node/server/main.js
// Each file is translated on its own (types are checked by `npm run typecheck`); imports of ./x.ts become ./x.js.
import { build } from 'esbuild';
import { cp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const out = 'dist/node';

async function sources(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')).map((e) => join(e.parentPath, e.name));
}

await rm(out, { recursive: true, force: true });
await build({
  entryPoints: [...(await sources('server')), ...(await sources('contract'))],
  outdir: out,
  outbase: '.',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'keep-modules-apart',
      setup(b) {
        // Every import stays an import: packages from node_modules, and the project's own files as their .js.
        b.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind === 'entry-point') return undefined;
          return { path: args.path.replace(/\.ts$/, '.js'), external: true };
        });
      },
    },
  ],
});
await cp('server/db/migrations', `${out}/server/db/migrations`, { recursive: true });
await cp('catalogue', `${out}/catalogue`, { recursive: true });
console.log(`API compiled to ${out}; start it with: node ${out}/server/main.js`);
