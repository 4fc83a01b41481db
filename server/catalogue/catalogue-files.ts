import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { CitizenOffice, Fee, MunicipalityKind, MunicipalityMember, MunicipalityVerified, Service } from '../../contract/catalogue.ts';
import type { OfferingMode } from '../../contract/catalogue.ts';
import { child, segments } from '../../contract/json-pointer.ts';
import { readYamlFile, type SourceProblem, type YamlFile } from '../forms/source/yaml-file.ts';
import type { MunicipalityRecord } from './catalogue.ts';

/*
 * The catalogue's data files, as the county's editors write them (documented in catalogue/README.md):
 * catalogue/municipalities/<slug>.yaml and catalogue/services/<name>.yaml. Read with the same YAML reader as the
 * forms, so that every problem names its file, line and JSON pointer.
 */

const ISO_DATE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const SLUG = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** One entry of a municipality's `online` list: a service's file name, or `{ name: date }` for a later date. */
const OnlineEntry = Type.Union([
  Type.String({ pattern: SLUG }),
  Type.Record(Type.String(), Type.String({ pattern: ISO_DATE }), { minProperties: 1, maxProperties: 1 }),
]);

export const MunicipalityFile = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    shortName: Type.String({ minLength: 1 }),
    kind: MunicipalityKind,
    code: Type.String({ pattern: '^[A-Z]{2,4}$' }),
    ars: Type.String({ pattern: '^[0-9]{5}([0-9]{4}([0-9]{3})?)?$' }),
    postalCodes: Type.Array(Type.String({ pattern: '^[0-9]{5}$' })),
    members: Type.Optional(Type.Array(MunicipalityMember, { minItems: 2 })),
    office: CitizenOffice,
    origins: Type.Array(Type.String({ minLength: 1 })),
    rollout: Type.Union([Type.String({ pattern: ISO_DATE }), Type.Literal('später')]),
    verified: MunicipalityVerified,
    services: Type.Object(
      {
        online: Type.Array(OnlineEntry),
        notOffered: Type.Optional(Type.Array(Type.String({ pattern: SLUG }))),
        /** Fees that differ here from the service's own, by service file name. */
        fees: Type.Optional(Type.Record(Type.String(), Fee)),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type MunicipalityFile = Static<typeof MunicipalityFile>;

export const ServiceFile = Type.Object(
  {
    ...Service.properties,
    /** How the LeiKa key is backed: found in public references (belegt), in one secondary source, or not checked. */
    keySource: Type.Union([Type.Literal('belegt'), Type.Literal('sekundärquelle'), Type.Literal('ungeprüft')]),
  },
  { additionalProperties: false },
);
export type ServiceFile = Static<typeof ServiceFile>;

export interface Offering {
  municipality: string;
  serviceKey: string;
  mode: OfferingMode;
  /** For an online offering: the day it goes online, if later than the municipality's rollout. */
  onlineFrom?: string;
  /** This municipality's fee, where it differs from the service's. */
  fee?: Fee;
}

export interface CatalogueData {
  municipalities: MunicipalityRecord[];
  services: Service[];
  offerings: Offering[];
  /** Every problem found, with file and line; files with problems are left out. */
  problems: SourceProblem[];
}

/** Reads and checks catalogue/municipalities/*.yaml and catalogue/services/*.yaml; never throws on bad data. */
export async function loadCatalogueFiles(catalogueDir: string): Promise<CatalogueData> {
  const problems: SourceProblem[] = [];
  const serviceFiles = await readAll(join(catalogueDir, 'services'), problems);
  const municipalityFiles = await readAll(join(catalogueDir, 'municipalities'), problems);
  if (serviceFiles.length === 0)
    problems.push({ file: join(catalogueDir, 'services'), line: 1, pointer: '', message: 'Keine Leistungen gefunden.' });

  const services: Service[] = [];
  const serviceBySlug = new Map<string, Service>();
  // Services whose file has a problem (already reported): a municipality naming one is not blamed for it.
  const brokenServices = new Set<string>();
  const fileOfKey = new Map<string, string>();
  const fileOfName = new Map<string, string>();
  for (const file of serviceFiles) {
    if (!checkShape(ServiceFile, file, problems)) {
      brokenServices.add(slugOf(file));
      continue;
    }
    // keySource stays in the file: it tells the editors how far to trust the key, the API does not publish it.
    const service = Object.fromEntries(Object.entries(file.value).filter(([name]) => name !== 'keySource')) as Service;
    const before = problems.length;
    const twin = fileOfKey.get(service.key);
    if (twin) problems.push(file.problem('/key', `Den LeiKa-Schlüssel ${service.key} hat schon services/${twin}.yaml.`));
    const sameName = fileOfName.get(service.name);
    if (sameName) problems.push(file.problem('/name', `Eine Leistung "${service.name}" gibt es schon in services/${sameName}.yaml.`));
    feeProblems('/fee', service.fee).forEach(([pointer, message]) => problems.push(file.problem(pointer, message)));
    if (problems.length > before) {
      brokenServices.add(slugOf(file));
      continue;
    }
    fileOfKey.set(service.key, slugOf(file));
    fileOfName.set(service.name, slugOf(file));
    serviceBySlug.set(slugOf(file), service);
    services.push(service);
  }

  const municipalities: MunicipalityRecord[] = [];
  const offerings: Offering[] = [];
  const owners = { code: new Map<string, string>(), ars: new Map<string, string>(), postalCode: new Map<string, string>() };
  const checked = municipalityFiles.filter((file) => checkShape(MunicipalityFile, file, problems));
  const counties = checked.filter((file) => file.value.kind === 'Landkreis');
  if (municipalityFiles.length > 0 && counties.length !== 1 && checked.length === municipalityFiles.length) {
    const file = counties[1] ?? checked[0]!;
    problems.push(
      file.problem('/kind', `Genau eine Datei muss den Landkreis beschreiben (kind: Landkreis); gefunden: ${counties.length}.`),
    );
  }
  const countyArs = counties[0]?.value.ars;
  for (const file of checked) {
    const before = problems.length;
    const slug = slugOf(file);
    const record = file.value;
    const report = (pointer: string, message: string) => problems.push(file.problem(pointer, message));
    checkMunicipality(record, countyArs, report);
    const claim = (owner: Map<string, string>, value: string, pointer: string, what: string) => {
      const other = owner.get(value);
      if (other) report(pointer, `${what} ${value} hat schon municipalities/${other}.yaml.`);
      else owner.set(value, slug);
    };
    claim(owners.code, record.code, '/code', 'Das Kürzel');
    claim(owners.ars, record.ars, '/ars', 'Den Regionalschlüssel');
    record.postalCodes.forEach((postalCode, index) => claim(owners.postalCode, postalCode, `/postalCodes/${index}`, 'Die Postleitzahl'));
    const own = offeringsOf(slug, record, serviceBySlug, brokenServices, report);
    if (problems.length > before) continue;
    offerings.push(...own);
    municipalities.push({
      slug,
      code: record.code,
      name: record.name,
      shortName: record.shortName,
      kind: record.kind,
      ars: record.ars,
      postalCodes: record.postalCodes,
      ...(record.members ? { members: record.members } : {}),
      origins: record.origins,
      office: record.office,
      ...(record.rollout === 'später' ? {} : { liveFrom: record.rollout }),
      verified: record.verified,
    });
  }
  return { municipalities, services, offerings, problems };
}

type Report = (pointer: string, message: string) => void;

function checkMunicipality(record: MunicipalityFile, countyArs: string | undefined, report: Report): void {
  const arsLength = { Landkreis: 5, Samtgemeinde: 9, Stadt: 12, Gemeinde: 12 }[record.kind];
  if (record.ars.length !== arsLength) {
    report('/ars', `Der Regionalschlüssel einer ${record.kind === 'Landkreis' ? 'Landkreises' : record.kind} hat ${arsLength} Ziffern.`);
  } else if (countyArs && record.kind !== 'Landkreis' && !record.ars.startsWith(countyArs)) {
    report('/ars', `Der Regionalschlüssel muss mit dem des Landkreises (${countyArs}) beginnen.`);
  }
  if (record.kind === 'Landkreis') {
    if (record.postalCodes.length > 0)
      report('/postalCodes', 'Der Landkreis hat keine eigenen Postleitzahlen; er umfasst die seiner Gemeinden.');
  } else {
    if (record.postalCodes.length === 0) report('/postalCodes', 'Mindestens eine Postleitzahl fehlt.');
    if (!record.postalCodes.includes(record.office.postalCode)) {
      report('/office/postalCode', `Die Postleitzahl des Bürgerbüros (${record.office.postalCode}) fehlt unter postalCodes.`);
    }
  }
  if (record.kind === 'Samtgemeinde') {
    if (!record.members) report('/members', 'Eine Samtgemeinde nennt ihre Mitgliedsgemeinden (members).');
    if (record.verified.members === undefined) report('/verified', 'verified.members fehlt.');
    const memberCodes = new Set(record.members?.flatMap((member) => member.postalCodes) ?? []);
    record.members?.forEach((member, index) =>
      member.postalCodes.forEach((postalCode, at) => {
        if (!record.postalCodes.includes(postalCode))
          report(`/members/${index}/postalCodes/${at}`, `${postalCode} fehlt unter postalCodes.`);
      }),
    );
    record.postalCodes.forEach((postalCode, index) => {
      if (record.members && !memberCodes.has(postalCode))
        report(`/postalCodes/${index}`, `${postalCode} gehört zu keiner Mitgliedsgemeinde.`);
    });
  } else {
    if (record.members) report('/members', 'Nur eine Samtgemeinde hat Mitgliedsgemeinden.');
    if (record.verified.members !== undefined) report('/verified/members', 'Nur eine Samtgemeinde hat Mitgliedsgemeinden.');
  }
  if (!/^\+49 \d{2,5} [\d-]+$/.test(record.office.phone))
    report('/office/phone', 'Telefon international schreiben, z. B. "+49 4242 164-0".');
  if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(record.office.email)) report('/office/email', 'Keine gültige E-Mail-Adresse.');
  if (record.office.openingHours.length === 0) report('/office/openingHours', 'Öffnungszeiten fehlen.');
  record.origins.forEach((origin, index) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || parsed.origin !== origin)
      report(`/origins/${index}`, `"${origin}" ist kein Origin wie "https://www.syke.de" (ohne Pfad, ohne / am Ende).`);
  });
  if (record.rollout !== 'später' && !isDate(record.rollout)) report('/rollout', `${record.rollout} ist kein Datum.`);
}

