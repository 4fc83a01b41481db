import type { Fee, Municipality, Service, ServiceEntry } from '../../contract/catalogue.ts';
import type { Offering } from './catalogue-files.ts';

export type MunicipalityRecord = Omit<Municipality, 'live'>;

export const COUNTY_SLUG = 'landkreis-diepholz';

/** Read-only snapshot of municipalities, services and offerings, loaded from the data files once at start. */
export class Catalogue {
  private readonly municipalities: Map<string, MunicipalityRecord>;
  private readonly services: Map<string, Service>;
  private readonly offerings: Map<string, Map<string, Offering>>;

  constructor(
    municipalities: MunicipalityRecord[],
    services: Service[],
    offerings: Offering[],
    private readonly today: () => string,
  ) {
    this.municipalities = new Map(municipalities.map((m) => [m.slug, m]));
    this.services = new Map(services.map((s) => [s.key, s]));
    this.offerings = new Map();
    for (const offering of offerings) {
      if (!this.offerings.has(offering.municipality)) this.offerings.set(offering.municipality, new Map());
      this.offerings.get(offering.municipality)!.set(offering.serviceKey, offering);
    }
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
    const day = this.today();
    const sources = slug === COUNTY_SLUG ? [COUNTY_SLUG] : [slug, COUNTY_SLUG];
    const entries: ServiceEntry[] = [];
    for (const source of sources) {
      const responsible = this.municipality(source)!;
      for (const [key, offering] of this.offerings.get(source) ?? []) {
        const service = this.services.get(key)!;
        if (source === COUNTY_SLUG && slug !== COUNTY_SLUG && service.level !== 'landkreis') continue;
        // Online from the authority's rollout, or from the offering's own later date; a town without a rollout
        // date ("später") has nothing online and shows no date.
        const from = offering.mode === 'online' ? (offering.onlineFrom ?? responsible.liveFrom) : undefined;
        const planned = offering.mode === 'online' && (from === undefined || from > day);
        const fee: Fee = offering.fee ?? service.fee;
        entries.push({
          ...service,
          fee,
          mode: planned ? 'vor-ort' : offering.mode,
          responsible: { slug: responsible.slug, name: responsible.name },
          ...(planned && from ? { onlineFrom: from } : {}),
        });
      }
    }
    return entries.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  private withLiveness(record: MunicipalityRecord): Municipality {
    return { ...record, live: record.liveFrom !== undefined && record.liveFrom <= this.today() };
  }
}
