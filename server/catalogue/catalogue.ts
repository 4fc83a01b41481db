import type { Municipality, OfferingMode, Service, ServiceEntry } from '../../contract/catalogue.ts';
import type { Sql } from '../db/database.ts';

export type MunicipalityRecord = Omit<Municipality, 'live'>;

export const COUNTY_SLUG = 'landkreis-diepholz';

/** Read-mostly snapshot of municipalities, services and offerings, loaded once at start. */
export class Catalogue {
  private readonly municipalities: Map<string, MunicipalityRecord>;
  private readonly services: Map<string, Service>;
  private readonly offerings: Map<string, Map<string, OfferingMode>>;

  constructor(
    municipalities: MunicipalityRecord[],
    services: Service[],
    offerings: { municipality: string; serviceKey: string; mode: OfferingMode }[],
    private readonly today: () => string,
  ) {
    this.municipalities = new Map(municipalities.map((m) => [m.slug, m]));
    this.services = new Map(services.map((s) => [s.key, s]));
    this.offerings = new Map();
    for (const { municipality, serviceKey, mode } of offerings) {
      if (!this.offerings.has(municipality)) this.offerings.set(municipality, new Map());
      this.offerings.get(municipality)!.set(serviceKey, mode);
    }
  }

  static async load(sql: Sql, today: () => string): Promise<Catalogue> {
    const municipalities = await sql.query<{ document: MunicipalityRecord }>('SELECT document FROM municipalities ORDER BY slug');
    const services = await sql.query<{ document: Service }>('SELECT document FROM services ORDER BY key');
    const offerings = await sql.query<{ municipality: string; serviceKey: string; mode: OfferingMode }>(
      'SELECT municipality, service_key AS "serviceKey", mode FROM offerings',
    );
    return new Catalogue(
      municipalities.map((row) => row.document),
      services.map((row) => row.document),
      offerings,
      today,
    );
  }

  currentDate(): string {
    return this.today();
  }

  listMunicipalities(): Municipality[] {
    return [...this.municipalities.values()].map((m) => this.withLiveness(m));
  }

  municipality(slug: string): Municipality | undefined {
    const record = this.municipalities.get(slug);
    return record && this.withLiveness(record);
  }

  service(key: string): Service | undefined {
    return this.services.get(key);
  }

  allOrigins(): string[] {
    return [...this.municipalities.values()].flatMap((m) => m.origins);
  }

  /**
   * What the residents of `slug` can apply for: the town's own services plus the county's services, each
   * routed to the authority responsible. Online services of an authority that is not live yet are listed as
   * in person, with the date they go online.
   */
  servicesFor(slug: string): ServiceEntry[] | undefined {
    return this.listFor(slug)?.entries;
  }

  /** The authority that handles `serviceKey` for residents of `slug`, and how it offers it, if at all. */
  offering(slug: string, serviceKey: string): { responsible: Municipality; entry: ServiceEntry } | undefined {
    const entry = this.listFor(slug)?.byKey.get(serviceKey);
    if (!entry) return undefined;
    return { responsible: this.municipality(entry.responsible.slug)!, entry };
  }

  // Built once per municipality and day (what is live changes with the date), not on every submission: sorting by
  // German collation costs more than the rest of a submission's checks.
  private readonly lists = new Map<string, { day: string; entries: ServiceEntry[]; byKey: Map<string, ServiceEntry> }>();

  private listFor(slug: string) {
    if (!this.municipalities.has(slug)) return undefined;
    const day = this.today();
    const cached = this.lists.get(slug);
    if (cached?.day === day) return cached;
    const entries = this.buildList(slug);
    const list = { day, entries, byKey: new Map(entries.map((entry) => [entry.key, entry])) };
    this.lists.set(slug, list);
    return list;
  }

  private buildList(slug: string): ServiceEntry[] {
    const sources = slug === COUNTY_SLUG ? [COUNTY_SLUG] : [slug, COUNTY_SLUG];
    const entries: ServiceEntry[] = [];
    for (const source of sources) {
      const responsible = this.municipality(source)!;
      for (const [key, mode] of this.offerings.get(source) ?? []) {
        const service = this.services.get(key)!;
        if (source === COUNTY_SLUG && slug !== COUNTY_SLUG && service.level !== 'landkreis') continue;
        const planned = mode === 'online' && !responsible.live;
        entries.push({
          ...service,
          mode: planned ? 'vor-ort' : mode,
          responsible: { slug: responsible.slug, name: responsible.name },
          ...(planned ? { onlineFrom: responsible.liveFrom } : {}),
        });
      }
    }
    return entries.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  private withLiveness(record: MunicipalityRecord): Municipality {
    return { ...record, live: record.liveFrom <= this.today() };
  }
}