/** The offerings of one municipality: every service of its level in person, those listed online online, minus notOffered. */
function offeringsOf(
  slug: string,
  record: MunicipalityFile,
  serviceBySlug: Map<string, Service>,
  brokenServices: Set<string>,
  report: Report,
): Offering[] {
  const level = record.kind === 'Landkreis' ? 'landkreis' : 'gemeinde';
  const wrongLevel = level === 'landkreis' ? 'eine Leistung der Gemeinden' : 'eine Leistung des Landkreises';
  const known = (name: string, pointer: string): Service | undefined => {
    const service = serviceBySlug.get(name);
    if (!service) {
      if (!brokenServices.has(name)) report(pointer, `Die Leistung "${name}" gibt es nicht (services/${name}.yaml).`);
    } else if (service.level !== level) {
      report(pointer, `"${name}" ist ${wrongLevel}.`);
    }
    return service?.level === level ? service : undefined;
  };
  const online = new Map<string, string | undefined>();
  record.services.online.forEach((entry, index) => {
    const [name, date] = typeof entry === 'string' ? [entry, undefined] : Object.entries(entry)[0]!;
    const pointer = typeof entry === 'string' ? `/services/online/${index}` : child(`/services/online/${index}`, name);
    if (!known(name, pointer)) return;
    if (online.has(name)) report(pointer, `"${name}" steht zweimal unter online.`);
    if (record.rollout === 'später') report(pointer, 'Ohne Rollout-Datum ("später") ist nichts online; erst rollout setzen.');
    else if (date !== undefined && !isDate(date)) report(pointer, `${date} ist kein Datum.`);
    else if (date !== undefined && date < record.rollout) report(pointer, `${date} liegt vor dem Rollout (${record.rollout}).`);
    online.set(name, date);
  });
  const notOffered = new Set<string>();
  record.services.notOffered?.forEach((name, index) => {
    const pointer = `/services/notOffered/${index}`;
    if (!known(name, pointer)) return;
    if (online.has(name)) report(pointer, `"${name}" steht unter online und unter notOffered.`);
    notOffered.add(name);
  });
  for (const [name, fee] of Object.entries(record.services.fees ?? {})) {
    const pointer = child('/services/fees', name);
    if (!known(name, pointer)) continue;
    if (notOffered.has(name)) report(pointer, `"${name}" wird hier nicht angeboten.`);
    feeProblems(pointer, fee).forEach(([at, message]) => report(at, message));
  }
  const offerings: Offering[] = [];
  for (const [name, service] of serviceBySlug) {
    if (service.level !== level || notOffered.has(name)) continue;
    const fee = record.services.fees?.[name];
    const onlineFrom = online.get(name);
    offerings.push({
      municipality: slug,
      serviceKey: service.key,
      mode: online.has(name) ? 'online' : 'vor-ort',
      ...(onlineFrom ? { onlineFrom } : {}),
      ...(fee ? { fee } : {}),
    });
  }
  return offerings;
}

