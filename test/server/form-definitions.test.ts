import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Service } from '../../contract/catalogue.ts';
import type { FormSource, JsonSchema } from '../../contract/forms.ts';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import { configFromEnvironment } from '../../server/config.ts';
import { genericForm } from '../../server/forms/generic-form.ts';
import { createFormAjv } from '../../server/forms/form-validator.ts';
import { loadFormSources } from '../../server/forms/source/load-form-sources.ts';
import { file, formExamples, person } from './support/form-examples.ts';

// The forms as the server loads them from catalogue/forms.
const sources = await loadFormSources(configFromEnvironment({}).catalogueDir, () => true);
const formOf = (key: string): FormSource => sources.forms.get(key)!;

// The server's own Ajv: strict, with the formats our forms may use and the x- annotations of our convention.
const ajv = createFormAjv();

const service: Service = {
  key: '99123456789012',
  name: 'Sondernutzung öffentlicher Verkehrsflächen beantragen',
  summary: 'Erlaubnis, z. B. für einen Container oder ein Gerüst auf dem Gehweg.',
  keywords: ['Gerüst', 'Container'],
  synonyms: ['Sondernutzungserlaubnis'],
  category: 'Bauen und Wohnen',
  level: 'gemeinde',
  trustLevel: 'niedrig',
  fee: { amount: { kind: 'nach-aufwand' }, text: 'ab 25,00 €', verified: false },
  documents: ['Lageplan', 'Skizze der Aufstellfläche', 'Vollmacht', 'Nachweis der Haftpflichtversicherung'],
};
const handWritten = {
  geburtsurkunde: formOf(WELL_KNOWN.geburtsurkunde),
  hundAnmelden: formOf(WELL_KNOWN.hundAnmelden),
  wohnsitzAnmelden: formOf(WELL_KNOWN.wohnsitzAnmelden),
  gewerbeAnmelden: formOf(WELL_KNOWN.gewerbeAnmelden),
  fundsacheMelden: formOf(WELL_KNOWN.fundsacheMelden),
};
type Name = keyof typeof handWritten;
const validators = new Map<FormSource, ValidateFunction>();
const validatorFor = (d: FormSource) => validators.get(d) ?? validators.set(d, ajv.compile(d.schema)).get(d)!;

/** JSON pointers the errors point at (for required and unevaluatedProperties, of the property itself). */
function pointers(data: unknown, d: FormSource): string[] {
  const validate = validatorFor(d);
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if'); // "must match then schema" repeats the cause
  return errors.map((e: ErrorObject) =>
    e.keyword === 'required'
      ? `${e.instancePath}/${e.params.missingProperty}`
      : e.keyword === 'unevaluatedProperties'
        ? `${e.instancePath}/${e.params.unevaluatedProperty}`
        : e.instancePath,
  );
}

const examples: Record<Name, Record<string, unknown>> = formExamples;

/** Every object node of a schema. */
function* objects(s: JsonSchema, at = ''): Generator<[string, JsonSchema]> {
  if (s.type === 'object') yield [at, s];
  for (const [k, p] of Object.entries(s.properties ?? {})) yield* objects(p, `${at}/${k}`);
  if (s.items) yield* objects(s.items, `${at}/items`);
  for (const [i, c] of (s.allOf ?? []).entries()) if (c.then) yield* objects(c.then, `${at}/allOf/${i}/then`);
}

