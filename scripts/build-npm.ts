/**
 * `npm run build:npm`: the kit as an npm package in dist/npm, for sites with a build step (open-wc's publishing
 * guide): plain ES modules as TypeScript emits them (no bundle, no minification: the site's bundler does that),
 * a .d.ts beside each, custom-elements.json for editors, Lit and the other runtime libraries as dependencies, and
 * `sideEffects` naming the modules that define elements, so that bundlers drop the rest when unused.
 * Publish with `cd dist/npm && npm publish`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'dist/npm';
const root = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  license: string;
  engines: Record<string, string>;
  dependencies: Record<string, string>;
};

/** The element modules that call defineElement() when imported, as package paths. */
function definingModules(): string[] {
  return readdirSync('src/elements', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && /^defineElement\(/m.test(readFileSync(join('src/elements', file), 'utf8')))
    .map((file) => `./src/elements/${file.replaceAll('\\', '/').replace(/\.ts$/, '.js')}`)
    .sort();
}

rmSync(OUT, { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.npm.json'], { stdio: 'inherit' });
// rewriteRelativeImportExtensions misses import() in class fields moved into the constructor, and .d.ts files keep
// `import("./x.ts")` types: every relative ".ts" specifier becomes ".js", as the files are named in the package.
for (const file of readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(js|d\.ts)$/.test(name))) {
  const path = join(OUT, file);
  const text = readFileSync(path, 'utf8');
  const fixed = text.replace(/(['"])(\.{1,2}\/[^'"\n]*?)\.ts\1/g, '$1$2.js$1');
  if (fixed !== text) writeFileSync(path, fixed);
}

// What the kit's modules import at run time or in their types; versions as the repository tests them.
const runtime = ['lit', '@lit/task', 'oidc-client-ts', 'typebox'];
const manifest = {
  name: 'open-rathaus',
  version: root.version,
  description: "Landkreis Diepholz's online town hall as web components: service list, sign-in, application form, status tracker.",
  license: root.license,
  type: 'module',
  main: './src/index.js',
  module: './src/index.js',
  types: './src/index.d.ts',
  exports: {
    '.': { types: './src/index.d.ts', default: './src/index.js' },
    './elements/*.js': { types: './src/elements/*.d.ts', default: './src/elements/*.js' },
    './custom-elements.json': './custom-elements.json',
    './package.json': './package.json',
  },
  // Defining an element is a side effect of importing its module (and the script-tag entry watches the page);
  // everything else (messages, styles, the API client, the session) only declares.
  sideEffects: ['./src/index.js', './src/rathaus.js', ...definingModules()],
  customElements: 'custom-elements.json',
  dependencies: Object.fromEntries(runtime.map((name) => [name, root.dependencies[name]])),
  engines: root.engines,
};
for (const [name, range] of Object.entries(manifest.dependencies))
  if (!range) throw new Error(`${name} is imported by the kit but not a dependency in package.json`);
writeFileSync(`${OUT}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);

// The manifest names the TypeScript sources; in the package they are the emitted .js files.
const elements = readFileSync('custom-elements.json', 'utf8').replace(/"((?:src|contract)\/[^"]*)\.ts"/g, '"$1.js"');
writeFileSync(`${OUT}/custom-elements.json`, elements);
cpSync('CHANGELOG.md', `${OUT}/CHANGELOG.md`);
writeFileSync(
  `${OUT}/README.md`,
  `# open-rathaus ${root.version}

Landkreis Diepholz's online town hall as web components. Import once, then use the elements in any HTML:

\`\`\`js
import 'open-rathaus'; // all elements
import 'open-rathaus/elements/service-list/service-list.js'; // or only the ones you use
\`\`\`

\`\`\`html
<rathaus-service-list api="https://api.landkreis-diepholz.de/api/v1" municipality="syke"></rathaus-service-list>
\`\`\`

Set \`api\` on each element (or \`<meta name="rathaus-api">\`): bundled into your site, the kit cannot know the
county's server from its own address. Attributes, events, parts and design tokens: custom-elements.json and the
project's README. What changed: CHANGELOG.md.
`,
);
console.log(`${OUT}: open-rathaus ${root.version}`);