/** A fee with an amount must show that amount in its text, as a citizen reads it ("12,00 €"). */
function feeProblems(pointer: string, fee: Fee): [pointer: string, message: string][] {
  if (fee.amount.kind !== 'betrag') return [];
  const shown = `${fee.amount.euro.toFixed(2).replace('.', ',')} €`;
  if (fee.text.includes(shown)) return [];
  return [[`${pointer}/text`, `Der Text nennt den Betrag nicht so, wie er angezeigt wird ("${shown}").`]];
}

function isDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function slugOf(file: YamlFile): string {
  return basename(file.file, '.yaml');
}

async function readAll(dir: string, problems: SourceProblem[]): Promise<YamlFile[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.yaml')).sort();
  const files: YamlFile[] = [];
  for (const name of names) {
    const read = await readYamlFile(join(dir, name));
    if ('problems' in read) {
      problems.push(...read.problems);
    } else if (!new RegExp(SLUG).test(basename(name, '.yaml'))) {
      problems.push(
        read.file.problem('', 'Dateinamen nur aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. "bruchhausen-vilsen.yaml".'),
      );
    } else {
      files.push(read.file);
    }
  }
  return files;
}

function checkShape<T extends TSchema>(schema: T, file: YamlFile, problems: SourceProblem[]): file is YamlFile & { value: Static<T> } {
  if (Value.Check(schema, file.value)) return true;
  for (const error of Value.Errors(schema, file.value)) {
    const actual = valueAt(file.value, error.instancePath);
    // YAML reads 032510 or 28857 without quotes as a number (and drops the leading zero).
    const hint = typeof actual === 'number' ? ` Ziffernfolgen in Anführungszeichen schreiben, z. B. '${String(actual)}'.` : '';
    problems.push(file.problem(error.instancePath, `${error.message}.${hint}`));
  }
  return false;
}

function valueAt(value: unknown, pointer: string): unknown {
  let node = value;
  for (const key of segments(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
