import type { Service } from '../../contract/catalogue.ts';
import type { FormSource } from '../../contract/forms.ts';
import type { Blocks } from './source/compile-fields.ts';
import { compileForm } from './source/compile-form.ts';
import type { FieldSource, FormFileSource } from './source/source-schema.ts';

/** At most this many upload fields, one per document the service asks for. */
const MAX_DOCUMENTS = 3;
const UPLOAD_HINT = 'Optional. Sie können Unterlagen auch später nachreichen.';

function documentFields(documents: readonly string[]): Record<string, FieldSource> {
  if (documents.length === 0) return { anlage: { type: 'file', label: 'Anlage', help: UPLOAD_HINT } };
  const fields = documents
    .slice(0, MAX_DOCUMENTS)
    .map((name, i) => [`anlage${i + 1}`, { type: 'file', label: name, help: UPLOAD_HINT } satisfies FieldSource] as const);
  return Object.fromEntries(fields);
}

/**
 * The fallback for a service that is online somewhere but has no form in catalogue/forms yet: the citizen
 * describes the request in free text. The start log names every service that uses it.
 */
export function genericForm(service: Service, blocks: Blocks): FormSource {
  const office = service.level === 'landkreis' ? 'der Landkreis' : 'Ihre Stadt- bzw. Gemeindeverwaltung';
  const source: FormFileSource = {
    service: service.key,
    title: service.name,
    nextSteps:
      `Ihr Antrag geht an ${office}. Die zuständige Stelle prüft Ihr Anliegen und meldet sich in der Regel innerhalb ` +
      'von zwei Wochen bei Ihnen, bei fehlenden Unterlagen auch früher.',
    // The two weeks are the county's own estimate, confirmed by no office.
    verified: { nextSteps: false },
    steps: {
      anliegen: {
        title: 'Anliegen',
        fields: {
          anliegen: {
            type: 'textarea',
            label: 'Ihr Anliegen',
            help: 'Beschreiben Sie kurz, was Sie beantragen möchten und warum.',
            minLength: 10,
            required: true,
          },
          termin: {
            type: 'date',
            label: 'Gewünschter Termin / Stichtag',
            help: 'Optional, z. B. wenn Sie die Leistung bis zu einem Datum brauchen.',
          },
        },
      },
      unterlagen: { title: 'Unterlagen', fields: documentFields(service.documents) },
      antragsteller: {
        title: 'Antragsteller/in',
        help: 'Wenn Sie sich mit Ihrem Nutzerkonto angemeldet haben, sind Ihre Daten bereits eingetragen.',
        fields: {
          person: {
            block: 'natuerliche-person',
            only: ['familienname', 'vornamen', 'geburtsdatum'],
            fromAccount: true,
            locked: true,
            required: true,
          },
          anschrift: { block: 'anschrift-inland', fromAccount: true, locked: true, required: true },
          kontakt: { block: 'kontakt', fromAccount: true, required: true },
        },
      },
    },
  };
  return compileForm(source, blocks, (pointer, message) => {
    throw new Error(`Generic form of ${service.key} at ${pointer}: ${message}`);
  });
}
