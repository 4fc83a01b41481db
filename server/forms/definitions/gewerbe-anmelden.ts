import type { FormSource } from '../../../contract/forms.ts';
import { WELL_KNOWN } from '../../catalogue/seed/well-known-services.ts';
import { applicantStep, attachmentField, choice, date, form, integer, postalCode, step, text, textarea, when, yesNo } from './fields.ts';

/** Legal forms that are entered in the Handelsregister. */
const REGISTERED = ['ek', 'ohg', 'kg', 'gmbh-co-kg', 'gmbh', 'ug', 'ag'];

const register = {
  registergericht: text('Registergericht', { maxLength: 100, description: 'Zum Beispiel „Amtsgericht Walsrode“.' }),
  registernummer: text('Registernummer', {
    maxLength: 20,
    pattern: '^(HRA|HRB) ?[0-9]{1,6}( ?[A-Z]{1,2})?$',
    description: 'Zum Beispiel „HRB 123456“.',
  }),
};

const betrieb = step(
  'Betrieb',
  {
    name: text('Name des Betriebs / Firma', {
      description: 'Bei eingetragenen Unternehmen die Firma laut Handelsregister.',
    }),
    rechtsform: choice(
      'Rechtsform',
      [
        ['einzelunternehmen', 'Einzelunternehmen'],
        ['ek', 'eingetragene/r Kaufmann/Kauffrau (e. K.)'],
        ['gbr', 'Gesellschaft bürgerlichen Rechts (GbR)'],
        ['ohg', 'Offene Handelsgesellschaft (OHG)'],
        ['kg', 'Kommanditgesellschaft (KG)'],
        ['gmbh-co-kg', 'GmbH & Co. KG'],
        ['gmbh', 'Gesellschaft mit beschränkter Haftung (GmbH)'],
        ['ug', 'Unternehmergesellschaft (haftungsbeschränkt)'],
        ['ag', 'Aktiengesellschaft (AG)'],
        ['sonstige', 'Sonstige'],
      ],
      { widget: 'select' },
    ),
    taetigkeit: textarea('Angemeldete Tätigkeit', {
      minLength: 10,
      maxLength: 1000,
      description:
        'Beschreiben Sie die Tätigkeit möglichst genau, z. B. „Einzelhandel mit Fahrrädern und Zubehör“ statt „Handel“. ' +
        'Danach richtet sich, welche Stellen (Finanzamt, IHK oder Handwerkskammer, Berufsgenossenschaft) wir informieren.',
    }),
    beginn: date('Beginn der Tätigkeit'),
    strasse: text('Straße und Hausnummer der Betriebsstätte', { maxLength: 100 }),
    plz: postalCode(),
    ort: text('Ort', { maxLength: 100 }),
    art: choice('Art der Betriebsstätte', [
      ['hauptniederlassung', 'Hauptniederlassung'],
      ['zweigniederlassung', 'Zweigniederlassung'],
      ['zweigstelle', 'unselbständige Zweigstelle'],
    ]),
    umfang: choice('Umfang', [
      ['vollzeit', 'Vollzeit'],
      ['nebenerwerb', 'Nebenerwerb'],
    ]),
    beschaeftigteVollzeit: integer('Anzahl Beschäftigte in Vollzeit', {
      minimum: 0,
      maximum: 100000,
      default: 0,
      description: 'Ohne Inhaber/in.',
    }),
    beschaeftigteTeilzeit: integer('Anzahl Beschäftigte in Teilzeit', { minimum: 0, maximum: 100000, default: 0 }),
  },
  [
    'name',
    'rechtsform',
    'taetigkeit',
    'beginn',
    'strasse',
    'plz',
    'ort',
    'art',
    'umfang',
    'beschaeftigteVollzeit',
    'beschaeftigteTeilzeit',
  ],
  { conditions: REGISTERED.flatMap((v) => when('rechtsform', v, register, ['registergericht', 'registernummer'])) },
);

const erlaubnis = step(
  'Erlaubnispflicht',
  {
    erlaubnispflichtig: yesNo('Ist die Tätigkeit erlaubnispflichtig?', {
      description:
        'Zum Beispiel Bewachungsgewerbe (§ 34a GewO), Immobilienmakler und Bauträger (§ 34c GewO), ' +
        'Versicherungsvermittlung (§ 34d GewO) oder Spielhallen (§ 33i GewO).',
    }),
  },
  ['erlaubnispflichtig'],
  {
    conditions: when(
      'erlaubnispflichtig',
      true,
      { erlaubnisDokument: attachmentField('Erlaubnis', { description: 'Kopie der erteilten Erlaubnis.' }) },
      ['erlaubnisDokument'],
    ),
  },
);

const inhaber = applicantStep({
  title: 'Inhaber/in',
  description:
    'Bei Gesellschaften geben Sie hier Ihre Daten als gesetzliche Vertreterin oder gesetzlicher Vertreter an. ' +
    'Wenn Sie sich mit Ihrem Nutzerkonto angemeldet haben, sind Ihre Daten bereits eingetragen.',
  extra: {
    geburtsort: text('Geburtsort', {
      maxLength: 100,
      description: 'Bei Geburt im Ausland bitte auch den Staat angeben.',
    }),
    staatsangehoerigkeit: text('Staatsangehörigkeit', { maxLength: 100, default: 'deutsch' }),
  },
  extraRequired: ['geburtsort', 'staatsangehoerigkeit'],
});

const anlagen = step(
  'Anlagen',
  {
    aufenthaltstitel: attachmentField('Aufenthaltstitel', {
      description:
        'Nur für Staatsangehörige von Staaten außerhalb der EU, des EWR und der Schweiz: Aufenthaltstitel, ' +
        'der die selbständige Tätigkeit erlaubt.',
    }),
  },
  [],
);

export const gewerbeAnmelden: FormSource = {
  service: WELL_KNOWN.gewerbeAnmelden,
  title: 'Gewerbe anmelden',
  nextSteps:
    'Wir prüfen Ihre Gewerbeanmeldung und bestätigen Ihnen den Empfang in der Regel innerhalb von drei Tagen ' +
    '(Gewerbeschein, § 15 GewO). Anschließend geben wir die Anmeldung an Finanzamt, IHK bzw. Handwerkskammer und weitere ' +
    'Stellen weiter, die sich direkt bei Ihnen melden. Das Finanzamt schickt Ihnen einen Fragebogen zur steuerlichen Erfassung.',
  schema: form({ betrieb, erlaubnis, inhaber, anlagen }, ['betrieb', 'erlaubnis', 'inhaber']),
};
