/** Realistic, valid data for the first five forms; attachments are the descriptions the server fills in. */
export const file = (name = 'nachweis.pdf', type = 'application/pdf') => ({
  id: '3f2b8c1e-9a4d-4e7b-8f6a-2c1d0e9b7a65',
  name,
  type,
  size: 182344,
});
/** The applicant step every form shares, built from the blocks natuerliche-person, anschrift-inland and kontakt. */
// prettier-ignore
export const person = {
  person: { familienname: 'Meyer', vornamen: 'Anna', geburtsdatum: '1987-04-12' },
  anschrift: { strasse: 'Hauptstraße 12', plz: '28857', ort: 'Syke' },
  kontakt: { email: 'anna.meyer@example.de', telefon: '04242 164-0' },
};

// prettier-ignore
export const formExamples = {
  geburtsurkunde: {
    geburt: { familiennameBeiGeburt: 'Schulz', vornamen: 'Anna Maria', geburtsdatum: '1987-04-12', geburtsort: 'Syke', beziehung: 'selbst' },
    urkunde: { art: 'mehrsprachig', anzahl: 2, verwendungszweck: 'eheschliessung' },
    antragsteller: person,
    zustellung: { art: 'post' },
  },
  hundAnmelden: {
    hund: { name: 'Bruno', rasse: 'Labrador-Mischling', geschlecht: 'ruede', wurfdatum: '2023-03-01', farbe: 'schwarz', chipnummer: '276098106543210', haltungSeit: '2024-05-15' },
    zweck: { haltung: 'privat' },
    versicherung: { versicherer: 'VGH Versicherungen', versicherungsnummer: 'HH-4711-0815' },
    sachkunde: { liegtVor: true, datum: '2024-04-20' },
    halter: person,
  },
  wohnsitzAnmelden: {
    neueWohnung: { einzugsdatum: '2025-01-01', anschrift: { strasse: 'Am Markt 3', zusatz: '2. OG links', plz: '28857', ort: 'Syke' }, art: 'alleinige' },
    bisherigeWohnung: { zuzugAusland: false, strasse: 'Lindenweg 8', plz: '28195', ort: 'Bremen' },
    personen: {
      liste: [
        { person: { familienname: 'Meyer', vornamen: 'Anna Maria', geburtsname: 'Schulz', geburtsdatum: '1987-04-12', geburtsort: 'Syke', geschlecht: 'weiblich', staatsangehoerigkeit: 'deutsch' }, familienstand: 'verheiratet', religion: 'ev' },
        { person: { familienname: 'Meyer', vornamen: 'Jonas', geburtsdatum: '2019-09-30', geburtsort: 'Bremen', geschlecht: 'maennlich', staatsangehoerigkeit: 'deutsch' }, familienstand: 'ledig', religion: 'keine' },
      ],
    },
    wohnungsgeber: { bestaetigung: file('wohnungsgeberbestaetigung.pdf') },
    antragsteller: person,
  },
  gewerbeAnmelden: {
    betrieb: {
      name: 'Meyer Fahrradhandel GmbH', rechtsform: 'gmbh', registergericht: 'Amtsgericht Walsrode', registernummer: 'HRB 212345',
      taetigkeit: 'Einzelhandel mit Fahrrädern, E-Bikes und Zubehör sowie deren Reparatur', beginn: '2025-02-01',
      anschrift: { strasse: 'Bahnhofstraße 5', plz: '28857', ort: 'Syke' }, art: 'hauptniederlassung', umfang: 'vollzeit', beschaeftigteVollzeit: 2, beschaeftigteTeilzeit: 1,
    },
    erlaubnis: { erlaubnispflichtig: false },
    inhaber: { ...person, person: { ...person.person, geburtsort: 'Syke', staatsangehoerigkeit: 'deutsch' } },
    anlagen: {},
  },
  fundsacheMelden: {
    fund: { gegenstand: 'geldboerse', beschreibung: 'Braune Lederbörse mit Druckknopf', wert: 30, fundort: 'Bushaltestelle Syke Bahnhof', funddatum: '2025-01-10', fundzeit: '14:30', foto: file('boerse.jpg', 'image/jpeg') },
    verbleib: { verbleib: 'fundbuero' },
    finderlohn: { anspruch: true },
    finder: { person: { familienname: 'Meyer' }, kontakt: { email: 'anna.meyer@example.de' } },
  },
} satisfies Record<string, Record<string, unknown>>;
