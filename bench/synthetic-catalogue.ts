import { fileURLToPath } from 'node:url';
import type { ServiceEntry } from '../contract/catalogue.ts';
import { loadCatalogueFiles } from '../server/catalogue/catalogue-files.ts';

const { services, municipalities } = await loadCatalogueFiles(fileURLToPath(new URL('../catalogue/', import.meta.url)));

/** N services for the speed benchmark: the real ~90 catalogue services, repeated with numbered names beyond that. */
export const syntheticServices = {
  list(count: number): ServiceEntry[] {
    return Array.from({ length: count }, (_, index) => {
      const service = services[index % services.length];
      const round = Math.floor(index / services.length);
      return {
        ...service,
        key: `99${String(index).padStart(12, '0')}`,
        name: round === 0 ? service.name : `${service.name} (${round + 1})`,
        mode: index % 3 === 0 ? 'vor-ort' : 'online',
        responsible: { slug: 'syke', name: 'Stadt Syke' },
      };
    });
  },
  municipalities(count: number) {
    const syke = municipalities.find((m) => m.slug === 'syke')!;
    return [
      { ...syke, live: true },
      { ...syke, slug: `bench-${count}`, live: true },
    ];
  },
};
