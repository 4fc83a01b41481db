/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { Value } from 'typebox/value';
import { CitizenOffice, Municipality, Service, type OfferingMode } from '../../contract/catalogue.ts';
import { loadCatalogueFiles } from '../../server/catalogue/catalogue-files.ts';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';

// The repository's own catalogue/ data files, as the API reads them at start.
const data = await loadCatalogueFiles(fileURLToPath(new URL('../../catalogue/', import.meta.url)));
const { municipalities, services } = data;
const offerings: Record<string, Record<string, OfferingMode>> = {};
for (const { municipality, serviceKey, mode } of data.offerings) (offerings[municipality] ??= {})[serviceKey] = mode;

const COUNTY = 'landkreis-diepholz';
const LIVE_TOWNS = ['syke', 'diepholz', 'stuhr'] as const;
const serviceByKey = new Map(services.map((service) => [service.key, service]));

function onlineCount(slug: string): number {
  return Object.values(offerings[slug] ?? {}).filter((mode) => mode === 'online').length;
}

test('the data files have no problems', () => {
  assert.deepEqual(data.problems, []);
});

test('all 16 administrations of the county are there: the Landkreis and its 15 member municipalities', () => {
  const byKind = (kind: string) =>
    municipalities
      .filter((m) => m.kind === kind)
      .map((m) => m.shortName)
      .sort((a, b) => a.localeCompare(b, 'de'));
  assert.equal(municipalities.length, 16);
  assert.deepEqual(byKind('Landkreis'), ['Diepholz']);
  assert.deepEqual(byKind('Stadt'), ['Bassum', 'Diepholz', 'Sulingen', 'Syke', 'Twistringen']);
  assert.deepEqual(byKind('Gemeinde'), ['Stuhr', 'Wagenfeld', 'Weyhe']);
  assert.deepEqual(byKind('Samtgemeinde'), [
    'Altes Amt Lemförde',
    'Barnstorf',
    'Bruchhausen-Vilsen',
    'Kirchdorf',
    'Rehden',
    'Schwaförden',
    'Siedenburg',
  ]);
});

test('regional keys: 5 digits for the Landkreis, 9 for a Samtgemeinde, 12 for a Stadt or Gemeinde, all within the county', () => {
  const county = municipalities.find((m) => m.slug === COUNTY)!;
  assert.equal(county.ars, '03251');
  for (const m of municipalities) {
    assert.equal(m.ars.length, { Landkreis: 5, Samtgemeinde: 9, Stadt: 12, Gemeinde: 12 }[m.kind], m.slug);
    assert.ok(m.ars.startsWith('03251'), m.slug);
  }
  assert.equal(new Set(municipalities.map((m) => m.ars)).size, municipalities.length);
});

test('a Samtgemeinde lists its member Gemeinden, whose postcodes are exactly its own', () => {
  for (const m of municipalities) {
    if (m.kind !== 'Samtgemeinde') {
      assert.equal(m.members, undefined, m.slug);
      continue;
    }
    assert.ok(m.members && m.members.length >= 2, m.slug);
    assert.deepEqual([...new Set(m.members.flatMap((member) => member.postalCodes))].sort(), [...m.postalCodes].sort(), m.slug);
  }
  const lemfoerde = municipalities.find((m) => m.slug === 'altes-amt-lemfoerde')!;
  assert.ok(lemfoerde.members!.some((member) => member.name === 'Lembruch' && member.postalCodes.includes('49459')));
});

test('every fact group says whether it was verified; nothing checked here is claimed as verified', () => {
  for (const m of municipalities) {
    const groups = Object.keys(m.verified).sort();
    const expected = ['ars', 'office', 'openingHours', 'origins', 'postalCodes', ...(m.kind === 'Samtgemeinde' ? ['members'] : [])].sort();
    assert.deepEqual(groups, expected, m.slug);
    assert.ok(
      Object.values(m.verified).every((value) => value === false),
      `${m.slug}: nothing was checked against an official source`,
    );
  }
  for (const service of services) assert.equal(service.fee.verified, false, service.name);
});