for (const [name, d] of Object.entries(handWritten) as [Name, FormSource][]) {
  test(`${name}: compiles strictly, is closed and plain JSON`, () => {
    assert.equal(d.service, WELL_KNOWN[name]);
    assert.equal(d.schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(d.nextSteps.length > 50);
    validatorFor(d);
    for (const [at, o] of objects(d.schema)) assert.equal(o.unevaluatedProperties, false, `${name}${at}`);
    assert.deepEqual(JSON.parse(JSON.stringify(d.schema)), d.schema);
  });
  test(`${name}: accepts a realistic example`, () => {
    assert.deepEqual(pointers(examples[name], d), []);
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases below reach deep into example data by path
type Editable = any;

function broken(name: Name, change: (data: Editable) => void): string[] {
  const data = structuredClone(examples[name]);
  change(data);
  return pointers(data, handWritten[name]);
}

// prettier-ignore
const brokenCases: [Name, string, (d: Editable) => unknown, string[]][] = [
  ['geburtsurkunde', 'too many copies', (d) => (d.urkunde.anzahl = 11), ['/urkunde/anzahl']],
  ['hundAnmelden', 'missing chip number', (d) => delete d.hund.chipnummer, ['/hund/chipnummer']],
  ['hundAnmelden', 'chip number with 14 digits', (d) => (d.hund.chipnummer = '27609810654321'), ['/hund/chipnummer']],
  ['hundAnmelden', 'reduction without proof', (d) => (d.zweck.haltung = 'rettungshund'), ['/zweck/nachweis']],
  ['hundAnmelden', 'date without Sachkunde', (d) => (d.sachkunde = { liegtVor: false, datum: '2024-04-20' }), ['/sachkunde/datum']],
  ['wohnsitzAnmelden', 'person without birth date', (d) => delete d.personen.liste[1].person.geburtsdatum, ['/personen/liste/1/person/geburtsdatum']],
  ['wohnsitzAnmelden', 'no person', (d) => (d.personen.liste = []), ['/personen/liste']],
  ['wohnsitzAnmelden', 'upload over 10 MiB', (d) => (d.wohnungsgeber.bestaetigung.size = 10485761), ['/wohnungsgeber/bestaetigung/size']],
  ['wohnsitzAnmelden', 'from abroad without Staat', (d) => (d.bisherigeWohnung.zuzugAusland = true), ['/bisherigeWohnung/staat']],
  ['gewerbeAnmelden', 'GmbH without Registernummer', (d) => delete d.betrieb.registernummer, ['/betrieb/registernummer']],
  ['gewerbeAnmelden', 'negative employees', (d) => (d.betrieb.beschaeftigteVollzeit = -1), ['/betrieb/beschaeftigteVollzeit']],
  ['gewerbeAnmelden', 'licence required but missing', (d) => (d.erlaubnis.erlaubnispflichtig = true), ['/erlaubnis/erlaubnisDokument']],
  ['fundsacheMelden', 'time 25:00', (d) => (d.fund.fundzeit = '25:00'), ['/fund/fundzeit']],
  ['fundsacheMelden', 'no e-mail', (d) => delete d.finder.kontakt.email, ['/finder/kontakt/email']],
  ['fundsacheMelden', 'photo as PDF', (d) => (d.fund.foto.type = 'application/pdf'), ['/fund/foto/type']],
  ['geburtsurkunde', 'unknown kind of certificate', (d) => (d.urkunde.art = 'sterbeurkunde'), ['/urkunde/art']],
];

test('rejects broken examples at the right field', () => {
  for (const [name, what, change, expected] of brokenCases) {
    assert.deepEqual([...new Set(broken(name, change))], expected, `${name}: ${what}`);
  }
});

test('a Geburtsurkunde for "Sonstiges" needs Begründung and Nachweis; otherwise they are rejected', () => {
  const sonstiges = (d: Editable) => (d.geburt.beziehung = 'sonstiges');
  assert.deepEqual(broken('geburtsurkunde', sonstiges), ['/geburt/begruendung', '/geburt/nachweis']);
  const begruendung = 'Ich bin Testamentsvollstrecker im Nachlassverfahren 12 VI 345/24.';
  const withReason = (d: Editable) => Object.assign(d.geburt, { begruendung, nachweis: file() });
  assert.deepEqual(
    broken('geburtsurkunde', (d) => (sonstiges(d), withReason(d))),
    [],
  );
  assert.deepEqual(broken('geburtsurkunde', withReason), ['/geburt/begruendung', '/geburt/nachweis']);
  assert.deepEqual(
    broken('geburtsurkunde', (d) => (d.geburt.foo = 1)),
    ['/geburt/foo'],
  );
});

test('the catalogue forms load without a problem', () => {
  assert.deepEqual(sources.problems, []);
});

test('Wohnsitz anmelden prefills but does not lock the applicant address; the new address is not prefilled at all', () => {
  const applicant = handWritten.wohnsitzAnmelden.schema.properties!.antragsteller!.properties!;
  assert.equal(applicant.anschrift!['x-block'], 'anschrift-inland');
  assert.equal(applicant.anschrift!.properties!.strasse!['x-prefill'], 'address.street_address');
  assert.equal(applicant.anschrift!.properties!.strasse!.readOnly, undefined);
  assert.equal(applicant.person!.properties!.familienname!.readOnly, true);
  const newAddress = handWritten.wohnsitzAnmelden.schema.properties!.neueWohnung!.properties!.anschrift!;
  assert.equal(newAddress.properties!.strasse!['x-prefill'], undefined);
  assert.equal(newAddress.properties!.strasse!['x-autocomplete'], undefined);
  const certificate = handWritten.geburtsurkunde.schema.properties!.antragsteller!.properties!;
  assert.equal(certificate.anschrift!.properties!.strasse!.readOnly, true);
});

test('a block keeps its keys in every form: a form may leave fields out, never rename or add one', () => {
  const used = new Set<string>();
  for (const form of sources.forms.values()) {
    for (const [at, object] of objects(form.schema)) {
      const block = object['x-block'];
      if (!block) continue;
      used.add(block);
      const own = Object.keys(sources.blocks.get(block)!.fields);
      for (const key of Object.keys(object.properties ?? {}))
        assert.ok(own.includes(key), `${form.service}${at}/${key} is not in ${block}`);
    }
  }
  assert.ok(used.has('natuerliche-person') && used.has('anschrift-inland') && used.has('kontakt'));
});

test('generic form: one optional upload per document, at most three', () => {
  const d = genericForm(service, sources.blocks);
  assert.equal(d.title, service.name);
  assert.equal(d.service, service.key);
  assert.equal(d.schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const uploads = d.schema.properties!.unterlagen!.properties!;
  assert.deepEqual(
    Object.values(uploads).map((u) => u.title),
    ['Lageplan', 'Skizze der Aufstellfläche', 'Vollmacht'],
  );
  const data = {
    anliegen: { anliegen: 'Gerüst vor dem Haus Am Markt 3 vom 1. bis 14. März.', termin: '2025-03-01' },
    unterlagen: { anlage1: file('lageplan.pdf') },
    antragsteller: person,
  };
  assert.deepEqual(pointers(data, d), []);
  assert.deepEqual(pointers({ ...data, unterlagen: { anlage4: file() } }, d), ['/unterlagen/anlage4']);
  assert.deepEqual(pointers({ ...data, anliegen: {} }, d), ['/anliegen/anliegen']);
  const bare = genericForm({ ...service, documents: [] }, sources.blocks);
  assert.deepEqual(Object.keys(bare.schema.properties!.unterlagen!.properties!), ['anlage']);
  validatorFor(bare);
});
