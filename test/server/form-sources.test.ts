import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Municipality, ServiceList } from '../../contract/catalogue.ts';
import type { FormDefinition } from '../../contract/forms.ts';
import { configFromEnvironment } from '../../server/config.ts';
import { loadFormSources } from '../../server/forms/source/load-form-sources.ts';
import { formatProblem } from '../../server/forms/source/yaml-file.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase } from './support/test-database.ts';
import { startTestApp, TODAY } from './support/test-app.ts';

const CATALOGUE = configFromEnvironment({}).catalogueDir;
const FUNDSACHE = '99019001064000';
const made: string[] = [];
after(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A copy of the catalogue's forms and blocks with one file changed, as an editor at the county would change it. */
async function catalogueWith(path: string, change: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rathaus-catalogue-'));
  made.push(dir);
  await cp(CATALOGUE, dir, { recursive: true });
  const file = join(dir, path);
  await writeFile(file, change(await readFile(file, 'utf8')));
  return dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  const { problems } = await loadFormSources(dir, (key) => key !== '99000000000000');
  return problems.map((problem) => formatProblem({ ...problem, file: relative(dir, join(process.cwd(), problem.file)) }));
}

describe('form files in catalogue/forms and catalogue/blocks', () => {
  test('an unknown block is reported with file, line and pointer', async () => {
    const dir = await catalogueWith('forms/fundsache-melden.yaml', (t) =>
      t.replace('kontakt: { block: kontakt,', 'kontakt: { block: kontaktdaten,'),
    );
    const [problem, ...rest] = await problemsOf(dir);
    assert.deepEqual(rest, []);
    assert.match(
      problem,
      /^forms\/fundsache-melden\.yaml:\d+ \(\/steps\/finder\/fields\/kontakt\/block\): Den Baustein "kontaktdaten" gibt es nicht/,
    );
    const line = Number(/:(\d+) /.exec(problem)![1]);
    const text = (await readFile(join(dir, 'forms/fundsache-melden.yaml'), 'utf8')).split('\n');
    assert.match(text[line - 1], /kontaktdaten/);
  });

  test('a field without a label, an option without one and a misspelt keyword are each reported', async () => {
    const dir = await catalogueWith('forms/fundsache-melden.yaml', (t) =>
      t
        .replace('      funddatum: { type: date, label: Funddatum, required: true }', '      funddatum: { type: date, required: true }')
        .replace('          fundbuero: im Fundbüro abgegeben', "          fundbuero: ''")
        .replace('        label: Fundort', '        lable: Fundort'),
    );
    const problems = await problemsOf(dir);
    assert.ok(
      problems.some((p) => /\(\/steps\/fund\/fields\/funddatum\): Das Feld braucht eine Beschriftung/.test(p)),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.includes('/steps/verbleib/fields/verbleib/options/fundbuero')),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.includes('/steps/fund/fields/fundort') && p.includes('lable')),
      problems.join('\n'),
    );
  });

  test('a pattern needs a matching example, and a condition must name a sibling and one of its options', async () => {
    const dir = await catalogueWith('forms/hund-anmelden.yaml', (t) =>
      t
        .replace("example: '276098106543210'", "example: '2760981'")
        .replace('when: { field: liegtVor, equals: true }', 'when: { field: liegtNicht, equals: true }'),
    );
    const problems = await problemsOf(dir);
    assert.ok(
      problems.some((p) => p.includes('/steps/hund/fields/chipnummer') && p.includes('passt nicht zum Muster')),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.includes('/steps/sachkunde/fields/datum/when/field')),
      problems.join('\n'),
    );
  });

  test('a YAML syntax error and a service that is not in the catalogue are reported', async () => {
    const broken = await catalogueWith('forms/fundsache-melden.yaml', (t) =>
      t.replace('title: Fundsache melden', 'title: [Fundsache melden'),
    );
    assert.match((await problemsOf(broken))[0], /^forms\/fundsache-melden\.yaml:\d+: /);
    const unknown = await catalogueWith('forms/fundsache-melden.yaml', (t) =>
      t.replace(`service: '${FUNDSACHE}'`, "service: '99000000000000'"),
    );
    assert.match(
      (await problemsOf(unknown))[0],
      /^forms\/fundsache-melden\.yaml:1 \(\/service\): Die Leistung 99000000000000 gibt es im Katalog nicht/,
    );
  });

  test('a form says whether the office confirmed its next steps, and the unconfirmed ones are listed', async () => {
    const missing = await catalogueWith('forms/fundsache-melden.yaml', (t) => t.replace(/^verified:.*\n {2}nextSteps: false.*\n/m, ''));
    const problems = await problemsOf(missing);
    assert.ok(
      problems.some((p) => p.startsWith('forms/fundsache-melden.yaml') && p.includes('verified')),
      problems.join('\n'),
    );
    const confirmed = await catalogueWith('forms/fundsache-melden.yaml', (t) => t.replace(/^( {2}nextSteps:) false/m, '$1 true'));
    const { unverified, problems: none } = await loadFormSources(confirmed, (key) => key !== '99000000000000');
    assert.deepEqual(none, []);
    assert.ok(!unverified.includes('fundsache-melden.yaml'));
    assert.ok(unverified.includes('geburtsurkunde-bestellen.yaml'));
  });

  test('a YAML alias is reported, not thrown', async () => {
    const dir = await catalogueWith('forms/fundsache-melden.yaml', (t) =>
      t
        .replace('        options:\n          geldboerse:', '        options: &gegenstaende\n          geldboerse:')
        .replace('        options:\n          fundbuero:', '        options: *gegenstaende\n        x:\n          fundbuero:'),
    );
    const [problem] = await problemsOf(dir);
    assert.match(problem, /^forms\/fundsache-melden\.yaml:1: Anker und Aliase/);
  });

  test('a form whose JSON Schema the server cannot compile is refused', async () => {
    const dir = await catalogueWith('forms/fundsache-melden.yaml', (t) =>
      t.replace("pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$'", "pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$('"),
    );
    const problems = await problemsOf(dir);
    assert.ok(
      problems.some((p) => p.includes('/steps/fund/fields/fundzeit/pattern') && p.includes('kein gültiger regulärer Ausdruck')),
      problems.join('\n'),
    );
  });

  test('the API does not start on a broken form file, and says which file and line', async () => {
    const dir = await catalogueWith('blocks/kontakt.yaml', (t) => t.replace('    type: email\n', '    type: e-mail\n'));
    await assert.rejects(startTestApp({ catalogueDir: dir }), (error: Error) => {
      assert.match(error.message, /blocks\/kontakt\.yaml:\d+ \(\/fields\/email\/type\)/);
      return true;
    });
  });

  test('a changed label is the next form version; the earlier version stays available', async () => {
    const changed = await catalogueWith('forms/fundsache-melden.yaml', (t) => t.replace('label: Fundort', 'label: Ort des Fundes'));
    const database = await createTestDatabase();
    try {
      const config = {
        ...configFromEnvironment({ STAFF_TOKEN_SECRET: 'test-secret-test-secret-test-secret' }),
        today: TODAY,
        logLevel: 'silent',
      };
      const first = await buildApp(config, database.db);
      const before = (await first.inject({ url: `/api/v1/forms/${FUNDSACHE}` })).json();
      await first.close();
      const second = await buildApp({ ...config, catalogueDir: changed }, database.db);
      const after = (await second.inject({ url: `/api/v1/forms/${FUNDSACHE}` })).json();
      const earlier = (await second.inject({ url: `/api/v1/forms/${FUNDSACHE}/versions/${before.version}` })).json();
      await second.close();
      assert.equal(after.version, before.version + 1);
      assert.equal(after.schema.properties.fund.properties.fundort.title, 'Ort des Fundes');
      assert.equal(earlier.schema.properties.fund.properties.fundort.title, 'Fundort');
    } finally {
      await database.db.close();
      await database.drop();
    }
  });

  test('every service online or planned anywhere in the catalogue has its own form file; none uses the generic form', async () => {
    const app = await startTestApp();
    try {
      const get = async <T>(url: string) => (await app.app.inject({ url })).json<T>();
      const offered = new Map<string, string>();
      for (const { slug } of await get<Municipality[]>('/api/v1/municipalities')) {
        const { services } = await get<ServiceList>(`/api/v1/municipalities/${slug}/services`);
        for (const service of services) if (service.mode === 'online' || service.onlineFrom) offered.set(service.key, service.name);
      }
      // 37 in Syke and 11 of the county's when this test was written; more is fine, as long as each has a form.
      assert.ok(offered.size >= 48, `only ${offered.size} services are online or planned`);
      const { forms } = await loadFormSources(CATALOGUE, () => true);
      const missing = [...offered].filter(([key]) => !forms.has(key)).map(([key, name]) => `${key} ${name}`);
      assert.deepEqual(missing, [], 'online or planned services without a form file in catalogue/forms');
      for (const [key, name] of offered) {
        const served = await get<FormDefinition>(`/api/v1/forms/${key}`);
        assert.equal(served.title, forms.get(key)!.title, name);
        assert.deepEqual(Object.keys(served.schema.properties!), Object.keys(forms.get(key)!.schema.properties!), name);
      }
      assert.ok(!app.logs.some((line) => line.includes('generic request form')), 'the start log names services on the generic form');
    } finally {
      await app.close();
    }
  });

  test('an online service without a form file gets the generic form, and the start log names it', async () => {
    const dir = await catalogueWith('forms/fundsache-melden.yaml', (t) => t);
    await rm(join(dir, 'forms/fundsache-melden.yaml'));
    // Its Leichte Sprache texts would otherwise name a form that is no longer there, which is a problem of its own.
    await rm(join(dir, 'leichte-sprache/forms/fundsache-melden.yaml'), { force: true });
    const app = await startTestApp({ catalogueDir: dir });
    try {
      const line = app.logs
        .map((l) => JSON.parse(l) as { msg?: string; services?: string[] })
        .find((l) => l.msg?.includes('generic request form'));
      assert.ok(line?.services?.includes(FUNDSACHE), app.logs.join('\n'));
      const form = (await app.app.inject({ url: `/api/v1/forms/${FUNDSACHE}` })).json();
      assert.deepEqual(Object.keys(form.schema.properties), ['anliegen', 'unterlagen', 'antragsteller']);
    } finally {
      await app.close();
    }
  });
});
