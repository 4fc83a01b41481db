import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'vite';
import { minifyLitCss } from '../../scripts/kit-build-plugins.ts';

// What the minify plugin hands over for a css`` template: each ${…} replaced by this placeholder.
const $ = '@TEMPLATE_EXPRESSION();';

/** What the plugin does next: puts the template's expressions back, in their written order. */
const fill = (css: string, values: string[]) => {
  let next = 0;
  return css.replaceAll($, () => values[next++]);
};

describe("the kit build's minifier for Lit's styles", () => {
  test('keeps every declaration after a value that ends in an interpolation', () => {
    const css = `input { border: 2px solid ${$}; border-radius: ${$}; background: ${$}; padding: 0.4em 0.6em; }`;
    assert.equal(minifyLitCss(css), `input{border:2px solid ${$};border-radius:${$};background:${$};padding:.4em .6em}`);
  });

  test('keeps interpolations inside functions and media queries, and drops comments and white space', () => {
    const css = `/* why */\n.a {\n  margin: calc(${$} * 2) ${$};\n}\n@media (forced-colors: active) {\n  .a { border-color: CanvasText; }\n}`;
    assert.equal(minifyLitCss(css), `.a{margin:calc(${$} * 2) ${$}}@media (forced-colors:active){.a{border-color:canvastext}}`);
  });

  test('keeps each value on its property where lightningcss would regroup the declarations', () => {
    // lightningcss writes border, margin and padding in that order; the expressions keep theirs.
    const css = `.office { padding-inline-start: ${$}; border-inline-start: 4px solid ${$}; margin-bottom: ${$}; }`;
    const filled = fill(minifyLitCss(css), ['SPACE-M', 'COLOR', 'SPACE-S']);
    assert.match(filled, /padding-inline-start:\s*SPACE-M[;}]/);
    assert.match(filled, /border-inline-start:\s*4px solid COLOR[;}]/);
    assert.match(filled, /margin-bottom:\s*SPACE-S[;}]/);
  });

  test('stops the build when an interpolation stands where no value goes, instead of losing it', () => {
    assert.throws(() => minifyLitCss(`.a { color: red; } ${$}`), /lost in minifying|Unexpected end of input/);
  });
});

describe('the CDN build (vite.config.ts), as a town gets it', () => {
  let outDir: string;
  const file = (name: string) => readFile(join(outDir, name), 'utf8');
  const chunk = async (name: string) => {
    const found = (await readdir(join(outDir, 'chunks'))).find((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.js'));
    assert.ok(found, `no chunk ${name}`);
    return file(`chunks/${found}`);
  };
  before(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'rathaus-cdn-'));
    await build({ logLevel: 'silent', build: { outDir } });
  });
  after(() => rm(outDir, { recursive: true, force: true }));

  test('is minified, and keeps the licence notices of what it bundles', async () => {
    const core = await chunk('core');
    assert.ok(core.split('\n').length < 100, 'the core chunk is not minified');
    assert.match(core, /@license\s+\* Copyright 2017 Google LLC\s+\* SPDX-License-Identifier: BSD-3-Clause/);
  });

  test("keeps each token on its property in the elements' styles", async () => {
    assert.match(
      await chunk('service-list'),
      /\.office\{border-inline-start:4px solid \$\{\w+\.colorBorder\};margin-bottom:\$\{\w+\.spaceS\}/,
    );
    assert.match(await chunk('core'), /textarea\{border:2px solid \$\{\w+\.colorBorder\};border-radius:\$\{\w+\.radius\}/);
  });

  test("the entry's source map points at the source after the lazy imports were flattened", async () => {
    const code = await file('rathaus.js');
    const map = new SourceMap(JSON.parse(await file('rathaus.js.map')));
    assert.match(code, /Promise\.all\(\[import\(`\.\/chunks\/service-list-[\w-]+\.js`\),/, 'the lazy imports are flattened');
    const lines = code.split('\n');
    const source = await readFile('src/rathaus.ts', 'utf8');
    // Each of these comes after a rewritten import() on the same (minified) line.
    for (const needle of ['"rathaus-service-list":', '"rathaus-status-tracker":', 'new MutationObserver']) {
      const line = lines.findIndex((text) => text.includes(needle));
      assert.ok(line >= 0, needle);
      const entry = map.findEntry(line, lines[line].indexOf(needle)) as { originalSource?: string; originalLine?: number };
      assert.match(entry.originalSource ?? '', /src\/rathaus\.ts$/, needle);
      const original = source.split('\n')[entry.originalLine!];
      assert.ok(original.includes(needle.replaceAll('"', "'")) || original.includes(needle), `${needle} maps to: ${original}`);
    }
  });
});
