/**
 * Size and speed of the widget kit, as a town's page loads it from the CDN build.
 *   npm run bench:kit                       (BENCH_ONLY=race: only the race; BENCH_RACE_RUNS=3: fewer runs)
 * Sizes: gzip and brotli of the script-tag entry with what it imports statically (what every page loads), of the
 * scripts Chromium fetched for a German page with a service list and for one with a form (signed out; each file
 * compressed on its own, as it is sent), each chunk, and the whole kit. Speed in Debian's Chromium: script load →
 * rendered service list of 90 and of 10,000 services, and keystroke → filtered list on 10,000 services. Then the race
 * against Form.io (bench/kit-race.ts), whose pages are the ones whose scripts are counted.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { printRace, race } from './kit-race.ts';
import { syntheticServices } from './synthetic-catalogue.ts';
import { loadSynonyms } from '../server/catalogue/synonyms.ts';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const OUT = 'dist/cdn';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

type Chunk = Rolldown.OutputChunk;

async function sizes() {
  const result = (await build({ logLevel: 'warn' })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const output = (Array.isArray(result) ? result[0] : result).output.filter((item): item is Chunk => item.type === 'chunk');
  const byName = new Map(output.map((chunk) => [chunk.fileName, chunk]));
  // The kit's entry, not the snippet assistant's (both are entries of the build).
  const entry = output.find((chunk) => chunk.isEntry && chunk.name === 'rathaus')!;
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imported of byName.get(file)?.imports ?? []) visit(imported);
  };
  visit(entry.fileName);
  // Each file compressed on its own, as the server sends it (KIT_DIR's precompressed .gz and .br), and summed.
  const measure = (files: string[]) => {
    const codes = files.map((file) => Buffer.from(byName.get(file)!.code));
    const sum = (compress: (code: Buffer) => Buffer) => codes.reduce((total, code) => total + compress(code).length, 0);
    return {
      raw: codes.reduce((total, code) => total + code.length, 0),
      gzip: sum((code) => gzipSync(code, { level: 9 })),
      brotli: sum((code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
    };
  };
  const rows = [
    { name: 'script-tag entry + static imports (every page)', ...measure([...initial]) },
    ...output.map((chunk) => ({
      name: `chunk ${chunk.fileName}${initial.has(chunk.fileName) ? '' : ' (lazy)'}`,
      ...measure([chunk.fileName]),
    })),
    { name: 'whole kit (all chunks, OpenID Connect included)', ...measure(output.map((chunk) => chunk.fileName)) },
  ];
  return { rows, measure };
}

/** A stand-in catalogue API with N services, so that the list's speed is measured on any size. */
function benchServer(): Promise<{ url: string; server: Server }> {
  const cache = new Map<number, string>();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const count = Number(url.searchParams.get('n') ?? url.pathname.match(/bench-(\d+)/)?.[1] ?? 90);
    response.setHeader('access-control-allow-origin', '*');
    if (url.pathname.startsWith('/kit/')) {
      response.setHeader('content-type', 'text/javascript');
      response.end(await readFile(join(OUT, url.pathname.slice('/kit/'.length))));
    } else if (url.pathname === '/page') {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        `<!doctype html><html lang="de"><head><meta name="rathaus-api" content="/api/v1"><meta name="rathaus-municipality" content="bench-${count}"></head><body><rathaus-service-list></rathaus-service-list></body></html>`,
      );
    } else if (url.pathname === '/api/v1/municipalities') {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(syntheticServices.municipalities(count)));
    } else if (url.pathname.endsWith('/services')) {
      // With the county's synonym list, as the API serves it: the search looks every word up in it.
      const { synonyms } = await loadSynonyms('catalogue', () => true);
      if (!cache.has(count))
        cache.set(count, JSON.stringify({ municipality: `bench-${count}`, services: syntheticServices.list(count), synonyms }));
      response.setHeader('content-type', 'application/json');
      response.end(cache.get(count));
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })),
  );
}

