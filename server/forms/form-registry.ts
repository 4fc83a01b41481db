import type { Catalogue } from '../catalogue/catalogue.ts';
import type { FormDefinition, FormTexts } from '../../contract/forms.ts';
import type { Database } from '../db/database.ts';
import { compileFormValidator, createFormAjv, type FormValidator } from './form-validator.ts';
import { genericForm } from './generic-form.ts';
import type { FormSources } from './source/load-form-sources.ts';

/**
 * Every version of every form. Definitions live in catalogue/forms; on start, a definition that differs from the
 * newest stored version of its service is stored as the next version. Old versions stay, because stored
 * applications refer to them. A service that is online somewhere without a form file gets the generic form.
 */
export class FormRegistry {
  private readonly ajv = createFormAjv();
  private readonly validators = new Map<string, FormValidator>();

  private constructor(
    private readonly versions: Map<string, Map<number, FormDefinition>>,
    /** Online services without a form of their own, which use the generic request form. */
    readonly generic: readonly string[],
    private readonly leichteSprache: ReadonlyMap<string, FormTexts> = new Map(),
  ) {}

  static async load(db: Database, catalogue: Catalogue, sources: FormSources): Promise<FormRegistry> {
    const onlineKeys = new Set(
      catalogue
        .listMunicipalities()
        .flatMap((m) => catalogue.servicesFor(m.slug) ?? [])
        .filter((s) => s.mode === 'online' || s.onlineFrom)
        .map((s) => s.key),
    );
    const generic = [...onlineKeys].filter((key) => !sources.forms.has(key)).sort();
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(7245003)');
      for (const key of onlineKeys) {
        const source = sources.forms.get(key) ?? genericForm(catalogue.service(key)!, sources.blocks);
        const [newest] = await tx.query<{ definition: FormDefinition }>(
          'SELECT definition FROM form_definitions WHERE service_key = $1 ORDER BY version DESC LIMIT 1',
          [key],
        );
        const version = (newest?.definition.version ?? 0) + 1;
        if (newest && JSON.stringify(newest.definition) === JSON.stringify({ ...source, version: newest.definition.version })) continue;
        await tx.query('INSERT INTO form_definitions (service_key, version, definition) VALUES ($1, $2, $3::json)', [
          key,
          version,
          JSON.stringify({ ...source, version }),
        ]);
      }
    });
    const rows = await db.query<{ definition: FormDefinition }>('SELECT definition FROM form_definitions');
    const versions = new Map<string, Map<number, FormDefinition>>();
    for (const { definition } of rows) {
      if (!versions.has(definition.service)) versions.set(definition.service, new Map());
      versions.get(definition.service)!.set(definition.version, definition);
    }
    return new FormRegistry(versions, generic, sources.leichteSprache);
  }

  /** The newest version, with its texts in Leichte Sprache when asked for: what a citizen fills in now. */
  current(serviceKey: string, texts?: 'de-x-ls'): FormDefinition | undefined {
    const definition = this.latest(serviceKey);
    const easy = texts === 'de-x-ls' ? this.leichteSprache.get(serviceKey) : undefined;
    return definition && easy ? { ...definition, texts: { 'de-x-ls': easy } } : definition;
  }

  latest(serviceKey: string): FormDefinition | undefined {
    const all = this.versions.get(serviceKey);
    if (!all) return undefined;
    return all.get(Math.max(...all.keys()));
  }

  version(serviceKey: string, version: number): FormDefinition | undefined {
    return this.versions.get(serviceKey)?.get(version);
  }

  validator(definition: FormDefinition): FormValidator {
    const id = `${definition.service}@${definition.version}`;
    let validator = this.validators.get(id);
    if (!validator) {
      validator = compileFormValidator(this.ajv, definition.schema);
      this.validators.set(id, validator);
    }
    return validator;
  }
}
