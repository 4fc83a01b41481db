import type { FormSource } from '../../../contract/forms.ts';
import { WELL_KNOWN } from '../../catalogue/seed/well-known-services.ts';
import { applicantStep, attachmentField, checkbox, choice, date, form, object, postalCode, repeating, step, text, when } from './fields.ts';

const neueWohnung = step(
  'Neue Wohnung',
  {
    einzugsdatum: date('Einzugsdatum', {
      description: 'Sie müssen sich innerhalb von zwei Wochen nach dem Einzug anmelden (§ 17 BMG).',
    }),
    strasse: text('Straße und Hausnummer', { maxLength: 100 }),
    zusatz: text('Adresszusatz', {
      maxLength: 100,
      description: 'Zum Beispiel Stockwerk, Wohnungsnummer oder „bei Müller“.',
    }),
    plz: postalCode(),
    ort: text('Ort', { maxLength: 100 }),
    art: choice(
      'Die neue Wohnung ist',
      [
        ['alleinige', 'alleinige Wohnung'],
        ['haupt', 'Hauptwohnung'],
        ['neben', 'Nebenwohnung'],
      ],
      {
        description: 'Haben Sie mehrere Wohnungen in Deutschland, ist die Hauptwohnung die vorwiegend benutzte Wohnung (§§ 21, 22 BMG).',
      },
    ),
  },
  ['einzugsdatum', 'strasse', 'plz', 'ort', 'art'],
);

const bisherigeWohnung = step(
  'Bisherige Wohnung',
  {
    zuzugAusland: checkbox('Zuzug aus dem Ausland'),
    strasse: text('Straße und Hausnummer', { maxLength: 100 }),
    plz: text('PLZ', {
      maxLength: 10,
      pattern: '^[0-9A-Za-z][0-9A-Za-z -]{1,9}$',
      description: 'In Deutschland fünfstellig.',
    }),
    ort: text('Ort', { maxLength: 100 }),
  },
  ['strasse', 'plz', 'ort'],
  {
    description: 'Ihre letzte Wohnung vor dem Umzug.',
    conditions: when('zuzugAusland', true, { staat: text('Staat', { maxLength: 100 }) }, ['staat']),
  },
);

const person = object(
  {
    familienname: text('Familienname', { maxLength: 100 }),
    vornamen: text('Vornamen'),
    geburtsname: text('Geburtsname', {
      maxLength: 100,
      description: 'Nur angeben, wenn er vom Familiennamen abweicht.',
    }),
    geburtsdatum: date('Geburtsdatum'),
    geburtsort: text('Geburtsort', {
      maxLength: 100,
      description: 'Bei Geburt im Ausland bitte auch den Staat angeben.',
    }),
    geschlecht: choice('Geschlecht', [
      ['maennlich', 'männlich'],
      ['weiblich', 'weiblich'],
      ['divers', 'divers'],
      ['ohne', 'ohne Angabe'],
    ]),
    staatsangehoerigkeit: text('Staatsangehörigkeit(en)', {
      maxLength: 100,
      description: 'Mehrere Staatsangehörigkeiten bitte durch Komma trennen, z. B. „deutsch, polnisch“.',
    }),
    familienstand: choice(
      'Familienstand',
      [
        ['ledig', 'ledig'],
        ['verheiratet', 'verheiratet'],
        ['verwitwet', 'verwitwet'],
        ['geschieden', 'geschieden'],
        ['lebenspartnerschaft', 'eingetragene Lebenspartnerschaft'],
        ['lebenspartnerschaft-aufgehoben', 'Lebenspartnerschaft aufgehoben'],
        ['lebenspartner-verstorben', 'Lebenspartner/in verstorben'],
        ['unbekannt', 'nicht bekannt'],
      ],
      { widget: 'select' },
    ),
    religion: choice(
      'Religionsgemeinschaft',
      [
        ['rk', 'römisch-katholisch'],
        ['ev', 'evangelisch'],
        ['keine', 'keine'],
        ['sonstige', 'sonstige'],
      ],
      { widget: 'select', description: 'Die Angabe wird für die Kirchensteuer benötigt.' },
    ),
  },
  ['familienname', 'vornamen', 'geburtsdatum', 'geburtsort', 'geschlecht', 'staatsangehoerigkeit', 'familienstand', 'religion'],
);

const personen = step(
  'Personen',
  {
    liste: repeating('Meldepflichtige Personen', person, {
      description: 'Alle Personen, die in die neue Wohnung einziehen und hiermit angemeldet werden, auch Sie selbst.',
      minItems: 1,
      maxItems: 10,
      itemTitle: 'Person',
      addLabel: 'Weitere Person hinzufügen',
    }),
  },
  ['liste'],
);

const wohnungsgeber = step(
  'Wohnungsgeberbestätigung',
  {
    bestaetigung: attachmentField('Wohnungsgeberbestätigung nach § 19 BMG', {
      description:
        'Ihr Vermieter bzw. Wohnungsgeber bestätigt Ihnen den Einzug schriftlich oder elektronisch. ' +
        'Wohnen Sie in Ihrem Eigentum, stellen Sie die Bestätigung selbst aus.',
    }),
  },
  ['bestaetigung'],
);

export const wohnsitzAnmelden: FormSource = {
  service: WELL_KNOWN.wohnsitzAnmelden,
  title: 'Wohnsitz anmelden',
  nextSteps:
    'Die Meldebehörde prüft Ihre Angaben und die Wohnungsgeberbestätigung. In der Regel erhalten Sie innerhalb von drei ' +
    'Werktagen eine Meldebestätigung per E-Mail. Den Aufkleber mit der neuen Anschrift für Ihren Personalausweis senden ' +
    'wir Ihnen per Post oder Sie erhalten ihn im Bürgerbüro. Bei Rückfragen melden wir uns bei Ihnen.',
  schema: form(
    {
      neueWohnung,
      bisherigeWohnung,
      personen,
      wohnungsgeber,
      antragsteller: applicantStep({ lockAddress: false }),
    },
    ['neueWohnung', 'bisherigeWohnung', 'personen', 'wohnungsgeber', 'antragsteller'],
  ),
};
