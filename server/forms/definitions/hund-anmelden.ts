import type { FormSource } from '../../../contract/forms.ts';
import { WELL_KNOWN } from '../../catalogue/seed/well-known-services.ts';
import { applicantStep, attachmentField, choice, date, form, step, text, when, yesNo } from './fields.ts';

const hund = step(
  'Hund',
  {
    name: text('Name des Hundes', { maxLength: 100 }),
    rasse: text('Rasse', {
      maxLength: 100,
      description: 'Bei Mischlingen bitte „Mischling“ und, falls bekannt, die beteiligten Rassen angeben.',
    }),
    geschlecht: choice('Geschlecht', [
      ['ruede', 'Rüde'],
      ['huendin', 'Hündin'],
    ]),
    wurfdatum: date('Wurfdatum / Geburtsdatum', {
      description: 'Kennen Sie den genauen Tag nicht, geben Sie den ersten Tag des Monats an.',
    }),
    farbe: text('Farbe', { maxLength: 100 }),
    chipnummer: text('Chipnummer (Transponder)', {
      pattern: '^[0-9]{15}$',
      description: 'Die 15-stellige Nummer finden Sie im Heimtierausweis. In Niedersachsen muss jeder Hund ab sechs Monaten gechippt sein.',
    }),
    haltungSeit: date('Hund gehalten seit', {
      description: 'Ab diesem Tag ist der Hund steuerpflichtig; Näheres regelt die Hundesteuersatzung.',
    }),
  },
  ['name', 'rasse', 'geschlecht', 'wurfdatum', 'farbe', 'chipnummer', 'haltungSeit'],
);

const nachweis = {
  nachweis: attachmentField('Nachweis', {
    description: 'Zum Beispiel Schwerbehindertenausweis, Prüfungszeugnis der Rettungshundestaffel oder Nachweis der Herdenhaltung.',
  }),
};

const zweck = step(
  'Zweck / Ermäßigung',
  {
    haltung: choice(
      'Die Hundehaltung ist',
      [
        ['privat', 'privat'],
        ['blindenfuehrhund', 'Blindenführhund'],
        ['rettungshund', 'Rettungshund'],
        ['herdenschutz', 'Herdenschutz'],
      ],
      {
        description: 'Für Blindenführhunde, geprüfte Rettungshunde und Herdenschutzhunde kann die Steuer ermäßigt oder erlassen werden.',
      },
    ),
  },
  ['haltung'],
  {
    conditions: ['blindenfuehrhund', 'rettungshund', 'herdenschutz'].flatMap((v) => when('haltung', v, nachweis, ['nachweis'])),
  },
);

const versicherung = step(
  'Haftpflichtversicherung',
  {
    versicherer: text('Versicherer', { maxLength: 100 }),
    versicherungsnummer: text('Versicherungsnummer', { maxLength: 50 }),
  },
  ['versicherer', 'versicherungsnummer'],
  {
    description:
      'Nach dem Niedersächsischen Hundegesetz (NHundG) ist eine Hundehaftpflichtversicherung Pflicht, mit mindestens ' +
      '500.000 € für Personenschäden und 250.000 € für sonstige Schäden.',
  },
);

const sachkunde = step(
  'Sachkundenachweis',
  {
    liegtVor: yesNo('Liegt ein Sachkundenachweis vor?', {
      description:
        'Wer in Niedersachsen einen Hund hält, muss die Sachkunde nachweisen (NHundG). Falls nein: Die theoretische ' +
        'Prüfung ist vor Beginn der Haltung abzulegen, die praktische im ersten Jahr. Reichen Sie den Nachweis dann bitte nach.',
    }),
  },
  ['liegtVor'],
  {
    conditions: when(
      'liegtVor',
      true,
      {
        datum: date('Datum des Sachkundenachweises'),
        kopie: attachmentField('Kopie des Sachkundenachweises'),
      },
      ['datum'],
    ),
  },
);

const vorherigerHalter = step(
  'Vorheriger Halter',
  {
    name: text('Name', { maxLength: 200 }),
    anschrift: text('Anschrift', { description: 'Straße, Hausnummer, PLZ und Ort.' }),
  },
  [],
  { description: 'Nur ausfüllen, wenn Sie den Hund von einer anderen Person übernommen haben.' },
);

export const hundAnmelden: FormSource = {
  service: WELL_KNOWN.hundAnmelden,
  title: 'Hund anmelden (Hundesteuer)',
  nextSteps:
    'Die Steuerabteilung erfasst Ihren Hund und prüft eine beantragte Ermäßigung anhand Ihres Nachweises. Den ' +
    'Hundesteuerbescheid und die Steuermarke erhalten Sie in der Regel innerhalb von zwei bis drei Wochen per Post. ' +
    'Bitte melden Sie Ihren Hund außerdem beim Niedersächsischen Hunderegister an, falls noch nicht geschehen.',
  schema: form(
    {
      hund,
      zweck,
      versicherung,
      sachkunde,
      halter: applicantStep({ title: 'Halter/in' }),
      vorherigerHalter,
    },
    ['hund', 'zweck', 'versicherung', 'sachkunde', 'halter'],
  ),
};
