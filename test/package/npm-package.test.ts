import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const run = promisify(execFile);
const PACKAGE = resolve('dist/npm');

/** A site with a build step, as a town's agency would set it up: its own package.json, open-rathaus installed. */
async function consumerApp(dir: string, main: string, html: string): Promise<void> {
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  // As `npm install ../dist/npm` links a local package; its own imports (lit) resolve from where it lies.
  await symlink(PACKAGE, join(dir, 'node_modules', 'open-rathaus'), 'dir');
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'gemeinde-website', private: true, type: 'module' }));
  await writeFile(join(dir, 'main.ts'), main);
  await writeFile(join(dir, 'index.html'), html);
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        lib: ['es2023', 'dom'],
        types: [],
      },
      include: ['main.ts'],
    }),
  );
}

/** A tag name as a string literal of the minified code, whichever quotes the minifier chose. */
const defines = (code: string, tag: string) => new RegExp(`["'\`]${tag}["'\`]`).test(code);

async function builtScripts(dir: string): Promise<string> {
  const assets = join(dir, 'dist', 'assets');
  const files = (await readdir(assets)).filter((file) => file.endsWith('.js'));
  return (await Promise.all(files.map((file) => readFile(join(assets, file), 'utf8')))).join('\n');
}

describe('the npm package (npm run build:npm)', () => {
  let root: string;
  before(async () => {
    await run(process.execPath, ['--import', 'tsx', 'scripts/build-npm.ts']);
    root = await mkdtemp(join(tmpdir(), 'rathaus-consumer-'));
  });
  after(() => rm(root, { recursive: true, force: true }));

  test('is unbundled ES modules with declarations, custom-elements.json, sideEffects and Lit as a dependency', async () => {
    const manifest = JSON.parse(await readFile(join(PACKAGE, 'package.json'), 'utf8'));
    assert.equal(manifest.name, 'open-rathaus');
    assert.equal(manifest.version, JSON.parse(await readFile('package.json', 'utf8')).version);
    assert.equal(manifest.type, 'module');
    assert.ok(manifest.dependencies.lit, 'lit is a dependency, not bundled');
    assert.ok(manifest.sideEffects.includes('./src/elements/service-list/service-list.js'));
    assert.ok(!manifest.sideEffects.some((path: string) => path.includes('i18n')), 'messages are free of side effects');
    const entry = await readFile(join(PACKAGE, 'src', 'elements', 'service-list', 'service-list.js'), 'utf8');
    assert.match(entry, /from 'lit'/, 'Lit stays an import');
    assert.match(entry, /from "\.\.\/\.\.\/config\/page-config\.js"/, 'own modules are separate files, imported as .js');
    assert.ok((await readdir(join(PACKAGE, 'src', 'elements', 'service-list'))).includes('service-list.d.ts'));
    const elements = JSON.parse(await readFile(join(PACKAGE, 'custom-elements.json'), 'utf8'));
    const paths = elements.modules.map((module: { path: string }) => module.path);
    assert.ok(paths.includes('src/elements/login-provider/login-provider.js'));
    assert.ok(!paths.some((path: string) => path.endsWith('.ts')));
  });

  test('builds a consumer app with vite and TypeScript, which shows the elements in a browser', async () => {
    const dir = join(root, 'all');
    await consumerApp(
      dir,
      `import { RathausServiceList, type RathausLoginButton } from 'open-rathaus';
const list: RathausServiceList = document.querySelector('rathaus-service-list')!;
const button: RathausLoginButton | null = document.querySelector('rathaus-login-button');
document.body.dataset.ready = String(list instanceof RathausServiceList && button !== null);
`,
      `<!doctype html><html lang="de"><head><title>Gemeinde</title><script type="module" src="./main.ts"></script></head>
<body><rathaus-login-button><rathaus-login-provider issuer="https://konto.example" client-id="gemeinde"></rathaus-login-provider></rathaus-login-button>
<rathaus-service-list api="https://api.example/api/v1" municipality="syke"></rathaus-service-list></body></html>`,
    );
    // The types a TypeScript site gets: the classes and the tag map, from the package's .d.ts files.
    await run(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')]);
    await build({ root: dir, configFile: false, logLevel: 'silent', build: { outDir: join(dir, 'dist') } });
    const code = await builtScripts(dir);
    for (const tag of ['rathaus-service-list', 'rathaus-login-button', 'rathaus-application-form', 'rathaus-status-tracker'])
      assert.ok(defines(code, tag), `${tag} is in the app`);

    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      // Served by the test itself (no port): the app's files, and nothing from the (absent) API.
      await page.route('http://gemeinde.test/**', async (route) => {
        const path = new URL(route.request().url()).pathname;
        await route.fulfill({ path: join(dir, 'dist', path === '/' ? 'index.html' : path) });
      });
      await page.route('https://api.example/**', (route) => route.abort());
      await page.goto('http://gemeinde.test/');
      await page.waitForFunction(() => document.body.dataset.ready === 'true');
      await page.locator('rathaus-login-button').getByRole('button', { name: 'Anmelden' }).waitFor();
      assert.equal(await page.evaluate(() => customElements.get('rathaus-service-list') !== undefined), true);
    } finally {
      await browser.close();
    }
  });

  test('lets a site import one element, and its bundle leaves the others out', async () => {
    const dir = join(root, 'one');
    await consumerApp(
      dir,
      `import 'open-rathaus/elements/service-list/service-list.js';\n`,
      `<!doctype html><html lang="de"><head><title>Gemeinde</title><script type="module" src="./main.ts"></script></head><body></body></html>`,
    );
    await build({ root: dir, configFile: false, logLevel: 'silent', build: { outDir: join(dir, 'dist') } });
    const code = await builtScripts(dir);
    assert.ok(defines(code, 'rathaus-service-list'));
    assert.ok(!defines(code, 'rathaus-application-form'), 'the form is not in a service-list-only app');
    assert.ok(!defines(code, 'rathaus-status-tracker'), 'the tracker is not in a service-list-only app');
  });
});
