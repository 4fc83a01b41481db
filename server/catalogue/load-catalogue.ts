import { loadFormSources, type FormSources } from '../forms/source/load-form-sources.ts';
import type { SourceProblem } from '../forms/source/yaml-file.ts';
import { loadCatalogueFiles, type CatalogueData } from './catalogue-files.ts';

export interface LoadedCatalogue {
  data: CatalogueData;
  forms: FormSources;
  /** Every problem of the municipalities, services, forms and building blocks, with file and line. */
  problems: SourceProblem[];
}

/** Reads the whole catalogue folder: municipalities and services, then the forms against those services. */
export async function loadCatalogue(catalogueDir: string): Promise<LoadedCatalogue> {
  const data = await loadCatalogueFiles(catalogueDir);
  const keys = new Set(data.services.map((service) => service.key));
  const forms = await loadFormSources(catalogueDir, (key) => keys.has(key));
  return { data, forms, problems: [...data.problems, ...forms.problems] };
}
