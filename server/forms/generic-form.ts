import type { Service } from '../../../contract/catalogue.ts';
import type { FormSource } from '../../../contract/forms.ts';
import { applicantStep, attachmentField, date, form, step, textarea, type Properties } from './fields.ts';

/** At most this many upload fields, one per document the service asks for. */
const MAX_DOCUMENTS = 3;
const UPLOAD_HINT = 'Optional. Sie können Unterlagen auch später nachreichen.';

function documentFields(documents: readonly string[]): Properties {
  if (documents.length === 0) return { anlage: attachmentField('Anlage', { description: UPLOAD_HINT }) };
  const fields = documents
    .slice(0, MAX_DOCUMENTS)
    .map((name, i) => [`anlage${i + 1}`, attachmentField(name, { description: UPLOAD_HINT })] as const);
  return Object.fromEntries(fields);
}

/** A plain request form for every online service that has no hand-written form. */
export function genericForm(service: Service): FormSource {
  const office = service.level === 'landkreis' ? 'der Landkreis' : 'Ihre Stadt- bzw. Gemeindeverwaltung';
  const anliegen = step(
    'Anliegen',
    {
      anliegen: textarea('Ihr Anliegen', {
        minLength: 10,
        description: 'Beschreiben Sie kurz, was Sie beantragen möchten und warum.',
      }),
      termin: date('Gewünschter Termin / Stichtag', {
        description: 'Optional, z. B. wenn Sie die Leistung bis zu einem Datum brauchen.',
      }),
    },
    ['anliegen'],
  );
  const unterlagen = step('Unterlagen', documentFields(service.documents), []);
  return {
    service: service.key,
    title: service.name,
    nextSteps:
      `Ihr Antrag geht an ${office}. Die zuständige Stelle prüft Ihr Anliegen und meldet sich in der Regel innerhalb ` +
      'von zwei Wochen bei Ihnen, bei fehlenden Unterlagen auch früher.',
    schema: form({ anliegen, unterlagen, antragsteller: applicantStep() }, ['anliegen', 'antragsteller']),
  };
}
