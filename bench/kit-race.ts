/**
 * The race: the same Fundsache form (four steps, the same fields) rendered by the kit, as a town's page loads it
 * from the county's API (KIT_DIR, compressed on the wire), and by Form.io 5.6 (@formio/js, its own renderer and
 * CSS, served gzip-compressed, the form inline in the page, which is Form.io's best case; its date picker, which it
 * loads from cdn.form.io, from loopback: npm's flatpickr 4.6.13); and, as a yardstick of
 * how fast this machine is today, a static HTML page with the first step's fields and no script.
 * Each load in a fresh browser context (cold cache, new connections), under no throttling, 4× CPU slowdown, and
 * 4× CPU + slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up). Time: navigation start → the first step's fields
 * on screen (the frame in which the label of the step's last field is first laid out). Transfer: every byte the
 * page received, headers included (CDP encodedDataLength).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { buildApp } from '../server/app.ts';
import { WELL_KNOWN } from '../server/catalogue/seed/well-known-services.ts';
import { configFromEnvironment } from '../server/config.ts';
import { openDatabase } from '../server/db/open-database.ts';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

export interface Condition {
  name: string;
  cpu: number;
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
}

export const CONDITIONS: Condition[] = [
  { name: 'no throttling', cpu: 1 },
  { name: '4× CPU slowdown', cpu: 4 },
  {
    name: '4× CPU + slow 4G (150 ms RTT, 1.6 Mbit/s)',
    cpu: 4,
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  },
];

const FORMIO_DIR = 'node_modules/@formio/js/dist';
const SERVICE = WELL_KNOWN.fundsacheMelden;

/** The Fundsache form of catalogue/forms/fundsache-melden.yaml in Form.io's schema: a wizard of four panels. */
function formioSchema() {
  const text = (key: string, label: string, extra: Record<string, unknown> = {}) => ({
    type: 'textfield',
    key,
    label,
    input: true,
    ...extra,
  });
  const required = { validate: { required: true } };
  return {
    display: 'wizard',
    components: [
      {
        type: 'panel',
        key: 'fund',
        title: 'Fund',
        components: [
          {
            type: 'select',
            key: 'gegenstand',
            label: 'Was wurde gefunden?',
            input: true,
            ...required,
            data: {
              values: [
                ['geldboerse', 'Geldbörse'],
                ['schluessel', 'Schlüssel'],
                ['mobiltelefon', 'Mobiltelefon'],
                ['dokumente', 'Ausweis/Dokumente'],
                ['schmuck', 'Schmuck'],
                ['fahrrad', 'Fahrrad'],
                ['sonstiges', 'Sonstiges'],
              ].map(([value, label]) => ({ value, label })),
            },
          },
          {
            type: 'textarea',
            key: 'beschreibung',
            label: 'Beschreibung',
            input: true,
            description: 'Marke, Farbe, Größe und besondere Merkmale.',
            validate: { required: true, maxLength: 1000 },
          },
          { type: 'number', key: 'wert', label: 'Geschätzter Wert in €', input: true, validate: { min: 0, max: 1000000 } },
          text('fundort', 'Fundort', { ...required, description: 'Möglichst genau, z. B. Straße, Haltestelle oder Gebäude.' }),
          { type: 'datetime', key: 'funddatum', label: 'Funddatum', input: true, enableTime: false, format: 'dd.MM.yyyy', ...required },
          text('fundzeit', 'Uhrzeit (ungefähr)', { validate: { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' } }),
          { type: 'file', key: 'foto', label: 'Foto der Fundsache', input: true, storage: 'base64', filePattern: '.jpg,.jpeg,.png' },
        ],
      },
      {
        type: 'panel',
        key: 'verbleib',
        title: 'Verbleib',
        components: [
          {
            type: 'radio',
            key: 'verbleib',
            label: 'Die Fundsache wird',
            input: true,
            ...required,
            values: [
              { value: 'fundbuero', label: 'im Fundbüro abgegeben' },
              { value: 'finder', label: 'vom Finder verwahrt' },
            ],
          },
        ],
      },
      {
        type: 'panel',
        key: 'finderlohn',
        title: 'Finderlohn',
        components: [
          {
            type: 'radio',
            key: 'anspruch',
            label: 'Beanspruchen Sie Finderlohn und das Eigentum nach sechs Monaten?',
            input: true,
            ...required,
            values: [
              { value: 'ja', label: 'Ja' },
              { value: 'nein', label: 'Nein' },
            ],
          },
        ],
      },
      {
        type: 'panel',
        key: 'finder',
        title: 'Finder/in',
        components: [
          {
            type: 'fieldset',
            key: 'person',
            legend: 'Person',
            components: [
              text('familienname', 'Familienname', required),
              text('vornamen', 'Vornamen'),
              { type: 'datetime', key: 'geburtsdatum', label: 'Geburtsdatum', input: true, enableTime: false },
            ],
          },
          {
            type: 'fieldset',
            key: 'anschrift',
            legend: 'Anschrift',
            components: [text('strasse', 'Straße und Hausnummer'), text('zusatz', 'Adresszusatz'), text('plz', 'PLZ'), text('ort', 'Ort')],
          },
          {
            type: 'fieldset',
            key: 'kontakt',
            legend: 'Kontakt',
            components: [{ type: 'email', key: 'email', label: 'E-Mail-Adresse', input: true, ...required }, text('telefon', 'Telefon')],
          },
        ],
      },
    ],
  };
}

const head = (title: string, extra = '') =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${extra}</head>`;

function pages(api: string): Record<string, string> {
  const kitHead = `<meta name="rathaus-api" content="${api}/api/v1"><meta name="rathaus-municipality" content="syke"><script type="module" src="${api}/kit/rathaus.js"></script>`;
  return {
    '/kit-form.html': `${head('Fundsache melden', kitHead)}<body><main><rathaus-application-form service="${SERVICE}"></rathaus-application-form></main></body></html>`,
    '/kit-list.html': `${head('Online-Dienste', kitHead)}<body><main><rathaus-service-list></rathaus-service-list></main></body></html>`,
    '/formio.html': `${head(
      'Fundsache melden',
      '<link rel="stylesheet" href="/formio/formio.form.min.css"><script src="/formio/formio.form.min.js"></script>',
    )}<body><main><div id="form"></div></main><script>Formio.cdn.setBaseUrl(location.origin + '/formio-cdn'); Formio.createForm(document.getElementById('form'), ${JSON.stringify(
      formioSchema(),
    )}, { language: 'de' });</script></body></html>`,
    // The yardstick: the first step's fields as plain HTML, no script.
    '/static.html': `${head(
      'Fundsache melden',
      '<style>label{display:block;margin-top:1em;font-weight:bold}input,select,textarea{display:block;width:100%;max-width:30em}</style>',
    )}<body><main><h2>Fundsache melden</h2><p>Schritt 1 von 5: Fund</p><form>
<label for="a">Was wurde gefunden?</label><select id="a"><option>Bitte wählen</option><option>Geldbörse</option><option>Schlüssel</option></select>
<label for="b">Beschreibung</label><textarea id="b"></textarea>
<label for="c">Geschätzter Wert in €</label><input id="c" inputmode="decimal">
<label for="d">Fundort</label><input id="d">
<label for="e">Funddatum</label><input id="e" type="date">
<label for="f">Uhrzeit (ungefähr)</label><input id="f">
<label for="g">Foto der Fundsache</label><input id="g" type="file" accept="image/jpeg,image/png">
<button>Weiter</button></form></main></body></html>`,
  };
}

/**
 * Runs in every page from its first moment: each frame, looks for the label of the first step's last field (or
 * for the first service of a list), in the page or in an element's shadow root, and notes when it is laid out.
 */
const DETECT = `(() => {
  const start = () => {
    const roots = [document, ...[...document.querySelectorAll('rathaus-application-form, rathaus-service-list')].map((el) => el.shadowRoot).filter(Boolean)];
    for (const root of roots) {
      const hit = [...root.querySelectorAll('label, li h3')].find((el) => /Foto der Fundsache/.test(el.textContent) || el.matches('li h3'));
      if (hit && hit.getBoundingClientRect().height > 0) { window.__shown = performance.now(); return; }
    }
    requestAnimationFrame(start);
  };
  requestAnimationFrame(start);
})();`;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The county's API with the kit at /kit/ (KIT_DIR=dist/cdn), on PGlite in a temporary folder. */
async function startApi(allowedOrigin: string) {
  const dataDir = await mkdtemp(join(tmpdir(), 'rathaus-race-'));
  const config = {
    ...configFromEnvironment({ ...process.env, DATA_DIR: dataDir, STAFF_TOKEN_SECRET: randomBytes(32).toString('base64url') }),
    host: '127.0.0.1',
    port: 0,
    // BENCH_KIT_DIR: race another build, e.g. an earlier release's, against the same yardstick.
    kitDir: process.env.BENCH_KIT_DIR ?? 'dist/cdn',
    allowedOrigins: [allowedOrigin],
    logLevel: 'error',
  };
  const db = await openDatabase(config);
  const app = await buildApp(config, db);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    async stop() {
      await app.close();
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The town's web server: the pages, and Form.io's script and CSS gzip-compressed, as any web server sends them. */
async function startSite() {
  const gz = new Map<string, Buffer>();
  for (const file of ['formio.form.min.js', 'formio.form.min.css'])
    gz.set(`/formio/${file}`, gzipSync(await readFile(join(FORMIO_DIR, file)), { level: 9 }));
  // Form.io loads its date picker from its CDN (Formio.cdn); here from loopback, without the CDN's version folder.
  for (const file of ['flatpickr.min.js', 'flatpickr.min.css'])
    gz.set(`/formio-cdn/flatpickr-formio/${file}`, gzipSync(await readFile(join('node_modules/flatpickr/dist', file)), { level: 9 }));
  let html: Record<string, string> = {};
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const body = gz.get(path);
    if (body) {
      response.writeHead(200, {
        'content-type': path.endsWith('.css') ? 'text/css' : 'text/javascript',
        'content-encoding': 'gzip',
        'content-length': body.length,
      });
      return void response.end(body);
    }
    if (html[path]) return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html[path]);
    response.writeHead(404).end();
  });
  const url = await listen(server);
  return { url, setPages: (pages: Record<string, string>) => (html = pages), stop: () => new Promise((resolve) => server.close(resolve)) };
}

/** `scripts`: collects the kit's files the page fetched (their paths under /kit/). */
async function measure(browser: Browser, url: string, condition: Condition, scripts?: Set<string>): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 412, height: 915 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(DETECT);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
    if (condition.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condition.network });
    let bytes = 0;
    const requests: string[] = [];
    const t0 = Date.now();
    const short = (url: string) => url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '').slice(0, 40);
    page.on('request', (request) => requests.push(`${short(request.url())}@${Date.now() - t0}`));
    page.on('requestfinished', (request) => requests.push(`done:${short(request.url())}@${Date.now() - t0}`));
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (scripts && path.startsWith('/kit/')) scripts.add(path.slice('/kit/'.length));
    });
    cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
    await page.goto(url, { waitUntil: 'commit' });
    const ms = (await (await page.waitForFunction('window.__shown', undefined, { timeout: 60_000 })).jsonValue()) as number;
    // What was still arriving when the fields appeared counts too.
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    if (process.env.BENCH_DEBUG) console.log(url, condition.name, Math.round(ms), bytes, requests.join(' '));
    return { ms, bytes };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export interface RaceRow {
  condition: string;
  kit: number;
  formio: number;
  yardstick: number;
  list: number;
  kitBytes: number;
  formioBytes: number;
  listBytes: number;
}

/** The kit's files each page fetched, signed out: by path in the build's folder (dist/cdn). */
export interface PageScripts {
  form: string[];
  list: string[];
}

export async function race(runs: number): Promise<{ rows: RaceRow[]; scripts: PageScripts }> {
  const site = await startSite();
  const api = await startApi(site.url);
  site.setPages(pages(api.url));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const rows: RaceRow[] = [];
  const scripts: PageScripts = { form: [], list: [] };
  try {
    // A server that has answered before, as in production: the first request of a fresh process is slower by far.
    const form = new Set<string>();
    const list = new Set<string>();
    await measure(browser, `${site.url}/kit-form.html`, CONDITIONS[0], form);
    await measure(browser, `${site.url}/kit-list.html`, CONDITIONS[0], list);
    for (const page of ['formio', 'static']) await measure(browser, `${site.url}/${page}.html`, CONDITIONS[0]);
    scripts.form = [...form].sort();
    scripts.list = [...list].sort();
    for (const condition of CONDITIONS) {
      const results: Record<'kit' | 'formio' | 'yardstick' | 'list', { ms: number; bytes: number }[]> = {
        kit: [],
        formio: [],
        yardstick: [],
        list: [],
      };
      // Interleaved, so that the machine's load changes hit every contestant alike.
      for (let run = 0; run < runs; run++) {
        results.kit.push(await measure(browser, `${site.url}/kit-form.html`, condition));
        results.formio.push(await measure(browser, `${site.url}/formio.html`, condition));
        results.yardstick.push(await measure(browser, `${site.url}/static.html`, condition));
        results.list.push(await measure(browser, `${site.url}/kit-list.html`, condition));
      }
      const ms = (name: keyof typeof results) => median(results[name].map((result) => result.ms));
      const bytes = (name: keyof typeof results) => median(results[name].map((result) => result.bytes));
      rows.push({
        condition: condition.name,
        kit: ms('kit'),
        formio: ms('formio'),
        yardstick: ms('yardstick'),
        list: ms('list'),
        kitBytes: bytes('kit'),
        formioBytes: bytes('formio'),
        listBytes: bytes('list'),
      });
    }
  } finally {
    await browser.close();
    await api.stop();
    await site.stop();
  }
  return { rows, scripts };
}

export function printRace(rows: RaceRow[], runs: number): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
  console.log(
    `\nRace: the Fundsache form, navigation → first step's fields on screen, cold cache, median of ${runs} (Chromium headless)\n` +
      '| conditions | kit | Form.io 5.6 | Form.io / kit | static HTML (yardstick) | kit / yardstick | kit transfer | Form.io transfer |\n' +
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows)
    console.log(
      `| ${row.condition} | ${ms(row.kit)} | ${ms(row.formio)} | ${(row.formio / row.kit).toFixed(1)}× | ${ms(row.yardstick)} | ` +
        `${(row.kit / row.yardstick).toFixed(1)}× | ${kb(row.kitBytes)} | ${kb(row.formioBytes)} |`,
    );
  console.log(
    `\nThe service list page (Syke, all services), navigation → first service on screen, median of ${runs}\n` +
      '| conditions | kit | kit / yardstick | transfer |\n| --- | ---: | ---: | ---: |',
  );
  for (const row of rows)
    console.log(`| ${row.condition} | ${ms(row.list)} | ${(row.list / row.yardstick).toFixed(1)}× | ${kb(row.listBytes)} |`);
}