test('towns without a rollout date ("später") offer everything in person', () => {
  const later = municipalities.filter((m) => m.liveFrom === undefined).map((m) => m.slug);
  assert.deepEqual(later.sort(), ['barnstorf', 'bruchhausen-vilsen', 'rehden', 'siedenburg', 'sulingen', 'wagenfeld']);
  for (const slug of later) {
    assert.equal(onlineCount(slug), 0, slug);
    assert.ok(Object.keys(offerings[slug]!).length > 20, `${slug} lists its services`);
  }
});

test('the catalogue has between 85 and 100 services', () => {
  assert.ok(services.length >= 85 && services.length <= 100, `got ${services.length} services`);
});

test('service keys are unique 14-digit LeiKa keys', () => {
  assert.equal(new Set(services.map((service) => service.key)).size, services.length);
  for (const service of services) assert.match(service.key, /^99\d{12}$/, service.name);
});

test('every service matches the Service schema and has German text', () => {
  assert.equal(new Set(services.map((service) => service.name)).size, services.length, 'service names are unique');
  for (const service of services) {
    assert.ok(Value.Check(Service, service), `${service.name} does not match the schema`);
    assert.ok(service.summary.length > 20, `${service.name}: summary`);
    assert.ok(service.keywords.length > 0, `${service.name}: keywords`);
    assert.ok(service.synonyms.length > 0, `${service.name}: synonyms`);
    assert.ok(service.documents.length > 0, `${service.name}: documents`);
    assert.ok(service.fee.text.length > 0, `${service.name}: fee`);
    assert.doesNotMatch(JSON.stringify(service), /TODO|lorem|ipsum/i, service.name);
  }
});

test('every fee says in its text what its amount says', () => {
  const euro = (amount: number) => `${amount.toFixed(2).replace('.', ',')} €`;
  for (const { name, fee } of services) {
    if (fee.amount.kind === 'betrag') {
      assert.ok(fee.text.includes(euro(fee.amount.euro)), `${name}: "${fee.text}" does not show ${euro(fee.amount.euro)}`);
      if (fee.amount.per) assert.ok(fee.text.includes(fee.amount.per), `${name}: "${fee.text}" does not say per ${fee.amount.per}`);
    }
    if (fee.amount.kind === 'gebuehrenfrei') assert.match(fee.text, /gebührenfrei|enthalten/, name);
  }
});

test('at least 12 services are handled by the county', () => {
  const county = services.filter((service) => service.level === 'landkreis');
  assert.ok(county.length >= 12, `got ${county.length} county services`);
});

test('online counts of the live towns are exactly 37, 28 and 13', () => {
  assert.equal(onlineCount('syke'), 37);
  assert.equal(onlineCount('diepholz'), 28);
  assert.equal(onlineCount('stuhr'), 13);
});

test('every offering refers to a known municipality and service', () => {
  const slugs = new Set(municipalities.map((municipality) => municipality.slug));
  for (const [slug, modes] of Object.entries(offerings)) {
    assert.ok(slugs.has(slug), `unknown municipality ${slug}`);
    for (const [key, mode] of Object.entries(modes)) {
      assert.ok(serviceByKey.has(key), `${slug}: unknown service ${key}`);
      assert.ok(mode === 'online' || mode === 'vor-ort', `${slug}/${key}: mode ${mode}`);
    }
  }
  for (const slug of slugs) assert.ok(offerings[slug], `${slug} has no offerings`);
});

test('county services are offered only by the county, town services only by the towns', () => {
  for (const [slug, modes] of Object.entries(offerings)) {
    for (const key of Object.keys(modes)) {
      const level = serviceByKey.get(key)!.level;
      assert.equal(level, slug === COUNTY ? 'landkreis' : 'gemeinde', `${slug} offers ${serviceByKey.get(key)!.name}`);
    }
  }
  const countyServices = services.filter((service) => service.level === 'landkreis');
  assert.deepEqual(Object.keys(offerings[COUNTY]!).sort(), countyServices.map((service) => service.key).sort());
  const countyOnline = onlineCount(COUNTY);
  assert.ok(
    countyOnline >= countyServices.length / 3 && countyOnline <= (countyServices.length * 2) / 3,
    `${countyOnline} county services online`,
  );
});

