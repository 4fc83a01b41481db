import type { OfferingMode } from '../../../contract/catalogue.ts';
import { services } from './services.ts';
import { WELL_KNOWN } from './well-known-services.ts';

/*
 * Which municipality offers which service, and how.
 *
 * Each town offers every town service (level 'gemeinde'): those in its `online` list online, all others in person
 * ('vor-ort'), except those in its `notOffered` list. County services (level 'landkreis') appear only under the
 * county; the API adds them for the residents of every town. For towns that are not live yet, 'online' is the
 * planned mode from their `liveFrom` date on.
 */

const keyByName = new Map(services.map((service) => [service.name, service.key]));

/** The LeiKa key of the service with this exact name; fails at load time on a typo. */
function key(name: string): string {
  const found = keyByName.get(name);
  if (found === undefined) throw new Error(`Seed offerings: no service named "${name}"`);
  return found;
}

const townServiceKeys = services.filter((service) => service.level === 'gemeinde').map((service) => service.key);
const countyServiceKeys = services.filter((service) => service.level === 'landkreis').map((service) => service.key);

/** The five town services with hand-written forms; every town plans them online. */
const WELL_KNOWN_TOWN_SERVICES = [
  WELL_KNOWN.geburtsurkunde,
  WELL_KNOWN.hundAnmelden,
  WELL_KNOWN.wohnsitzAnmelden,
  WELL_KNOWN.gewerbeAnmelden,
  WELL_KNOWN.fundsacheMelden,
];

function assertDistinctAndKnown(list: readonly string[], allowed: readonly string[], label: string): void {
  const seen = new Set<string>();
  for (const serviceKey of list) {
    if (!allowed.includes(serviceKey)) throw new Error(`Seed offerings (${label}): ${serviceKey} is not allowed here`);
    if (seen.has(serviceKey)) throw new Error(`Seed offerings (${label}): ${serviceKey} is listed twice`);
    seen.add(serviceKey);
  }
}

/** Builds a record from explicit lists: `online` keys online, the rest of `all` in person, `notOffered` left out. */
function offeringsFrom(
  label: string,
  all: readonly string[],
  online: readonly string[],
  notOffered: readonly string[] = [],
): Record<string, OfferingMode> {
  assertDistinctAndKnown(online, all, label);
  assertDistinctAndKnown(notOffered, all, label);
  const clash = online.find((serviceKey) => notOffered.includes(serviceKey));
  if (clash) throw new Error(`Seed offerings (${label}): ${clash} is both online and not offered`);
  const record: Record<string, OfferingMode> = {};
  for (const serviceKey of all) {
    if (notOffered.includes(serviceKey)) continue;
    record[serviceKey] = online.includes(serviceKey) ? 'online' : 'vor-ort';
  }
  return record;
}

const town = (label: string, online: readonly string[], notOffered: readonly string[] = []) =>
  offeringsFrom(label, townServiceKeys, online, notOffered);

// ── Live towns ─────────────────────────────────────────────────────────────────────────────────────────

/** Syke: 37 services online. */
const SYKE_ONLINE = [
  ...WELL_KNOWN_TOWN_SERVICES,
  key('Hund abmelden'),
  key('Gewerbe abmelden'),
  key('Gewerbe ummelden'),
  key('Meldebescheinigung beantragen'),
  key('Eheurkunde bestellen'),
  key('Sterbeurkunde bestellen'),
  key('Verlust melden'),
  key('Briefwahl beantragen'),
  key('Lebenspartnerschaftsurkunde bestellen'),
  key('Wohnsitz abmelden'),
  key('Melderegisterauskunft beantragen'),
  key('Übermittlungssperre eintragen lassen'),
  key('Kita-Platz anmelden'),
  key('SEPA-Lastschriftmandat für Steuern und Abgaben erteilen'),
  key('Als Wahlhelferin oder Wahlhelfer melden'),
  key('Lärmbeschwerde einreichen'),
  key('Illegale Müllablagerung melden'),
  key('Ehrenamtskarte beantragen'),
  key('Halteverbot für Umzug einrichten lassen'),
  key('Osterfeuer anmelden'),
  key('Veranstaltung anmelden'),
  key('Ersatz-Hundesteuermarke beantragen'),
  key('Zweitwohnungsteuer anmelden'),
  key('Trautermin reservieren'),
  key('Sondernutzung öffentlicher Straßen beantragen'),
  key('Baumfällgenehmigung beantragen'),
  key('Hausnummer zuteilen lassen'),
  key('Negativzeugnis zum Vorkaufsrecht beantragen'),
  key('Aufbruchgenehmigung beantragen'),
  key('Ermäßigung der Kita-Gebühren beantragen'),
  key('Leistungen für Bildung und Teilhabe beantragen'),
  key('Wohnsitz innerhalb der Gemeinde ummelden'),
];

/** Diepholz: 28 services online. */
const DIEPHOLZ_ONLINE = [
  ...WELL_KNOWN_TOWN_SERVICES,
  key('Hund abmelden'),
  key('Gewerbe abmelden'),
  key('Gewerbe ummelden'),
  key('Meldebescheinigung beantragen'),
  key('Eheurkunde bestellen'),
  key('Sterbeurkunde bestellen'),
  key('Verlust melden'),
  key('Briefwahl beantragen'),
  key('Lebenspartnerschaftsurkunde bestellen'),
  key('Wohnsitz abmelden'),
  key('Melderegisterauskunft beantragen'),
  key('Übermittlungssperre eintragen lassen'),
  key('Kita-Platz anmelden'),
  key('SEPA-Lastschriftmandat für Steuern und Abgaben erteilen'),
  key('Als Wahlhelferin oder Wahlhelfer melden'),
  key('Lärmbeschwerde einreichen'),
  key('Illegale Müllablagerung melden'),
  key('Ehrenamtskarte beantragen'),
  key('Halteverbot für Umzug einrichten lassen'),
  key('Osterfeuer anmelden'),
  key('Veranstaltung anmelden'),
  key('Ersatz-Hundesteuermarke beantragen'),
  key('Wohnsitz innerhalb der Gemeinde ummelden'),
];

