import type { FormSource } from '../../../contract/forms.ts';
import { WELL_KNOWN } from '../../catalogue/seed/well-known-services.ts';
import { applicantStep, attachmentField, choice, date, form, integer, step, text, textarea, when } from './fields.ts';

const geburt = step(
  'Angaben zur Geburt',
  {
    familiennameBeiGeburt: text('Familienname bei Geburt', {
      maxLength: 100,
      description: 'Der Familienname, der bei der Geburt eingetragen wurde (Geburtsname).',
    }),
    vornamen: text('Vornamen', { description: 'Alle Vornamen in der Reihenfolge des Geburtseintrags.' }),
    geburtsdatum: date('Geburtsdatum'),
    geburtsort: text('Geburtsort', {
      maxLength: 100,
      description: 'Das Standesamt kann nur Urkunden über Geburten ausstellen, die in seinem Bezirk beurkundet wurden.',
    }),
    beziehung: choice(
      'Für wen beantragen Sie die Urkunde?',
      [
        ['selbst', 'Ich selbst'],
        ['ehegatte', 'Ehegatte/Ehegattin oder Lebenspartner/in'],
        ['elternteil', 'Elternteil'],
        ['nachkomme', 'Kind/Enkel'],
        ['sonstiges', 'Sonstiges berechtigtes Interesse'],
      ],
      {
        description:
          'Urkunden erhalten die Person selbst, ihre Ehegatten oder Lebenspartner, Eltern, Großeltern, Kinder und Enkel. ' +
          'Andere Personen müssen ein rechtliches Interesse glaubhaft machen (§ 62 PStG).',
      },
    ),
  },
  ['familiennameBeiGeburt', 'vornamen', 'geburtsdatum', 'geburtsort', 'beziehung'],
  {
    conditions: when(
      'beziehung',
      'sonstiges',
      {
        begruendung: textarea('Begründung des rechtlichen Interesses', {
          minLength: 20,
          description: 'Zum Beispiel Erbschaftsangelegenheit oder Nachlassverfahren; bitte mit Aktenzeichen, falls vorhanden.',
        }),
        nachweis: attachmentField('Nachweis', {
          description: 'Zum Beispiel Schreiben des Nachlassgerichts oder Vollmacht der berechtigten Person (PDF, JPG oder PNG).',
        }),
      },
      ['begruendung', 'nachweis'],
    ),
  },
);

const urkunde = step(
  'Urkunde',
  {
    art: choice(
      'Art der Urkunde',
      [
        ['geburtsurkunde', 'Geburtsurkunde'],
        ['mehrsprachig', 'Mehrsprachige Geburtsurkunde'],
        ['registerausdruck', 'Beglaubigter Registerausdruck'],
      ],
      {
        description:
          'Die mehrsprachige Urkunde ist für die Vorlage im Ausland gedacht. Der beglaubigte Registerausdruck gibt den ' +
          'vollständigen Eintrag mit allen Hinweisen wieder, z. B. für Namensänderungen oder Einbürgerungsverfahren.',
      },
    ),
    anzahl: integer('Anzahl', { minimum: 1, maximum: 10, default: 1 }),
    verwendungszweck: choice(
      'Verwendungszweck',
      [
        ['rente', 'Rente'],
        ['eheschliessung', 'Eheschließung'],
        ['kindergeld', 'Kindergeld oder Elterngeld'],
        ['ausweis', 'Personalausweis oder Reisepass'],
        ['einbuergerung', 'Einbürgerung oder Ausländerbehörde'],
        ['sonstiges', 'Sonstiges'],
      ],
      {
        widget: 'select',
        description: 'Für die Rente und andere sozialrechtliche Zwecke ist die Urkunde in der Regel gebührenfrei.',
      },
    ),
  },
  ['art', 'anzahl', 'verwendungszweck'],
  {
    conditions: when('verwendungszweck', 'sonstiges', { zweckSonstiges: text('Sonstiger Verwendungszweck') }, ['zweckSonstiges']),
  },
);

const zustellung = step(
  'Zustellung',
  {
    art: choice(
      'Wie möchten Sie die Urkunde erhalten?',
      [
        ['post', 'Versand per Post an meine Anschrift'],
        ['abholung', 'Abholung im Bürgerbüro'],
      ],
      {
        description:
          'Per Post senden wir die Urkunde nur an die Anschrift, unter der Sie gemeldet sind. Zur Abholung bringen Sie ' +
          'bitte Ihren Personalausweis oder Reisepass mit.',
      },
    ),
  },
  ['art'],
);

export const geburtsurkunde: FormSource = {
  service: WELL_KNOWN.geburtsurkunde,
  title: 'Geburtsurkunde bestellen',
  nextSteps:
    'Das Standesamt prüft Ihren Antrag und Ihre Berechtigung. Ist alles vollständig, stellen wir die Urkunde in der ' +
    'Regel innerhalb von drei bis fünf Werktagen aus. Wir senden sie Ihnen per Post oder benachrichtigen Sie per E-Mail, ' +
    'sobald sie im Bürgerbüro zur Abholung bereitliegt. Ist die Geburt nicht bei uns beurkundet, geben wir Ihnen Bescheid.',
  schema: form({ geburt, urkunde, antragsteller: applicantStep(), zustellung }, ['geburt', 'urkunde', 'antragsteller', 'zustellung']),
};
