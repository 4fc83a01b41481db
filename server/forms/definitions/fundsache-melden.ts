import type { FormSource } from '../../../contract/forms.ts';
import { WELL_KNOWN } from '../../catalogue/seed/well-known-services.ts';
import { applicantStep, attachmentField, choice, date, form, number, step, text, textarea, yesNo } from './fields.ts';

const fund = step(
  'Fund',
  {
    gegenstand: choice(
      'Was wurde gefunden?',
      [
        ['geldboerse', 'Geldbörse'],
        ['schluessel', 'Schlüssel'],
        ['mobiltelefon', 'Mobiltelefon'],
        ['dokumente', 'Ausweis/Dokumente'],
        ['schmuck', 'Schmuck'],
        ['fahrrad', 'Fahrrad'],
        ['sonstiges', 'Sonstiges'],
      ],
      { widget: 'select' },
    ),
    beschreibung: textarea('Beschreibung', {
      maxLength: 1000,
      description:
        'Marke, Farbe, Größe und besondere Merkmale. Angaben wie den genauen Geldbetrag behalten Sie bitte für sich: ' +
        'Damit prüft das Fundbüro, ob sich der richtige Eigentümer meldet.',
    }),
    wert: number('Geschätzter Wert in €', {
      minimum: 0,
      maximum: 1000000,
      description: 'Optional. Funde bis 10 € müssen nicht angezeigt werden (§ 965 BGB).',
    }),
    fundort: text('Fundort', { description: 'Möglichst genau, z. B. Straße, Haltestelle oder Gebäude.' }),
    funddatum: date('Funddatum'),
    fundzeit: text('Uhrzeit (ungefähr)', {
      pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
      description: 'Im Format HH:MM, z. B. 14:30.',
    }),
    foto: attachmentField('Foto der Fundsache', {
      accept: ['image/jpeg', 'image/png'],
      description: 'Optional. Ein Foto hilft dem Fundbüro bei der Zuordnung.',
    }),
  },
  ['gegenstand', 'beschreibung', 'fundort', 'funddatum'],
);

const verbleib = step(
  'Verbleib',
  {
    verbleib: choice(
      'Die Fundsache wird',
      [
        ['fundbuero', 'im Fundbüro abgegeben'],
        ['finder', 'vom Finder verwahrt'],
      ],
      { description: 'Geld, Wertsachen und Ausweise geben Sie bitte immer im Fundbüro ab.' },
    ),
  },
  ['verbleib'],
);

const finderlohn = step(
  'Finderlohn',
  {
    anspruch: yesNo('Beanspruchen Sie Finderlohn und das Eigentum nach sechs Monaten?', {
      description:
        'Der Finderlohn beträgt 5 % des Werts bis 500 €, darüber 3 %, bei Tieren 3 % (§ 971 BGB). Meldet sich der ' +
        'Eigentümer nicht innerhalb von sechs Monaten, können Sie die Sache als Eigentum erhalten (§ 973 BGB).',
    }),
  },
  ['anspruch'],
);

const finder = applicantStep({
  title: 'Finder/in',
  description: 'Wir brauchen mindestens Ihren Familiennamen und Ihre E-Mail-Adresse, um Sie zu erreichen.',
  lockIdentity: false,
  lockAddress: false,
  required: ['familienname', 'email'],
});

export const fundsacheMelden: FormSource = {
  service: WELL_KNOWN.fundsacheMelden,
  title: 'Fundsache melden',
  nextSteps:
    'Das Fundbüro nimmt Ihre Fundanzeige auf und gleicht sie mit den Verlustmeldungen ab. Sie erhalten in der Regel ' +
    'innerhalb von ein bis zwei Werktagen eine Bestätigung. Wenn Sie die Fundsache abgeben, bringen Sie sie bitte zu den ' +
    'Öffnungszeiten ins Bürgerbüro. Meldet sich der Eigentümer, informieren wir Sie.',
  schema: form({ fund, verbleib, finderlohn, finder }, ['fund', 'verbleib', 'finderlohn', 'finder']),
};
