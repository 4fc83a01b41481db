import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { after, describe, test } from 'node:test';
import type { Municipality, ServiceList } from '../../contract/catalogue.ts';
import { loadCatalogue } from '../../server/catalogue/load-catalogue.ts';
import { configFromEnvironment } from '../../server/config.ts';
import { formatProblem } from '../../server/forms/source/yaml-file.ts';
import { startTestApp, TODAY } from './support/test-app.ts';

const CATALOGUE = configFromEnvironment({}).catalogueDir;
const made: string[] = [];
after(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A copy of the whole catalogue folder with some files changed, as an editor at the county would change them. */
async function catalogueWith(changes: Record<string, ((text: string) => string) | string | null>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rathaus-catalogue-'));
  made.push(dir);
  await cp(CATALOGUE, dir, { recursive: true });
  for (const [path, change] of Object.entries(changes)) {
    const file = join(dir, path);
    if (change === null) await rm(file);
    else await writeFile(file, typeof change === 'string' ? change : change(await readFile(file, 'utf8')));
  }
  return dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  const { problems } = await loadCatalogue(dir);
  return problems.map((problem) => formatProblem({ ...problem, file: relative(dir, join(process.cwd(), problem.file)) }));
}

/** The catalogue as the API serves it from `dir` on `today`. */
async function servedFrom(dir: string, today = TODAY) {
  const t = await startTestApp({ catalogueDir: dir, today });
  try {
    const municipalities = (await t.app.inject('/api/v1/municipalities')).json<Municipality[]>();
    const services = async (slug: string) => (await t.app.inject(`/api/v1/municipalities/${slug}/services`)).json<ServiceList>().services;
    return { municipalities, sulingen: await services('sulingen'), bassum: await services('bassum') };
  } finally {
    await t.close();
  }
}

// What an editor writes to add a town: one file, nothing else.
const SULINGEN = `name: Stadt Sulingen
shortName: Sulingen
kind: Stadt
code: SUL
ars: '032510040040'
postalCodes: ['27232']
office:
  name: Bürgerbüro im Rathaus Sulingen
  street: Galtener Straße 12
  postalCode: '27232'
  city: Sulingen
  phone: '+49 4271 88-0'
  email: buergerbuero@sulingen.de
  openingHours:
    - { days: 'Mo, Di, Mi, Fr', hours: '08:00–12:00' }
origins:
  - https://www.sulingen.de
rollout: später
verified: { ars: false, postalCodes: false, office: false, openingHours: false, origins: false }
services:
  online: []
`;

describe('the catalogue as data files', () => {
  test('adding a town is adding one file: its residents find it by postcode and see its services in person', async () => {
    const without = (await loadCatalogue(await catalogueWith({ 'municipalities/sulingen.yaml': null }))).data;
    assert.equal(without.municipalities.length, 15);
    assert.ok(!without.municipalities.some((m) => m.postalCodes.includes('27232')), 'nobody serves 27232 yet');

    const withSulingen = await servedFrom(await catalogueWith({ 'municipalities/sulingen.yaml': SULINGEN }));
    assert.equal(withSulingen.municipalities.length, 16);
    const sulingen = withSulingen.municipalities.find((m) => m.postalCodes.includes('27232'))!;
    assert.equal(sulingen.slug, 'sulingen');
    assert.equal(sulingen.live, false);
    assert.equal(sulingen.liveFrom, undefined, '"später" has no date');
    assert.equal(sulingen.verified.office, false);
    assert.ok(withSulingen.sulingen.length > 40, 'the town services and the county services are listed');
    const own = withSulingen.sulingen.filter((s) => s.responsible.slug === 'sulingen');
    assert.ok(own.length > 20);
    assert.ok(
      own.every((s) => s.mode === 'vor-ort' && s.onlineFrom === undefined),
      'in person, and no online date shown',
    );
    // The county's services are the county's: for Sulingen's residents as for everyone else's, with its date.
    const kfz = withSulingen.sulingen.find((s) => s.name === 'Fahrzeug zulassen')!;
    assert.deepEqual([kfz.responsible.slug, kfz.onlineFrom], ['landkreis-diepholz', '2027-03-01']);
  });

  test('taking a service online in Bassum on a date is one line in bassum.yaml', async () => {
    const kita = (list: ServiceList['services']) => list.find((s) => s.name === 'Kita-Platz anmelden')!;
    const before = await servedFrom(CATALOGUE, '2027-06-01');
    assert.equal(kita(before.bassum).mode, 'vor-ort');
    assert.equal(kita(before.bassum).onlineFrom, undefined);

    const dir = await catalogueWith({
      'municipalities/bassum.yaml': (text) => text.replace('  online:\n', '  online:\n    - kita-platz-anmelden: 2027-06-01\n'),
    });
    const dayBefore = await servedFrom(dir, '2027-05-31');
    assert.equal(kita(dayBefore.bassum).mode, 'vor-ort');
    assert.equal(kita(dayBefore.bassum).onlineFrom, '2027-06-01', 'announced with its date');
    const onTheDay = await servedFrom(dir, '2027-06-01');
    assert.equal(kita(onTheDay.bassum).mode, 'online');
    assert.equal(kita(onTheDay.bassum).onlineFrom, undefined);
    // Bassum's other online services keep Bassum's own rollout date.
    assert.equal(dayBefore.bassum.find((s) => s.name === 'Briefwahl beantragen')!.mode, 'online');
  });

  test("a town's own fee replaces the service's fee in its list", async () => {
    const dir = await catalogueWith({
      'municipalities/syke.yaml': (text) =>
        text.replace(
          '  online:\n',
          `  fees:\n    meldebescheinigung-beantragen:\n      amount: { kind: betrag, euro: 7, per: Bescheinigung }\n      text: '7,00 € je Bescheinigung'\n      verified: false\n  online:\n`,
        ),
    });
    const t = await startTestApp({ catalogueDir: dir });
    try {
      const list = async (slug: string) => (await t.app.inject(`/api/v1/municipalities/${slug}/services`)).json<ServiceList>().services;
      const fee = async (slug: string) => (await list(slug)).find((s) => s.name === 'Meldebescheinigung beantragen')!.fee;
      assert.deepEqual((await fee('syke')).amount, { kind: 'betrag', euro: 7, per: 'Bescheinigung' });
      assert.deepEqual((await fee('diepholz')).amount, { kind: 'betrag', euro: 5, per: 'Bescheinigung' });
    } finally {
      await t.close();
    }
  });

  test('every mistake is reported with file, line and pointer, all at once', async () => {
    const dir = await catalogueWith({
      'municipalities/weyhe.yaml': (text) =>
        text
          .replace("postalCodes: ['28844']", 'postalCodes: [28844]')
          .replace('    - laermbeschwerde-einreichen\n', '    - laermbeschwerde-einreichn\n    - fahrzeug-zulassen\n')
          .replace("ars: '032510047047'", "ars: '0325100470'"),
      'municipalities/rehden.yaml': (text) => text.replace('  online: []', '  online:\n    - briefwahl-beantragen'),
      'municipalities/stuhr.yaml': (text) => text.replace("postalCodes: ['28816']", "postalCodes: ['28816', '28857']"),
      'services/gewerbe-anmelden.yaml': (text) => text.replace('text: 26,00 €', 'text: 25,00 €'),
      'services/hund-abmelden.yaml': (text) => text.replace('name: Hund abmelden', 'name: [Hund abmelden'),
    });
    const problems = await problemsOf(dir);
    const expect = (pattern: RegExp) =>
      assert.ok(
        problems.some((p) => pattern.test(p)),
        `${pattern}\nin:\n${problems.join('\n')}`,
      );
    expect(/^municipalities\/weyhe\.yaml:\d+ \(\/postalCodes\/0\): .*Anführungszeichen/);
    expect(/^municipalities\/weyhe\.yaml:\d+ \(\/ars\): .*(12 Ziffern|pattern)/);
    expect(/^municipalities\/rehden\.yaml:\d+ \(\/services\/online\/0\): Ohne Rollout-Datum/);
    // Files are read in alphabetical order: Stuhr claims 28857 first, so Syke's claim is the one reported.
    expect(/^municipalities\/syke\.yaml:\d+ \(\/postalCodes\/0\): Die Postleitzahl 28857 hat schon municipalities\/stuhr\.yaml/);
    expect(/^services\/gewerbe-anmelden\.yaml:\d+ \(\/fee\/text\): Der Text nennt den Betrag nicht/);
    expect(/^services\/hund-abmelden\.yaml:\d+: /);
    // A file with a problem of its shape is checked no further; fix, run again, and the next problems appear.
    const fixed = await catalogueWith({
      'municipalities/weyhe.yaml': (text) =>
        text.replace('    - laermbeschwerde-einreichen\n', '    - laermbeschwerde-einreichn\n    - fahrzeug-zulassen\n'),
    });
    const next = await problemsOf(fixed);
    assert.equal(next.length, 2, next.join('\n'));
    assert.match(
      next[0]!,
      /^municipalities\/weyhe\.yaml:\d+ \(\/services\/online\/\d+\): Die Leistung "laermbeschwerde-einreichn" gibt es nicht/,
    );
    assert.match(
      next[1]!,
      /^municipalities\/weyhe\.yaml:\d+ \(\/services\/online\/\d+\): "fahrzeug-zulassen" ist eine Leistung des Landkreises/,
    );
    const line = Number(/:(\d+) /.exec(next[0]!)![1]);
    const text = (await readFile(join(fixed, 'municipalities/weyhe.yaml'), 'utf8')).split('\n');
    assert.match(text[line - 1]!, /laermbeschwerde-einreichn/, 'the line named is the line to fix');
  });

  test('the API refuses to start on a broken catalogue, naming file and line', async () => {
    const dir = await catalogueWith({ 'municipalities/syke.yaml': (text) => text.replace('kind: Stadt', 'kind: Großstadt') });
    await assert.rejects(startTestApp({ catalogueDir: dir }), /municipalities\/syke\.yaml:\d+ \(\/kind\)/);
  });

  test('npm run catalogue:check reports every problem, forms included, and fails', async () => {
    const run = (dir: string) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/catalogue-check.ts', dir]).then(
        ({ stdout }) => ({ code: 0, output: stdout }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
      );
    const good = await run(CATALOGUE);
    assert.equal(good.code, 0, good.output);
    assert.match(good.output, /16 Verwaltungen/);
    const dir = await catalogueWith({
      'municipalities/twistringen.yaml': (text) => text.replace('rollout: 2027-09-01', 'rollout: 2027-09-31'),
      'forms/fundsache-melden.yaml': (text) => text.replace('kontakt: { block: kontakt,', 'kontakt: { block: kontaktdaten,'),
    });
    const bad = await run(dir);
    assert.equal(bad.code, 1);
    assert.match(bad.output, /municipalities\/twistringen\.yaml:\d+ \(\/rollout\): 2027-09-31 ist kein Datum/);
    assert.match(bad.output, /forms\/fundsache-melden\.yaml:\d+ \(\/steps\/finder\/fields\/kontakt\/block\): Den Baustein "kontaktdaten"/);
    assert.match(bad.output, /2 Probleme/);
  });
});