test('the live towns offer nearly all town services', () => {
  const townServices = services.filter((service) => service.level === 'gemeinde');
  for (const slug of LIVE_TOWNS) {
    const offered = Object.keys(offerings[slug]!).length;
    assert.ok(offered >= townServices.length - 3, `${slug} offers only ${offered} of ${townServices.length} town services`);
  }
});

test('the well-known services exist and the town ones are online in Syke, Diepholz and Stuhr', () => {
  for (const [name, key] of Object.entries(WELL_KNOWN)) {
    assert.ok(serviceByKey.has(key), `${name}: ${key} is not in services`);
  }
  assert.equal(serviceByKey.get(WELL_KNOWN.kfzZulassung)!.level, 'landkreis');
  assert.equal(offerings[COUNTY]![WELL_KNOWN.kfzZulassung], 'online');
  const townKeys = [
    WELL_KNOWN.geburtsurkunde,
    WELL_KNOWN.hundAnmelden,
    WELL_KNOWN.wohnsitzAnmelden,
    WELL_KNOWN.gewerbeAnmelden,
    WELL_KNOWN.fundsacheMelden,
  ];
  for (const slug of LIVE_TOWNS) {
    for (const key of townKeys) {
      assert.equal(serviceByKey.get(key)!.level, 'gemeinde');
      assert.equal(offerings[slug]![key], 'online', `${slug}: ${serviceByKey.get(key)!.name}`);
    }
  }
});

test('every municipality has a valid record, office and postcodes', () => {
  assert.equal(new Set(municipalities.map((municipality) => municipality.slug)).size, municipalities.length);
  assert.equal(new Set(municipalities.map((municipality) => municipality.code)).size, municipalities.length);
  for (const municipality of municipalities) {
    assert.ok(Value.Check(Municipality, { ...municipality, live: false }), `${municipality.slug} does not match the schema`);
    assert.ok(Value.Check(CitizenOffice, municipality.office), `${municipality.slug}: office`);
    assert.match(municipality.office.postalCode, /^\d{5}$/);
    assert.match(municipality.office.phone, /^\+49 \d{3,5} [\d-]+$/, `${municipality.slug}: phone`);
    assert.ok(municipality.office.openingHours.length > 0, `${municipality.slug}: opening hours`);
    if (municipality.liveFrom !== undefined) assert.match(municipality.liveFrom, /^\d{4}-\d{2}-\d{2}$/);
    for (const postalCode of municipality.postalCodes) assert.match(postalCode, /^\d{5}$/, municipality.slug);
    if (municipality.kind !== 'Landkreis') {
      assert.ok(municipality.postalCodes.length > 0, `${municipality.slug} has no postcodes`);
      assert.ok(municipality.postalCodes.includes(municipality.office.postalCode), `${municipality.slug}: office postcode`);
    }
    for (const origin of municipality.origins) assert.equal(new URL(origin).origin, origin, `${municipality.slug}: ${origin}`);
  }
  const bySlug = new Map(municipalities.map((municipality) => [municipality.slug, municipality]));
  assert.deepEqual(bySlug.get('syke')!.origins, ['http://127.0.0.3:8080', 'https://www.syke.de']);
  assert.deepEqual(bySlug.get('diepholz')!.origins, ['http://127.0.0.2:8080', 'https://www.diepholz.de']);
  assert.deepEqual(bySlug.get('stuhr')!.origins, ['http://127.0.0.4:8080', 'https://www.stuhr.de']);
  assert.deepEqual(bySlug.get(COUNTY)!.origins, ['http://127.0.0.5:8080', 'https://www.landkreis-diepholz.de']);
});

test('no postcode belongs to two towns', () => {
  const seen = new Map<string, string>();
  for (const municipality of municipalities) {
    for (const postalCode of municipality.postalCodes) {
      assert.ok(!seen.has(postalCode), `${postalCode} in ${seen.get(postalCode)} and ${municipality.slug}`);
      seen.set(postalCode, municipality.slug);
    }
  }
});