async function speed(url: string) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  const results: Record<string, number[]> = {
    'script load → list of 90 rendered': [],
    'script load → list of 10,000 rendered': [],
    'keystroke → filtered list (10,000)': [],
    'keystroke → filtered list (10,000), warmed up': [],
  };
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const count of [90, 10_000]) {
        const page = await browser.newPage();
        await page.goto(`${url}/page?n=${count}`);
        const ms = await page.evaluate(async (src) => {
          const start = performance.now();
          const script = document.createElement('script');
          script.type = 'module';
          script.src = src;
          document.head.append(script);
          const list = document.querySelector('rathaus-service-list')!;
          for (;;) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            if (list.shadowRoot?.querySelector('li h3')) return performance.now() - start;
          }
        }, `${url}/kit/rathaus.js`);
        results[`script load → list of ${count === 90 ? '90' : '10,000'} rendered`].push(ms);
        if (count === 10_000) {
          const input = page.locator('rathaus-service-list input[type="search"]');
          for (const word of ['hund', 'ausweis', 'gewerbe']) {
            await input.fill('');
            await input.focus();
            const keystroke = await page.evaluate(async (letter) => {
              const list = document.querySelector('rathaus-service-list') as HTMLElement & { updateComplete: Promise<unknown> };
              const field = list.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
              const start = performance.now();
              field.value += letter;
              field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: letter }));
              await list.updateComplete;
              return performance.now() - start;
            }, word[0]);
            results['keystroke → filtered list (10,000)'].push(keystroke);
          }
          // The same first letters again and again, as after a citizen has typed a while: compiled and cached.
          const warmed = await page.evaluate(async () => {
            // No helper functions in here: tsx would wrap them in a __name() the page does not have.
            const list = document.querySelector('rathaus-service-list') as HTMLElement & { updateComplete: Promise<unknown> };
            const field = list.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
            const times: number[] = [];
            for (let round = 0; round < 10; round++) {
              for (const letter of ['h', 'a', 'g']) {
                field.value = '';
                field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
                await list.updateComplete;
                const start = performance.now();
                field.value = letter;
                field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: letter }));
                await list.updateComplete;
                times.push(performance.now() - start);
              }
            }
            return times;
          });
          results['keystroke → filtered list (10,000), warmed up'].push(...warmed);
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  const rows = Object.entries(results).map(([name, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { name, median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], n: sorted.length };
  });
  return rows;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const RACE_RUNS = Number(process.env.BENCH_RACE_RUNS ?? 5);
if (process.env.BENCH_ONLY !== 'race') {
  const { rows: sizeRows, measure } = await sizes();
  const { url, server } = await benchServer();
  const speedRows = await speed(url);
  server.close();
  const { rows: raceRows, scripts } = await race(RACE_RUNS);
  // The race fetched another build's files with BENCH_KIT_DIR: their sizes are not this build's.
  if (!process.env.BENCH_KIT_DIR)
    sizeRows.splice(
      1,
      0,
      { name: `a page with a service list, as Chromium fetched it (${scripts.list.length} scripts)`, ...measure(scripts.list) },
      { name: `a page with a form, signed out, as Chromium fetched it (${scripts.form.length} scripts)`, ...measure(scripts.form) },
    );

  console.log('\n| what | raw KB | gzip KB | brotli KB |\n| --- | ---: | ---: | ---: |');
  for (const row of sizeRows) console.log(`| ${row.name} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} |`);
  console.log(`\nscripts of the list page: ${scripts.list.join(', ')}\nscripts of the form page: ${scripts.form.join(', ')}`);
  console.log(`\n| timing (Chromium headless, ${RUNS} runs) | median ms | max ms |\n| --- | ---: | ---: |`);
  for (const row of speedRows) console.log(`| ${row.name} | ${row.median.toFixed(1)} | ${row.max.toFixed(1)} |`);
  printRace(raceRows, RACE_RUNS);
} else {
  await build({ logLevel: 'warn' });
  printRace((await race(RACE_RUNS)).rows, RACE_RUNS);
}
