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

/** Realistic, valid data for the forms the issue names as examples of "what the office needs to decide". */
// prettier-ignore
export const issueExamples = {
  briefwahl: {
    wahl: { wahl: 'direktwahl', wahltag: '2026-09-13', stichwahl: true, waehlerverzeichnisNummer: '1234' },
    waehler: person,
    versand: { ziel: 'andereAnschrift', anschrift: { strasse: 'Strandweg 4', plz: '26548', ort: 'Norderney' }, empfaenger: 'Pension Seeblick' },
    erklaerung: { selbst: true },
  },
  meldebescheinigung: {
    bescheinigung: { art: 'erweitert', weitereDaten: 'Familienstand und Staatsangehörigkeit', zweck: 'ausland', anzahl: 1 },
    personen: { fuer: 'selbst' },
    antragsteller: person,
    zustellung: { art: 'post' },
  },
  fahrzeugZulassen: {
    fahrzeug: {
      vorgang: 'halterwechsel', fahrzeug: { fin: 'WVWZZZ1JZXW000001', hersteller: 'Volkswagen', fahrzeugklasse: 'pkw' },
      zb2Nummer: 'AB1234567', zb2Sicherheitscode: 'X7K2P9Q4M1ZT', hu: file('hu-bericht.pdf'),
    },
    bisherigeZulassung: { warZugelassen: true, kennzeichen: 'HB-XY 77', nochZugelassen: false },
    versicherung: { evb: 'A1B2C3D' },
    kennzeichen: { wahl: 'wunsch', wunschkennzeichen: 'DH-AM 87', reservierung: 'R-2026-004711', besonderes: 'keines' },
    kfzSteuer: { konto: { kontoinhaber: 'Anna Meyer', iban: 'DE89 3704 0044 0532 0130 00' }, mandat: true },
    halter: { art: 'person', ...person, person: { ...person.person, geburtsort: 'Syke' } },
  },
  wohngeld: {
    antrag: { art: 'mietzuschuss', antragsart: 'erstantrag', transferleistung: false },
    haushalt: {
      mitglieder: [
        { familienname: 'Meyer', vornamen: 'Anna', geburtsdatum: '1987-04-12', verhaeltnis: 'selbst', einkommen: 1450 },
        { familienname: 'Meyer', vornamen: 'Jonas', geburtsdatum: '2019-09-30', verhaeltnis: 'kind', einkommen: 0 },
      ],
    },
    wohnung: { art: 'miete', wohnflaeche: 62.5, einzug: '2021-08-01', miete: 610, heizkosten: 95, untervermietet: false },
    konto: { konto: { kontoinhaber: 'Anna Meyer', iban: 'DE89 3704 0044 0532 0130 00' } },
    antragsteller: { ...person, person: { ...person.person, staatsangehoerigkeit: 'deutsch' } },
    nachweise: { wohnkosten: file('mietvertrag.pdf'), einkommen: file('lohnabrechnungen.pdf') },
    erklaerung: { richtigkeit: true, mitteilung: true },
  },
  baugenehmigung: {
    grundstueck: { grundstueck: { gemarkung: 'Barrien', flur: '4', flurstueck: '112/3', lage: 'Birkenweg 9' }, bebauungsplan: true, bebauungsplanName: 'Nr. 38 „Am Birkenweg“' },
    vorhaben: {
      art: 'wohnhaus', bezeichnung: 'Neubau eines Einfamilienhauses mit Carport', beschreibung: 'Eingeschossiges Wohnhaus mit Satteldach, 140 m² Wohnfläche.',
      wohneinheiten: 1, baukosten: 380000, abweichungen: false,
    },
    bauherr: { art: 'person', ...person },
    entwurfsverfasser: {
      name: 'Jan Hoffmann', anschrift: { strasse: 'Hauptstraße 40', plz: '28857', ort: 'Syke' }, email: 'buero@hoffmann-architektur.example',
      berechtigung: 'Architektenkammer Niedersachsen, Nr. 12345',
    },
    bauvorlagen: {
      lageplan: file('lageplan.pdf'), bauzeichnungen: file('bauzeichnungen.pdf'), baubeschreibung: file('baubeschreibung.pdf'),
      baukostenberechnung: file('baukosten.pdf'),
    },
    erklaerung: { unterschrieben: true, richtigkeit: true },
  },
  laermbeschwerde: {
    laerm: {
      quelle: 'nachbarschaft', ort: 'Lindenstraße 7, Syke', datum: '2026-11-21', uhrzeit: '23:30', haeufigkeit: 'wiederholt',
      beschreibung: 'Laute Musik mit Bass aus der Erdgeschosswohnung, an Wochenenden bis etwa 3 Uhr.',
    },
    antwort: { gewuenscht: false },
  },
  muellablagerung: {
    ablagerung: { ort: 'Waldweg hinter dem Sportplatz, etwa 100 m nach der Schranke', art: 'sperrmuell', menge: 'mittel', gesehenAm: '2026-11-24' },
    antwort: { gewuenscht: false },
  },
} satisfies Record<string, Record<string, unknown>>;
