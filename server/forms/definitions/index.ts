import type { Service } from '../../../contract/catalogue.ts';
import type { FormSource } from '../../../contract/forms.ts';
import { WELL_KNOWN } from '../../catalogue/seed/well-known-services.ts';
import { DIALECT } from './fields.ts';
import { fundsacheMelden } from './fundsache-melden.ts';
import { geburtsurkunde } from './geburtsurkunde.ts';
import { genericForm } from './generic.ts';
import { gewerbeAnmelden } from './gewerbe-anmelden.ts';
import { hundAnmelden } from './hund-anmelden.ts';
import { wohnsitzAnmelden } from './wohnsitz-anmelden.ts';

/** The hand-written forms, by LeiKa key. */
const HAND_WRITTEN: ReadonlyMap<string, FormSource> = new Map([
  [WELL_KNOWN.geburtsurkunde, geburtsurkunde],
  [WELL_KNOWN.hundAnmelden, hundAnmelden],
  [WELL_KNOWN.wohnsitzAnmelden, wohnsitzAnmelden],
  [WELL_KNOWN.gewerbeAnmelden, gewerbeAnmelden],
  [WELL_KNOWN.fundsacheMelden, fundsacheMelden],
]);

/** The form of an online service: its hand-written one, else the generic request form. */
export function formDefinitionFor(service: Service): FormSource {
  const definition = HAND_WRITTEN.get(service.key) ?? genericForm(service);
  return { ...definition, schema: { ...definition.schema, $schema: DIALECT } };
}

export { fundsacheMelden, geburtsurkunde, genericForm, gewerbeAnmelden, hundAnmelden, wohnsitzAnmelden };