/** Stuhr: 13 services online. */
const STUHR_ONLINE = [
  ...WELL_KNOWN_TOWN_SERVICES,
  key('Hund abmelden'),
  key('Gewerbe abmelden'),
  key('Gewerbe ummelden'),
  key('Meldebescheinigung beantragen'),
  key('Eheurkunde bestellen'),
  key('Sterbeurkunde bestellen'),
  key('Briefwahl beantragen'),
  key('Kita-Platz anmelden'),
];

// ── Towns that are not live yet (planned modes) ───────────────────────────────────────────────────────

const BASSUM_ONLINE = [
  ...WELL_KNOWN_TOWN_SERVICES,
  key('Meldebescheinigung beantragen'),
  key('Briefwahl beantragen'),
  key('Eheurkunde bestellen'),
  key('Sterbeurkunde bestellen'),
  key('Hund abmelden'),
  key('Gewerbe abmelden'),
  key('Wohnsitz abmelden'),
];

const KIRCHDORF_ONLINE = [...WELL_KNOWN_TOWN_SERVICES, key('Meldebescheinigung beantragen'), key('Briefwahl beantragen')];

const LEMFOERDE_ONLINE = [
  ...WELL_KNOWN_TOWN_SERVICES,
  key('Meldebescheinigung beantragen'),
  key('Briefwahl beantragen'),
  key('Zweitwohnungsteuer anmelden'),
];

const SCHWAFOERDEN_ONLINE = [...WELL_KNOWN_TOWN_SERVICES, key('Briefwahl beantragen')];

const TWISTRINGEN_ONLINE = [
  ...WELL_KNOWN_TOWN_SERVICES,
  key('Meldebescheinigung beantragen'),
  key('Briefwahl beantragen'),
  key('Eheurkunde bestellen'),
  key('Kita-Platz anmelden'),
  key('Hund abmelden'),
];

const WEYHE_ONLINE = [
  ...WELL_KNOWN_TOWN_SERVICES,
  key('Meldebescheinigung beantragen'),
  key('Briefwahl beantragen'),
  key('Eheurkunde bestellen'),
  key('Sterbeurkunde bestellen'),
  key('Kita-Platz anmelden'),
  key('Ermäßigung der Kita-Gebühren beantragen'),
  key('Hund abmelden'),
  key('Gewerbe abmelden'),
  key('Gewerbe ummelden'),
  key('Wohnsitz abmelden'),
  key('Lärmbeschwerde einreichen'),
];

/** Only Diepholz and Syke have residents' parking zones. */
const NO_RESIDENT_PARKING = [key('Bewohnerparkausweis beantragen')];

// ── County ─────────────────────────────────────────────────────────────────────────────────────────────

/** Landkreis Diepholz: 11 of its 22 services online. */
const COUNTY_ONLINE = [
  WELL_KNOWN.kfzZulassung,
  key('Fahrzeug außer Betrieb setzen'),
  key('Wunschkennzeichen reservieren'),
  key('Führerschein umtauschen'),
  key('Elterngeld beantragen'),
  key('Wohngeld beantragen'),
  key('Schüler-BAföG beantragen'),
  key('Baugenehmigung beantragen'),
  key('Bauvoranfrage stellen'),
  key('Sperrmüll anmelden'),
  key('Biotonne bestellen oder ändern'),
];

/** Municipality slug → LeiKa key → mode. A service missing from a record is not offered there. */
export const offerings: Record<string, Record<string, OfferingMode>> = {
  'landkreis-diepholz': offeringsFrom('landkreis-diepholz', countyServiceKeys, COUNTY_ONLINE),
  diepholz: town('diepholz', DIEPHOLZ_ONLINE),
  syke: town('syke', SYKE_ONLINE),
  stuhr: town('stuhr', STUHR_ONLINE, NO_RESIDENT_PARKING),
  bassum: town('bassum', BASSUM_ONLINE, NO_RESIDENT_PARKING),
  kirchdorf: town('kirchdorf', KIRCHDORF_ONLINE, [
    ...NO_RESIDENT_PARKING,
    key('Zweitwohnungsteuer anmelden'),
    key('Vergnügungssteuer anmelden'),
    key('Standplatz auf dem Wochenmarkt beantragen'),
  ]),
  'altes-amt-lemfoerde': town('altes-amt-lemfoerde', LEMFOERDE_ONLINE, [...NO_RESIDENT_PARKING, key('Vergnügungssteuer anmelden')]),
  schwafoerden: town('schwafoerden', SCHWAFOERDEN_ONLINE, [
    ...NO_RESIDENT_PARKING,
    key('Zweitwohnungsteuer anmelden'),
    key('Vergnügungssteuer anmelden'),
    key('Standplatz auf dem Wochenmarkt beantragen'),
  ]),
  twistringen: town('twistringen', TWISTRINGEN_ONLINE, NO_RESIDENT_PARKING),
  weyhe: town('weyhe', WEYHE_ONLINE, NO_RESIDENT_PARKING),
};
