import type { Service } from '../../../contract/catalogue.ts';

/**
 * The services of the catalogue, with their LeiKa keys (Leistungskatalog der öffentlichen Verwaltung).
 *
 * Keys marked `// LeiKa belegt` were found in public references to the Bundesportal or the PVOG; keys marked
 * `// LeiKa Sekundärquelle` come from one public project that queried the PVOG with them. All other keys follow
 * the LeiKa pattern (99 + Leistungsgruppe + Kennung + Verrichtung + Detail) but are not verified against the
 * FIM portal and must be checked before the catalogue is connected to the PVOG or FIT-Connect routing.
 *
 * Fees are typical amounts for Lower Saxony, not read from each town's fee schedule: every one is `verified: false`
 * until confirmed against the Gebührensatzung or Gebührenordnung in force.
 */
export const services: Service[] = [
  // ── Umzug und Wohnen ────────────────────────────────────────────────────────────────────────────────
  {
    key: '99115005104000', // LeiKa belegt
    name: 'Wohnsitz anmelden',
    summary:
      'Wer in eine Wohnung einzieht, muss sich innerhalb von zwei Wochen bei der Meldebehörde anmelden. Die Anmeldung gilt für alle Personen, die mit Ihnen einziehen.',
    keywords: ['Anmeldung', 'Umzug', 'Zuzug', 'Hauptwohnung', 'Nebenwohnung', 'Einwohnermeldeamt', 'Wohnungsgeberbestätigung'],
    synonyms: ['Ummeldung', 'Wohnungsanmeldung', 'Meldepflicht', 'Umzug anmelden'],
    category: 'Umzug und Wohnen',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: [
      'Personalausweis oder Reisepass aller anzumeldenden Personen',
      'Wohnungsgeberbestätigung des Vermieters oder Eigentümers',
      'bei Kindern: Geburtsurkunde oder Kinderausweisdokument',
    ],
  },
  {
    key: '99115005160000',
    name: 'Wohnsitz innerhalb der Gemeinde ummelden',
    summary:
      'Ziehen Sie innerhalb der Stadt oder Gemeinde um, melden Sie die neue Wohnung innerhalb von zwei Wochen an. Die Anschrift im Personalausweis wird dabei aktualisiert.',
    keywords: ['Umzug', 'Adressänderung', 'neue Anschrift', 'Wohnungswechsel', 'Adressaufkleber'],
    synonyms: ['Ummeldung', 'Umzug innerhalb der Stadt', 'Adresse ändern'],
    category: 'Umzug und Wohnen',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Personalausweis oder Reisepass aller umziehenden Personen', 'Wohnungsgeberbestätigung des Vermieters oder Eigentümers'],
  },
  {
    key: '99115005106000',
    name: 'Wohnsitz abmelden',
    summary:
      'Wer ins Ausland zieht oder eine Nebenwohnung aufgibt, muss sich innerhalb von zwei Wochen abmelden. Bei einem Umzug innerhalb Deutschlands genügt die Anmeldung am neuen Wohnort.',
    keywords: ['Abmeldung', 'Wegzug', 'Auswanderung', 'Ausland', 'Nebenwohnung aufgeben'],
    synonyms: ['Abmeldebescheinigung', 'ins Ausland ziehen', 'Wohnung abmelden'],
    category: 'Umzug und Wohnen',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Personalausweis oder Reisepass', 'neue Anschrift im Ausland (falls bekannt)'],
  },
  {
    key: '99115003012000', // LeiKa belegt
    name: 'Meldebescheinigung beantragen',
    summary:
      'Die Meldebescheinigung bestätigt Ihre gemeldete Wohnanschrift, etwa für Arbeitgeber, Behörden oder Banken. Eine erweiterte Bescheinigung enthält auf Wunsch weitere Daten wie Familienstand oder frühere Anschriften.',
    keywords: ['Wohnsitzbescheinigung', 'Aufenthaltsbescheinigung', 'Nachweis Wohnsitz', 'Anschrift bestätigen'],
    synonyms: ['Meldebestätigung', 'Wohnsitznachweis'],
    category: 'Umzug und Wohnen',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'betrag', euro: 5, per: 'Bescheinigung' }, text: '5,00 € je Bescheinigung', verified: false },
    documents: ['Personalausweis oder Reisepass', 'bei Abholung durch Dritte: schriftliche Vollmacht'],
  },
  {
    key: '99115001012000',
    name: 'Melderegisterauskunft beantragen',
    summary:
      'Gegen Gebühr erhalten Sie Namen und Anschrift einer Person, die in der Gemeinde gemeldet ist, sofern keine Auskunftssperre eingetragen ist. Sie müssen die Person eindeutig bezeichnen können.',
    keywords: ['Adresse herausfinden', 'Anschrift ermitteln', 'einfache Melderegisterauskunft', 'Adressermittlung'],
    synonyms: ['Einwohnermeldeamtsanfrage', 'EMA-Anfrage', 'Anschriftenauskunft'],
    category: 'Umzug und Wohnen',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: {
      amount: { kind: 'betrag', euro: 10, per: 'Auskunft' },
      text: '10,00 € je Auskunft, 7,00 € bei elektronischer Anfrage',
      verified: false,
    },
    documents: ['Vor- und Familienname sowie Geburtsdatum oder letzte bekannte Anschrift der gesuchten Person'],
  },
  {
    key: '99115004161000',
    name: 'Übermittlungssperre eintragen lassen',
    summary:
      'Sie können der Weitergabe Ihrer Meldedaten an Parteien vor Wahlen, an Adressbuchverlage, an Religionsgesellschaften oder bei Alters- und Ehejubiläen widersprechen. Der Widerspruch gilt bis zum Widerruf.',
    keywords: ['Widerspruch', 'Datenweitergabe', 'Wahlwerbung', 'Jubiläum', 'Datenschutz', 'Melderegister'],
    synonyms: ['Widerspruch gegen Datenübermittlung', 'Widerspruch Datenweitergabe', 'Datensperre'],
    category: 'Umzug und Wohnen',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Personalausweis oder Reisepass'],
  },
  {
    key: '99107022012000', // LeiKa Sekundärquelle
    name: 'Wohnberechtigungsschein beantragen',
    summary:
      'Mit dem Wohnberechtigungsschein können Sie eine öffentlich geförderte Sozialwohnung mieten, wenn Ihr Einkommen die Grenzen des Niedersächsischen Wohnraumfördergesetzes nicht überschreitet. Er gilt ein Jahr.',
    keywords: ['WBS', 'Sozialwohnung', 'geförderte Wohnung', 'Einkommensgrenze', 'Mietwohnung'],
    synonyms: ['WBS beantragen', 'Berechtigungsschein Sozialwohnung'],
    category: 'Umzug und Wohnen',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: [
      'Personalausweis oder Reisepass',
      'Einkommensnachweise aller Haushaltsmitglieder der letzten zwölf Monate',
      'bei Schwangerschaft: Mutterpass',
      'gegebenenfalls Schwerbehindertenausweis',
    ],
  },

  // ── Ausweise und Dokumente ──────────────────────────────────────────────────────────────────────────
  {
    key: '99008001012000', // LeiKa Sekundärquelle
    name: 'Personalausweis beantragen',
    summary:
      'Deutsche ab 16 Jahren müssen einen gültigen Personalausweis oder Reisepass besitzen. Der Antrag wird persönlich gestellt, weil Lichtbild, Fingerabdrücke und Unterschrift erfasst werden.',
    keywords: ['Ausweis', 'Perso', 'Online-Ausweis', 'eID', 'Fingerabdruck', 'Ausweis abgelaufen'],
    synonyms: ['Personalausweis verlängern', 'neuer Ausweis', 'Ausweis beantragen'],
    category: 'Ausweise und Dokumente',
    level: 'gemeinde',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'betrag', euro: 46 }, text: '46,00 € ab 24 Jahren, 22,80 € unter 24 Jahren', verified: false },
    documents: [
      'bisheriger Personalausweis oder Reisepass',
      'ein aktuelles biometrisches Lichtbild',
      'bei Erstantrag: Geburtsurkunde',
      'bei Minderjährigen: Zustimmung aller Sorgeberechtigten',
    ],
  },
  {
    key: '99008002012000',
    name: 'Reisepass beantragen',
    summary:
      'Für Reisen in viele Länder außerhalb der Europäischen Union brauchen Sie einen Reisepass. Er wird bei der Bundesdruckerei hergestellt; in Eilfällen ist ein Expresspass möglich.',
    keywords: ['Pass', 'ePass', 'Expresspass', 'Reisedokument', 'Urlaub', 'Kinderreisepass'],
    synonyms: ['Reisepass verlängern', 'Pass beantragen', 'neuer Reisepass'],
    category: 'Ausweise und Dokumente',
    level: 'gemeinde',
    trustLevel: 'hoch',
    fee: {
      amount: { kind: 'betrag', euro: 70 },
      text: '70,00 € ab 24 Jahren, 37,50 € unter 24 Jahren; Expresszuschlag 32,00 €',
      verified: false,
    },
    documents: [
      'bisheriger Reisepass oder Personalausweis',
      'ein aktuelles biometrisches Lichtbild',
      'bei Erstantrag: Geburtsurkunde',
      'bei Minderjährigen: Zustimmung aller Sorgeberechtigten',
    ],
  },
  {
    key: '99008001012001',
    name: 'Vorläufigen Personalausweis beantragen',
    summary:
      'Brauchen Sie kurzfristig ein Ausweisdokument, wird ein vorläufiger Personalausweis sofort ausgestellt. Er gilt höchstens drei Monate.',
    keywords: ['Ersatzausweis', 'Notausweis', 'Ausweis sofort', 'Ausweis verloren', 'Reise kurzfristig'],
    synonyms: ['vorläufiger Ausweis', 'Behelfsausweis'],
    category: 'Ausweise und Dokumente',
    level: 'gemeinde',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'betrag', euro: 10 }, text: '10,00 €', verified: false },
    documents: ['bisheriges Ausweisdokument oder Geburtsurkunde', 'ein aktuelles biometrisches Lichtbild'],
  },
  {
    key: '99008001064000',
    name: 'Verlust eines Ausweises oder Passes melden',
    summary:
      'Melden Sie den Verlust oder Diebstahl Ihres Personalausweises oder Reisepasses unverzüglich, damit das Dokument gesperrt wird. Die Online-Ausweisfunktion sperren Sie zusätzlich über den Sperrnotruf 116 116.',
    keywords: ['Ausweis verloren', 'Pass gestohlen', 'Diebstahl', 'Sperrung', 'Verlustanzeige'],
    synonyms: ['Ausweisverlust melden', 'Personalausweis verloren'],
    category: 'Ausweise und Dokumente',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['ein anderes Ausweisdokument, falls vorhanden', 'bei Diebstahl: Anzeigebestätigung der Polizei'],
  },
  {
    key: '99049001001000', // LeiKa Sekundärquelle
    name: 'Führungszeugnis beantragen',
    summary:
      'Das Führungszeugnis weist nach, ob Sie vorbestraft sind. Die Meldebehörde nimmt den Antrag entgegen, ausgestellt wird es vom Bundesamt für Justiz und per Post zugesandt.',
    keywords: ['polizeiliches Führungszeugnis', 'erweitertes Führungszeugnis', 'Bundeszentralregister', 'Arbeitgeber', 'Ehrenamt'],
    synonyms: ['Leumundszeugnis', 'Auszug Bundeszentralregister'],
    category: 'Ausweise und Dokumente',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'betrag', euro: 13 }, text: '13,00 €; für ehrenamtlich Tätige auf Antrag gebührenfrei', verified: false },
    documents: ['Personalausweis oder Reisepass', 'für ein erweitertes Führungszeugnis: schriftliche Aufforderung der anfordernden Stelle'],
  },
  {
    key: '99049002001000',
    name: 'Auskunft aus dem Gewerbezentralregister beantragen',
    summary:
      'Die Auskunft zeigt gewerberechtliche Verstöße und Entscheidungen, die über Sie oder Ihr Unternehmen gespeichert sind. Sie wird oft für Erlaubnisse und öffentliche Ausschreibungen verlangt.',
    keywords: ['Gewerbezentralregister', 'GZR', 'Ausschreibung', 'Zuverlässigkeit', 'Vergabe'],
    synonyms: ['GZR-Auskunft', 'Auszug Gewerbezentralregister'],
    category: 'Ausweise und Dokumente',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'betrag', euro: 13 }, text: '13,00 €', verified: false },
    documents: ['Personalausweis oder Reisepass', 'bei juristischen Personen: Handelsregisterauszug und Vertretungsnachweis'],
  },
  {
    key: '99003001020000',
    name: 'Abschriften und Unterschriften beglaubigen lassen',
    summary:
      'Die Gemeinde beglaubigt Kopien von Zeugnissen und anderen Dokumenten zur Vorlage bei Behörden sowie Unterschriften. Personenstandsurkunden und Dokumente für Grundbuch oder Handelsregister beglaubigt sie nicht.',
    keywords: ['Beglaubigung', 'Kopie beglaubigen', 'Zeugnis', 'amtliche Beglaubigung', 'Unterschriftsbeglaubigung'],
    synonyms: ['Dokument beglaubigen', 'beglaubigte Kopie'],
    category: 'Ausweise und Dokumente',
    level: 'gemeinde',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'ab 3,00 € je Seite; Unterschriftsbeglaubigung ab 10,00 €', verified: false },
    documents: ['Original des Dokuments', 'Kopie des Dokuments', 'Personalausweis oder Reisepass'],
  },
  {
    key: '99027012022000',
    name: 'Kirchenaustritt erklären',
    summary:
      'In Niedersachsen erklären Sie den Austritt aus einer Religionsgemeinschaft des öffentlichen Rechts persönlich beim Standesamt. Der Austritt wird mit der Erklärung wirksam.',
    keywords: ['Kirche austreten', 'Kirchensteuer', 'Religionsgemeinschaft', 'Austrittsbescheinigung', 'Standesamt'],
    synonyms: ['Austritt aus der Kirche', 'Kirchenaustritt'],
    category: 'Ausweise und Dokumente',
    level: 'gemeinde',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'betrag', euro: 30 }, text: '30,00 €', verified: false },
    documents: ['Personalausweis oder Reisepass', 'wenn vorhanden: Tauf- oder Heiratsurkunde zur Angabe der Religionsgemeinschaft'],
  },

  // ── Geburt und Familie ─────────────────────────────────────────────────────────────────────────────
  {
    key: '99027002012000', // LeiKa belegt
    name: 'Geburtsurkunde bestellen',
    summary:
      'Das Standesamt des Geburtsorts stellt Geburtsurkunden aus dem Geburtenregister aus. Berechtigt sind die Person selbst, Eltern, Kinder, Ehegatten sowie Personen mit rechtlichem Interesse.',
    keywords: ['Urkunde', 'Geburtenregister', 'Standesamt', 'Abstammungsurkunde', 'beglaubigter Registerausdruck'],
    synonyms: ['Geburtsurkunde beantragen', 'Geburtsschein'],
    category: 'Geburt und Familie',
    level: 'gemeinde',
    // As at most Standesämter: orderable without an account. The office checks the entitlement (§ 62 PStG) against
    // the register, and sends the certificate only to the applicant's registered address or hands it over on ID.
    trustLevel: 'none',
    fee: {
      amount: { kind: 'betrag', euro: 12, per: 'Urkunde' },
      text: '12,00 € je Urkunde, jede weitere gleichzeitig bestellte Urkunde 6,00 €',
      verified: false,
    },
    documents: ['Personalausweis oder Reisepass', 'bei Dritten: Nachweis des rechtlichen Interesses oder Vollmacht'],
  },
  {
    key: '99027001013000',
    name: 'Geburt anzeigen',
    summary:
      'Jede Geburt muss innerhalb einer Woche dem Standesamt des Geburtsorts angezeigt werden; bei Geburten in der Klinik übernimmt das meist das Krankenhaus. Sie erhalten die Geburtsurkunden und die Bescheinigungen für Elterngeld und Kindergeld.',
    keywords: ['Geburt', 'Baby', 'Neugeborenes', 'Vorname', 'Geburtsbeurkundung', 'Standesamt'],
    synonyms: ['Geburt beurkunden', 'Geburtsanzeige', 'Kind anmelden'],
    category: 'Geburt und Familie',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: {
      amount: { kind: 'gebuehrenfrei' },
      text: 'gebührenfrei; zweckgebundene Urkunden für Elterngeld, Kindergeld und Mutterschaftsgeld kostenlos',
      verified: false,
    },
    documents: [
      'Geburtsanzeige der Klinik oder Hebamme',
      'Personalausweise oder Reisepässe der Eltern',
      'bei verheirateten Eltern: Eheurkunde oder beglaubigter Registerausdruck',
      'bei nicht verheirateten Eltern: Geburtsurkunde der Mutter und gegebenenfalls Vaterschaftsanerkennung',
    ],
  },
  {
    key: '99027003021000',
    name: 'Vaterschaft anerkennen',
    summary:
      'Sind die Eltern nicht miteinander verheiratet, kann der Vater die Vaterschaft schon vor der Geburt beim Standesamt anerkennen. Die Mutter muss zustimmen; zugleich kann die gemeinsame Sorge erklärt werden.',
    keywords: ['Vaterschaftsanerkennung', 'unverheiratete Eltern', 'Sorgerecht', 'Sorgeerklärung', 'Abstammung'],
    synonyms: ['Vaterschaft beurkunden', 'Anerkennung der Vaterschaft'],
    category: 'Geburt und Familie',
    level: 'gemeinde',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: [
      'Personalausweise oder Reisepässe beider Eltern',
      'Geburtsurkunden beider Eltern',
      'Mutterpass (bei Anerkennung vor der Geburt)',
      'bei geschiedener Mutter: Eheurkunde mit Scheidungsvermerk',
    ],
  },
  {
    key: '99027010021000',
    name: 'Namenserklärung abgeben',
    summary:
      'Beim Standesamt erklären Sie zum Beispiel die Rückkehr zum Geburtsnamen nach einer Scheidung, die nachträgliche Bestimmung eines Ehenamens oder die Namensgebung für ein Kind. Die Erklärung muss öffentlich beglaubigt werden.',
    keywords: ['Nachname ändern', 'Geburtsname', 'Ehename', 'Scheidung', 'Einbenennung', 'Familienname'],
    synonyms: ['Namensänderung beim Standesamt', 'Namensänderung nach Scheidung'],
    category: 'Geburt und Familie',
    level: 'gemeinde',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'ab 35,00 € je Erklärung', verified: false },
    documents: ['Personalausweis oder Reisepass', 'Geburtsurkunde', 'Eheurkunde, gegebenenfalls mit Scheidungsvermerk'],
  },

  // ── Ehe und Lebenspartnerschaft ────────────────────────────────────────────────────────────────────
  {
    key: '99027004104000',
    name: 'Eheschließung anmelden',
    summary:
      'Vor der Trauung melden Sie die Eheschließung beim Standesamt Ihres Wohnsitzes an. Die Anmeldung ist sechs Monate gültig; die Trauung kann bei jedem Standesamt in Deutschland stattfinden.',
    keywords: ['Heirat', 'Hochzeit', 'Trauung', 'Standesamt', 'Aufgebot', 'Ehefähigkeit'],
    synonyms: ['Aufgebot bestellen', 'Heiraten anmelden', 'Hochzeit anmelden'],
    category: 'Ehe und Lebenspartnerschaft',
    level: 'gemeinde',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'betrag', euro: 40 }, text: '40,00 €; mit Auslandsbezug ab 66,00 €', verified: false },
    documents: [
      'Personalausweise oder Reisepässe',
      'beglaubigte Ausdrucke aus dem Geburtenregister (nicht älter als sechs Monate)',
      'bei früheren Ehen: Eheurkunde mit Auflösungsvermerk',
      'bei gemeinsamen Kindern: deren Geburtsurkunden',
    ],
  },
  {
    key: '99027005012000',
    name: 'Eheurkunde bestellen',
    summary:
      'Das Standesamt, bei dem die Ehe geschlossen wurde, stellt Eheurkunden und beglaubigte Ausdrucke aus dem Eheregister aus. Berechtigt sind die Ehegatten, ihre Eltern und Kinder.',
    keywords: ['Heiratsurkunde', 'Eheregister', 'Standesamt', 'Registerausdruck'],
    synonyms: ['Heiratsurkunde bestellen', 'Eheurkunde beantragen'],
    category: 'Ehe und Lebenspartnerschaft',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: {
      amount: { kind: 'betrag', euro: 12, per: 'Urkunde' },
      text: '12,00 € je Urkunde, jede weitere gleichzeitig bestellte Urkunde 6,00 €',
      verified: false,
    },
    documents: ['Personalausweis oder Reisepass', 'bei Dritten: Vollmacht eines Ehegatten'],
  },
  {
    key: '99027006012000',
    name: 'Lebenspartnerschaftsurkunde bestellen',
    summary:
      'Für Lebenspartnerschaften, die bis September 2017 begründet wurden, stellt das zuständige Standesamt Urkunden aus dem Lebenspartnerschaftsregister aus.',
    keywords: ['Lebenspartnerschaft', 'eingetragene Partnerschaft', 'Lebenspartnerschaftsregister', 'Standesamt'],
    synonyms: ['Partnerschaftsurkunde', 'Urkunde eingetragene Lebenspartnerschaft'],
    category: 'Ehe und Lebenspartnerschaft',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: {
      amount: { kind: 'betrag', euro: 12, per: 'Urkunde' },
      text: '12,00 € je Urkunde, jede weitere gleichzeitig bestellte Urkunde 6,00 €',
      verified: false,
    },
    documents: ['Personalausweis oder Reisepass'],
  },
  {
    key: '99027004170000',
    name: 'Trautermin reservieren',
    summary:
      'Sie können einen Termin für die standesamtliche Trauung im Trauzimmer oder an einem Außentrauort bis zu zwölf Monate im Voraus vormerken lassen. Verbindlich wird der Termin mit der Anmeldung der Eheschließung.',
    keywords: ['Hochzeit', 'Trauung', 'Trauzimmer', 'Hochzeitstermin', 'Außentrauort'],
    synonyms: ['Hochzeitstermin reservieren', 'Termin Standesamt'],
    category: 'Ehe und Lebenspartnerschaft',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: {
      amount: { kind: 'gebuehrenfrei' },
      text: 'gebührenfrei; Trauungen außerhalb der Dienstzeit oder am Außentrauort gegen Zuschlag',
      verified: false,
    },
    documents: ['Namen und Anschriften beider Verlobten'],
  },

  // ── Tod und Bestattung ─────────────────────────────────────────────────────────────────────────────
  {
    key: '99101004013000',
    name: 'Sterbefall anzeigen',
    summary:
      'Ein Sterbefall muss spätestens am dritten Werktag dem Standesamt des Sterbeorts angezeigt werden. Meist übernimmt das beauftragte Bestattungsinstitut die Anzeige.',
    keywords: ['Todesfall', 'Tod', 'Beurkundung', 'Bestatter', 'Totenschein', 'Standesamt'],
    synonyms: ['Sterbefall beurkunden', 'Todesfall melden'],
    category: 'Tod und Bestattung',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'Beurkundung gebührenfrei; Sterbeurkunden 12,00 € je Urkunde', verified: false },
    documents: [
      'Todesbescheinigung (Leichenschauschein)',
      'Personalausweis oder Reisepass der verstorbenen Person',
      'Geburtsurkunde, bei Verheirateten Eheurkunde, bei Verwitweten Sterbeurkunde des Ehegatten',
      'Personalausweis der anzeigenden Person',
    ],
  },
  {
    key: '99101004012000', // LeiKa Sekundärquelle
    name: 'Sterbeurkunde bestellen',
    summary:
      'Sterbeurkunden werden für Versicherungen, Banken, Rentenversicherung und Nachlassgericht benötigt. Ausgestellt werden sie vom Standesamt des Sterbeorts.',
    keywords: ['Todesfall', 'Sterberegister', 'Erbschaft', 'Nachlass', 'Rentenversicherung'],
    synonyms: ['Sterbeurkunde beantragen', 'Totenschein Kopie'],
    category: 'Tod und Bestattung',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: {
      amount: { kind: 'betrag', euro: 12, per: 'Urkunde' },
      text: '12,00 € je Urkunde, jede weitere gleichzeitig bestellte Urkunde 6,00 €',
      verified: false,
    },
    documents: ['Personalausweis oder Reisepass', 'Nachweis der Verwandtschaft oder des rechtlichen Interesses'],
  },
  {
    key: '99101007089000',
    name: 'Grabnutzungsrecht verlängern',
    summary:
      'Läuft das Nutzungsrecht an einer Wahl- oder Familiengrabstätte auf einem städtischen Friedhof ab, kann es verlängert werden. Die Friedhofsverwaltung informiert über Fristen und Kosten.',
    keywords: ['Friedhof', 'Grabstätte', 'Ruhezeit', 'Familiengrab', 'Urnengrab'],
    synonyms: ['Grabstelle verlängern', 'Nutzungsrecht Grab'],
    category: 'Tod und Bestattung',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: {
      amount: { kind: 'nach-aufwand' },
      text: 'nach der Friedhofsgebührensatzung, abhängig von Grabart und Verlängerungsdauer',
      verified: false,
    },
    documents: ['Graburkunde oder Grabnummer', 'Personalausweis oder Reisepass'],
  },

  // ── Haustiere ──────────────────────────────────────────────────────────────────────────────────────
  {
    key: '99102013104000', // LeiKa Sekundärquelle
    name: 'Hund anmelden',
    summary:
      'Wer einen Hund hält, muss ihn innerhalb von zwei Wochen zur Hundesteuer anmelden und erhält eine Steuermarke. In Niedersachsen ist der Hund zusätzlich im zentralen Hunderegister zu registrieren.',
    keywords: ['Hundesteuer', 'Hundemarke', 'Steuermarke', 'Hunderegister', 'Welpe', 'Hundehaltung'],
    synonyms: ['Hundeanmeldung', 'Hundesteuer anmelden'],
    category: 'Haustiere',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: {
      amount: { kind: 'gebuehrenfrei' },
      text: 'gebührenfrei; die Hundesteuer richtet sich nach der Hundesteuersatzung',
      verified: false,
    },
    documents: [
      'Angaben zum Hund: Rasse, Geburtsdatum, Chipnummer',
      'Nachweis der Haftpflichtversicherung für den Hund',
      'bei Zuzug: Abmeldebescheinigung der bisherigen Gemeinde',
    ],
  },
  {
    key: '99102013105000',
    name: 'Hund abmelden',
    summary:
      'Geben Sie Ihren Hund ab, zieht er mit Ihnen weg oder ist er gestorben, melden Sie ihn von der Hundesteuer ab und geben die Steuermarke zurück.',
    keywords: ['Hundesteuer', 'Hundemarke', 'Hund verstorben', 'Hund abgegeben', 'Wegzug'],
    synonyms: ['Hundeabmeldung', 'Hundesteuer abmelden'],
    category: 'Haustiere',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: [
      'Hundesteuermarke',
      'bei Tod des Hundes: Bescheinigung der Tierarztpraxis',
      'bei Abgabe: Name und Anschrift der neuen Halterin oder des neuen Halters',
    ],
  },
  {
    key: '99102013012000',
    name: 'Ersatz-Hundesteuermarke beantragen',
    summary: 'Ist die Hundesteuermarke verloren gegangen oder beschädigt, erhalten Sie eine Ersatzmarke.',
    keywords: ['Hundemarke verloren', 'Steuermarke', 'Hundesteuer', 'Ersatzmarke'],
    synonyms: ['neue Hundemarke', 'Hundesteuermarke verloren'],
    category: 'Haustiere',
    level: 'gemeinde',
    trustLevel: 'none',
    fee: { amount: { kind: 'betrag', euro: 5 }, text: '5,00 €', verified: false },
    documents: ['Name und Anschrift der Halterin oder des Halters'],
  },
  {
    key: '99102013109000',
    name: 'Hundesteuerermäßigung oder -befreiung beantragen',
    summary:
      'Für Blindenführhunde, Assistenzhunde, geprüfte Rettungshunde und in weiteren in der Satzung genannten Fällen wird die Hundesteuer ermäßigt oder erlassen.',
    keywords: ['Hundesteuer', 'Blindenführhund', 'Rettungshund', 'Assistenzhund', 'Steuerbefreiung'],
    synonyms: ['Hundesteuer erlassen', 'Steuerermäßigung Hund'],
    category: 'Haustiere',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Nachweis über die Ausbildung oder Prüfung des Hundes', 'gegebenenfalls Schwerbehindertenausweis'],
  },
  {
    key: '99110007064000',
    name: 'Gefährlichen Hund anzeigen',
    summary:
      'Wird ein Hund als gefährlich im Sinne des Niedersächsischen Gesetzes über das Halten von Hunden (NHundG) festgestellt, braucht die Halterin oder der Halter eine Erlaubnis. Hinweise auf gefährliche Hunde können Sie der Gemeinde melden.',
    keywords: ['NHundG', 'Beißvorfall', 'gefährlicher Hund', 'Wesenstest', 'Sachkundenachweis', 'Hunderegister'],
    synonyms: ['Beißvorfall melden', 'Erlaubnis gefährlicher Hund'],
    category: 'Haustiere',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: {
      amount: { kind: 'gebuehrenfrei' },
      text: 'Meldung gebührenfrei; Erlaubnis nach Aufwand, in der Regel 100,00 € bis 250,00 €',
      verified: false,
    },
    documents: [
      'Beschreibung des Vorfalls mit Ort und Zeit',
      'für die Erlaubnis: Wesenstest, Sachkundenachweis, Führungszeugnis und Haftpflichtversicherung',
    ],
  },

  // ── Gewerbe und Wirtschaft ─────────────────────────────────────────────────────────────────────────
  {
    key: '99050012104000', // LeiKa belegt
    name: 'Gewerbe anmelden',
    summary:
      'Wer ein Gewerbe beginnt, muss es bei der Gemeinde anmelden, in der der Betrieb liegt. Die Gewerbemeldung geht an Finanzamt, Handwerks- oder Industrie- und Handelskammer und weitere Stellen.',
    keywords: ['Gewerbeanmeldung', 'Gewerbeschein', 'Selbstständigkeit', 'Existenzgründung', 'Nebengewerbe', 'Kleingewerbe'],
    synonyms: ['Gewerbeanzeige', 'Gewerbe gründen', 'Firma anmelden'],
    category: 'Gewerbe und Wirtschaft',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'betrag', euro: 26 }, text: '26,00 €', verified: false },
    documents: [
      'Personalausweis oder Reisepass',
      'bei erlaubnispflichtigen Gewerben: die Erlaubnis',
      'bei Handwerksbetrieben: Eintragung in die Handwerksrolle',
      'bei juristischen Personen: Handelsregisterauszug',
      'bei Staatsangehörigen außerhalb der EU: Aufenthaltstitel, der die selbstständige Tätigkeit erlaubt',
    ],
  },
  {
    key: '99050012160000',
    name: 'Gewerbe ummelden',
    summary:
      'Verlegen Sie Ihren Betrieb innerhalb der Gemeinde, ändern Sie die Tätigkeit oder den Namen, ist eine Ummeldung nötig. Bei einem Umzug in eine andere Gemeinde melden Sie dort neu an.',
    keywords: ['Gewerbeummeldung', 'Betriebsverlegung', 'Tätigkeit ändern', 'Firmenname ändern'],
    synonyms: ['Gewerbeänderung', 'Gewerbe ändern'],
    category: 'Gewerbe und Wirtschaft',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'betrag', euro: 20 }, text: '20,00 €', verified: false },
    documents: [
      'Personalausweis oder Reisepass',
      'bisherige Gewerbeanmeldung',
      'bei juristischen Personen: aktueller Handelsregisterauszug',
    ],
  },
  {
    key: '99050012105000',
    name: 'Gewerbe abmelden',
    summary: 'Geben Sie Ihr Gewerbe auf, melden Sie es bei der Gemeinde ab. Die Abmeldung ist gleichzeitig mit der Aufgabe vorzunehmen.',
    keywords: ['Gewerbeabmeldung', 'Betriebsaufgabe', 'Geschäftsaufgabe', 'Selbstständigkeit beenden'],
    synonyms: ['Gewerbe aufgeben', 'Firma abmelden'],
    category: 'Gewerbe und Wirtschaft',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'betrag', euro: 15 }, text: '15,00 €', verified: false },
    documents: ['Personalausweis oder Reisepass', 'bisherige Gewerbeanmeldung'],
  },
  {
    key: '99050006064000',
    name: 'Gaststättengewerbe anzeigen',
    summary:
      'Nach dem Niedersächsischen Gaststättengesetz braucht ein Gaststättenbetrieb keine Erlaubnis mehr, muss aber vier Wochen vor Beginn angezeigt werden. Für den Ausschank von Alkohol wird die Zuverlässigkeit geprüft.',
    keywords: ['Gaststätte', 'Restaurant', 'Kneipe', 'Café', 'Alkoholausschank', 'NGastG'],
    synonyms: ['Gaststättenerlaubnis', 'Konzession', 'Schankerlaubnis'],
    category: 'Gewerbe und Wirtschaft',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei; die zugehörige Gewerbeanmeldung kostet 26,00 €', verified: false },
    documents: [
      'Personalausweis oder Reisepass',
      'Führungszeugnis und Auskunft aus dem Gewerbezentralregister',
      'Grundriss der Gasträume',
      'Nachweis der lebensmittelrechtlichen Belehrung',
    ],
  },
  {
    key: '99050006065000',
    name: 'Vorübergehenden Ausschank anzeigen',
    summary:
      'Wer bei einem Fest, Markt oder einer Vereinsveranstaltung vorübergehend Getränke oder Speisen verkauft, zeigt das spätestens zwei Wochen vorher bei der Gemeinde an.',
    keywords: ['Ausschank', 'Schützenfest', 'Vereinsfest', 'Getränkeverkauf', 'Imbiss', 'vorübergehende Gaststätte'],
    synonyms: ['Schankerlaubnis vorübergehend', 'Gestattung', 'Ausschankgenehmigung'],
    category: 'Gewerbe und Wirtschaft',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'ab 20,00 €', verified: false },
    documents: ['Angaben zu Anlass, Ort, Dauer und Umfang des Ausschanks', 'Name der verantwortlichen Person'],
  },
  {
    key: '99050014012000',
    name: 'Reisegewerbekarte beantragen',
    summary:
      'Wer ohne festen Betriebssitz Waren oder Dienstleistungen anbietet, etwa als Schausteller oder im Haustürverkauf, braucht eine Reisegewerbekarte.',
    keywords: ['Reisegewerbe', 'Schausteller', 'Haustürgeschäft', 'ambulanter Handel', 'Straßenverkauf'],
    synonyms: ['Reisegewerbeschein', 'Wandergewerbe'],
    category: 'Gewerbe und Wirtschaft',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'nach-aufwand' }, text: '150,00 € bis 300,00 € nach Aufwand', verified: false },
    documents: ['Personalausweis oder Reisepass', 'ein aktuelles Lichtbild', 'Führungszeugnis und Auskunft aus dem Gewerbezentralregister'],
  },
  {
    key: '99050018006000',
    name: 'Standplatz auf dem Wochenmarkt beantragen',
    summary:
      'Händlerinnen und Händler können einen festen oder tageweisen Standplatz auf dem Wochenmarkt beantragen. Die Zuteilung richtet sich nach der Marktsatzung.',
    keywords: ['Wochenmarkt', 'Marktstand', 'Markthändler', 'Standgeld', 'Jahrmarkt'],
    synonyms: ['Marktstand anmelden', 'Marktplatz beantragen'],
    category: 'Gewerbe und Wirtschaft',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'Standgeld nach der Marktgebührensatzung je laufendem Meter', verified: false },
    documents: ['Gewerbeanmeldung oder Reisegewerbekarte', 'Angaben zu Sortiment und Standgröße'],
  },

  // ── Fundsachen ─────────────────────────────────────────────────────────────────────────────────────
  {
    key: '99019001064000',
    name: 'Fundsache melden',
    summary:
      'Wer eine verlorene Sache findet, die mehr als 10 Euro wert ist, muss den Fund beim Fundbüro anzeigen und die Sache abgeben. Nach sechs Monaten können Sie als Finderin oder Finder das Eigentum erwerben.',
    keywords: ['Fundbüro', 'gefunden', 'Finderlohn', 'Fundsachen', 'Geldbörse gefunden', 'Schlüssel gefunden'],
    synonyms: ['Fund anzeigen', 'Fundanzeige', 'Fundsache abgeben'],
    category: 'Fundsachen',
    level: 'gemeinde',
    trustLevel: 'none',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Beschreibung der Fundsache mit Fundort und Fundzeit', 'die Fundsache selbst bei Abgabe im Fundbüro'],
  },
  {
    key: '99019002064000',
    name: 'Verlust melden',
    summary:
      'Haben Sie etwas verloren, melden Sie den Verlust beim Fundbüro. Wird ein passender Gegenstand abgegeben, werden Sie benachrichtigt.',
    keywords: ['Fundbüro', 'verloren', 'Verlustanzeige', 'Schlüssel verloren', 'Handy verloren', 'Geldbörse verloren'],
    synonyms: ['Verlustmeldung', 'etwas verloren'],
    category: 'Fundsachen',
    level: 'gemeinde',
    trustLevel: 'none',
    fee: {
      amount: { kind: 'gebuehrenfrei' },
      text: 'gebührenfrei; bei Herausgabe einer Fundsache Gebühr nach Satzung und gegebenenfalls Finderlohn',
      verified: false,
    },
    documents: [
      'Beschreibung des verlorenen Gegenstands mit Ort und Zeit des Verlusts',
      'bei Herausgabe: Eigentumsnachweis und Personalausweis',
    ],
  },

  // ── Bauen ──────────────────────────────────────────────────────────────────────────────────────────
  {
    key: '99012061006000',
    name: 'Baumfällgenehmigung beantragen',
    summary:
      'Bäume, die unter die Baumschutzsatzung fallen, dürfen nur mit Genehmigung gefällt oder stark zurückgeschnitten werden. Fällungen sind nur von Oktober bis Februar zulässig.',
    keywords: ['Baum fällen', 'Baumschutzsatzung', 'Baumfällung', 'Rückschnitt', 'Ersatzpflanzung'],
    synonyms: ['Fällgenehmigung', 'Baum entfernen'],
    category: 'Bauen',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: {
      amount: { kind: 'nach-aufwand' },
      text: 'nach der Verwaltungskostensatzung, in der Regel 30,00 € bis 100,00 €',
      verified: false,
    },
    documents: ['Lageplan mit Standort des Baums', 'Fotos des Baums', 'Angaben zu Baumart und Stammumfang in 1 m Höhe'],
  },
  {
    key: '99012045111000',
    name: 'Hausnummer zuteilen lassen',
    summary:
      'Für einen Neubau oder eine Grundstücksteilung teilt die Gemeinde eine Hausnummer zu. Das Schild muss von der Straße aus gut lesbar sein.',
    keywords: ['Hausnummer', 'Neubau', 'Adresse', 'Grundstücksteilung', 'Straßenbenennung'],
    synonyms: ['Hausnummernvergabe', 'neue Hausnummer'],
    category: 'Bauen',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'betrag', euro: 25 }, text: '25,00 €', verified: false },
    documents: ['Lageplan des Grundstücks', 'Angabe von Flur und Flurstück'],
  },
  {
    key: '99108004006000',
    name: 'Sondernutzung öffentlicher Straßen beantragen',
    summary:
      'Für Gerüste, Container, Baustelleneinrichtungen, Außengastronomie oder Werbeaufsteller auf Gehweg und Straße brauchen Sie eine Sondernutzungserlaubnis.',
    keywords: ['Sondernutzungserlaubnis', 'Gerüst', 'Container', 'Gehweg', 'Außengastronomie', 'Werbeaufsteller'],
    synonyms: ['Straßennutzung', 'Gehweg nutzen', 'Container aufstellen'],
    category: 'Bauen',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: {
      amount: { kind: 'nach-aufwand' },
      text: 'Verwaltungsgebühr ab 30,00 € zuzüglich Sondernutzungsgebühr nach Satzung',
      verified: false,
    },
    documents: ['Lageskizze mit Maßen der genutzten Fläche', 'Zeitraum der Nutzung'],
  },
  {
    key: '99108005006000',
    name: 'Aufbruchgenehmigung beantragen',
    summary:
      'Wer Straßen, Wege oder Plätze der Gemeinde aufgraben will, etwa für Hausanschlüsse, braucht vorher eine Aufbruchgenehmigung. Die Fläche ist danach fachgerecht wiederherzustellen.',
    keywords: ['Straßenaufbruch', 'Hausanschluss', 'Leitung verlegen', 'Tiefbau', 'Gehweg aufgraben'],
    synonyms: ['Aufgrabungsgenehmigung', 'Aufbruch beantragen'],
    category: 'Bauen',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'ab 50,00 €', verified: false },
    documents: [
      'Lageplan der Aufbruchstelle',
      'Angaben zur ausführenden Firma und zum Zeitraum',
      'verkehrsrechtliche Anordnung, falls der Verkehr betroffen ist',
    ],
  },
  {
    key: '99012052012000',
    name: 'Negativzeugnis zum Vorkaufsrecht beantragen',
    summary:
      'Beim Verkauf eines Grundstücks braucht das Grundbuchamt die Bescheinigung, dass die Gemeinde ihr Vorkaufsrecht nicht ausübt. Den Antrag stellt meist das Notariat.',
    keywords: ['Vorkaufsrecht', 'Grundstückskauf', 'Notar', 'Grundbuch', 'Kaufvertrag', 'Negativattest'],
    synonyms: ['Vorkaufsrechtsverzicht', 'Verzicht auf das Vorkaufsrecht'],
    category: 'Bauen',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'ab 25,00 €', verified: false },
    documents: ['Kaufvertrag oder Auszug daraus', 'Angabe von Gemarkung, Flur und Flurstück'],
  },
  {
    key: '99012080006000',
    name: 'Anschluss an die Abwasserkanalisation beantragen',
    summary:
      'Neubauten und geänderte Grundstücksentwässerungen müssen an die öffentliche Kanalisation angeschlossen werden. Die Gemeinde prüft die Entwässerungsplanung.',
    keywords: ['Kanalanschluss', 'Abwasser', 'Schmutzwasser', 'Regenwasser', 'Grundstücksentwässerung'],
    synonyms: ['Entwässerungsantrag', 'Hausanschluss Abwasser'],
    category: 'Bauen',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: {
      amount: { kind: 'nach-aufwand' },
      text: 'nach der Abwassersatzung; der Anschlussbeitrag wird gesondert festgesetzt',
      verified: false,
    },
    documents: ['Lageplan', 'Entwässerungsplan mit Leitungsführung', 'Grundrisse und Schnitte'],
  },

  // ── Verkehr und Mobilität ──────────────────────────────────────────────────────────────────────────
  {
    key: '99108001001000', // LeiKa Sekundärquelle
    name: 'Bewohnerparkausweis beantragen',
    summary: 'Wer in einer Bewohnerparkzone wohnt, kann einen Parkausweis für sein Fahrzeug beantragen. Er gilt nur in der eigenen Zone.',
    keywords: ['Anwohnerparken', 'Parkausweis', 'Bewohnerparkzone', 'Innenstadt', 'Parkplatz'],
    synonyms: ['Anwohnerparkausweis', 'Parkvignette'],
    category: 'Verkehr und Mobilität',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'betrag', euro: 30.7, per: 'Jahr' }, text: '30,70 € für ein Jahr', verified: false },
    documents: ['Zulassungsbescheinigung Teil I', 'Personalausweis oder Reisepass', 'bei Firmen- oder Leihwagen: Nutzungsbestätigung'],
  },
  {
    key: '99108002012000',
    name: 'Parkerleichterung für schwerbehinderte Menschen beantragen',
    summary:
      'Mit dem blauen EU-Parkausweis dürfen Menschen mit außergewöhnlicher Gehbehinderung auf Behindertenparkplätzen parken; der orangefarbene Ausweis gewährt bestimmten weiteren schwerbehinderten Menschen Parkerleichterungen, etwa im eingeschränkten Halteverbot.',
    keywords: ['Behindertenparkausweis', 'blauer Parkausweis', 'aG', 'Schwerbehinderung', 'Behindertenparkplatz'],
    synonyms: ['Parkausweis für Behinderte', 'EU-Parkausweis'],
    category: 'Verkehr und Mobilität',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Schwerbehindertenausweis mit Merkzeichen aG, Bl oder H', 'ein aktuelles Lichtbild'],
  },
  {
    key: '99108003006000',
    name: 'Halteverbot für Umzug einrichten lassen',
    summary:
      'Für den Umzugswagen können Sie vor dem Haus eine zeitlich begrenzte Halteverbotszone einrichten lassen. Der Antrag muss mindestens zwei Wochen vorher gestellt werden; die Schilder stehen 72 Stunden vorher.',
    keywords: ['Umzug', 'Halteverbotszone', 'Umzugswagen', 'Parkverbot', 'Möbelwagen'],
    synonyms: ['Halteverbotsschild Umzug', 'Parkverbot Umzug'],
    category: 'Verkehr und Mobilität',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'ab 35,00 € zuzüglich Kosten für die Beschilderung', verified: false },
    documents: ['Anschrift und Länge der benötigten Fläche', 'Datum und Uhrzeit des Umzugs'],
  },

  // ── Soziales ───────────────────────────────────────────────────────────────────────────────────────
  {
    key: '99045001037000',
    name: 'Leistungen für Bildung und Teilhabe beantragen',
    summary:
      'Kinder aus Familien mit Bürgergeld, Sozialhilfe, Wohngeld oder Kinderzuschlag erhalten Zuschüsse für Schulausflüge, Schulbedarf, Mittagessen, Nachhilfe sowie Sport- und Musikvereine.',
    keywords: ['BuT', 'Bildungspaket', 'Schulbedarf', 'Klassenfahrt', 'Mittagessen', 'Nachhilfe', 'Vereinsbeitrag'],
    synonyms: ['Bildungs- und Teilhabepaket', 'Bildungsgutschein'],
    category: 'Soziales',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Bescheid über Wohngeld, Kinderzuschlag oder Sozialhilfe', 'Nachweis der Schule oder des Vereins über die Kosten'],
  },
  {
    key: '99045002037000',
    name: 'Grundsicherung im Alter und bei Erwerbsminderung beantragen',
    summary:
      'Wer die Altersgrenze erreicht hat oder dauerhaft voll erwerbsgemindert ist und seinen Lebensunterhalt nicht aus eigenem Einkommen bestreiten kann, erhält Grundsicherung nach dem SGB XII.',
    keywords: ['Grundsicherung', 'Rente zu niedrig', 'Altersarmut', 'Erwerbsminderung', 'SGB XII', 'Sozialamt'],
    synonyms: ['Grundsicherung im Alter', 'Sozialhilfe für Rentner'],
    category: 'Soziales',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: [
      'Personalausweis oder Reisepass',
      'Rentenbescheid',
      'Mietvertrag und Nebenkostenabrechnung',
      'Kontoauszüge der letzten drei Monate',
      'Nachweise über Vermögen',
    ],
  },
  {
    key: '99045003037000',
    name: 'Hilfe zum Lebensunterhalt beantragen',
    summary:
      'Personen, die vorübergehend nicht erwerbsfähig sind und keinen Anspruch auf Bürgergeld haben, erhalten Hilfe zum Lebensunterhalt nach dem SGB XII.',
    keywords: ['Sozialhilfe', 'SGB XII', 'Lebensunterhalt', 'Sozialamt', 'Regelsatz'],
    synonyms: ['Sozialhilfe beantragen', 'HLU'],
    category: 'Soziales',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: [
      'Personalausweis oder Reisepass',
      'Einkommensnachweise',
      'Mietvertrag',
      'Kontoauszüge der letzten drei Monate',
      'ärztliche Bescheinigung über die Erwerbsfähigkeit',
    ],
  },

  // ── Steuern und Abgaben ────────────────────────────────────────────────────────────────────────────
  {
    key: '99102001120000',
    name: 'SEPA-Lastschriftmandat für Steuern und Abgaben erteilen',
    summary:
      'Grundsteuer, Hundesteuer und Gebühren können bequem per Lastschrift eingezogen werden. Das Mandat gilt bis zum Widerruf für alle Zahlungen an die Gemeindekasse.',
    keywords: ['Grundsteuer', 'Lastschrift', 'Einzugsermächtigung', 'Bankverbindung', 'Gemeindekasse', 'Abgaben'],
    synonyms: ['Abbuchungsauftrag', 'Lastschriftmandat', 'Bankverbindung ändern'],
    category: 'Steuern und Abgaben',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['IBAN und Name der Kontoinhaberin oder des Kontoinhabers', 'Kassenzeichen des Abgabenbescheids'],
  },
  {
    key: '99102002109000',
    name: 'Grundsteuererlass beantragen',
    summary:
      'Ist der Ertrag eines bebauten Grundstücks wegen nicht selbst verschuldeter Umstände, etwa Leerstand, stark gemindert, kann die Grundsteuer teilweise erlassen werden. Der Antrag ist bis zum 31. März des Folgejahres zu stellen.',
    keywords: ['Grundsteuer', 'Leerstand', 'Mietausfall', 'Ertragsminderung', 'Erlass'],
    synonyms: ['Grundsteuer Erlass', 'Grundsteuer mindern'],
    category: 'Steuern und Abgaben',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Grundsteuerbescheid', 'Nachweise über Mietausfall und Vermietungsbemühungen'],
  },
  {
    key: '99102015104000',
    name: 'Zweitwohnungsteuer anmelden',
    summary:
      'Wer in der Gemeinde eine Nebenwohnung innehat, zahlt nach der Zweitwohnungsteuersatzung eine Steuer auf den Mietaufwand. Die Steuererklärung ist innerhalb eines Monats nach Bezug abzugeben.',
    keywords: ['Zweitwohnung', 'Nebenwohnung', 'Ferienwohnung', 'Zweitwohnsitz', 'Steuererklärung'],
    synonyms: ['Zweitwohnsitzsteuer', 'Steuer Nebenwohnung'],
    category: 'Steuern und Abgaben',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: {
      amount: { kind: 'gebuehrenfrei' },
      text: 'gebührenfrei; die Steuer richtet sich nach der Zweitwohnungsteuersatzung',
      verified: false,
    },
    documents: ['Mietvertrag oder Nachweis der ortsüblichen Miete', 'Meldebestätigung der Nebenwohnung'],
  },
  {
    key: '99102016104000',
    name: 'Vergnügungssteuer anmelden',
    summary:
      'Betreiberinnen und Betreiber von Spielgeräten mit Gewinnmöglichkeit melden die Vergnügungssteuer vierteljährlich anhand der Zählwerkausdrucke an.',
    keywords: ['Spielautomat', 'Spielhalle', 'Geldspielgerät', 'Steueranmeldung', 'Zählwerk'],
    synonyms: ['Spielgerätesteuer', 'Vergnügungssteuererklärung'],
    category: 'Steuern und Abgaben',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: {
      amount: { kind: 'gebuehrenfrei' },
      text: 'gebührenfrei; die Steuer richtet sich nach der Vergnügungssteuersatzung',
      verified: false,
    },
    documents: ['Zählwerkausdrucke je Gerät für den Anmeldezeitraum', 'Aufstellungsort und Zulassungsnummer der Geräte'],
  },
  {
    key: '99102003110000',
    name: 'Stundung oder Ratenzahlung von Abgaben beantragen',
    summary:
      'Können Sie fällige Steuern oder Gebühren vorübergehend nicht zahlen, kann die Gemeindekasse die Zahlung stunden oder Raten vereinbaren.',
    keywords: ['Ratenzahlung', 'Stundung', 'Zahlungsaufschub', 'Gemeindekasse', 'Mahnung'],
    synonyms: ['Raten vereinbaren', 'Zahlungserleichterung'],
    category: 'Steuern und Abgaben',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'Stundungszinsen von 0,5 % je Monat nach der Abgabenordnung', verified: false },
    documents: ['Bescheid mit Kassenzeichen', 'Nachweise über Einkommen und Ausgaben'],
  },

  // ── Kinder und Bildung ─────────────────────────────────────────────────────────────────────────────
  {
    key: '99104001104000',
    name: 'Kita-Platz anmelden',
    summary:
      'Für Krippe, Kindergarten oder Hort melden Sie Ihr Kind bei der Gemeinde an. Ab dem ersten Geburtstag besteht ein Rechtsanspruch auf einen Betreuungsplatz.',
    keywords: ['Kindergarten', 'Krippe', 'Kita', 'Hort', 'Betreuungsplatz', 'Rechtsanspruch'],
    synonyms: ['Kindergartenplatz anmelden', 'Krippenplatz', 'Kita-Anmeldung'],
    category: 'Kinder und Bildung',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Geburtsurkunde des Kindes', 'bei Ganztagsbedarf: Arbeitgeberbescheinigungen der Eltern'],
  },
  {
    key: '99104002109000',
    name: 'Ermäßigung der Kita-Gebühren beantragen',
    summary:
      'Der Kindergarten ist in Niedersachsen ab dem dritten Lebensjahr beitragsfrei. Für Krippe, Hort und Verpflegung können Familien mit geringem Einkommen eine Ermäßigung beantragen.',
    keywords: ['Kita-Gebühren', 'Krippengebühren', 'Hortgebühren', 'Elternbeitrag', 'Essensgeld', 'Ermäßigung'],
    synonyms: ['Beitragsermäßigung Kita', 'Kita-Beitrag ermäßigen'],
    category: 'Kinder und Bildung',
    level: 'gemeinde',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Einkommensnachweise beider Eltern', 'gegebenenfalls Bescheid über Bürgergeld, Wohngeld oder Kinderzuschlag'],
  },
  {
    key: '99104003104000',
    name: 'Ferienbetreuung anmelden',
    summary:
      'In den Sommer- und Herbstferien bietet die Gemeinde für Grundschulkinder eine Ferienbetreuung an. Die Plätze werden nach Eingang der Anmeldung vergeben.',
    keywords: ['Ferien', 'Ferienprogramm', 'Grundschule', 'Kinderbetreuung', 'Sommerferien'],
    synonyms: ['Ferienpass', 'Ferienspiele'],
    category: 'Kinder und Bildung',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'Teilnahmebeitrag je Woche nach der Gebührensatzung', verified: false },
    documents: ['Angaben zum Kind und zu Erziehungsberechtigten', 'gegebenenfalls Hinweise zu Allergien oder Medikamenten'],
  },

  // ── Öffentliche Ordnung ────────────────────────────────────────────────────────────────────────────
  {
    key: '99106001064000',
    name: 'Veranstaltung anmelden',
    summary:
      'Öffentliche Feste, Umzüge, Konzerte und Märkte im Freien müssen rechtzeitig beim Ordnungsamt angemeldet werden. Je nach Größe sind ein Sicherheitskonzept und weitere Erlaubnisse nötig.',
    keywords: ['Straßenfest', 'Konzert', 'Umzug', 'Dorffest', 'Sicherheitskonzept', 'Ordnungsamt'],
    synonyms: ['Veranstaltungsanzeige', 'Fest anmelden', 'Veranstaltungsgenehmigung'],
    category: 'Öffentliche Ordnung',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'je nach Umfang 25,00 € bis 250,00 €', verified: false },
    documents: [
      'Beschreibung der Veranstaltung mit Ort, Zeit und erwarteter Besucherzahl',
      'Lageplan',
      'gegebenenfalls Sicherheitskonzept',
    ],
  },
  {
    key: '99106002064000',
    name: 'Osterfeuer anmelden',
    summary:
      'Brauchtumsfeuer zu Ostern müssen bei der Gemeinde angezeigt werden. Verbrannt werden darf nur unbehandeltes Holz und Baumschnitt; das Material ist kurz vor dem Abbrennen umzuschichten, damit Tiere fliehen können.',
    keywords: ['Osterfeuer', 'Brauchtumsfeuer', 'Feuer', 'Baumschnitt', 'Ostern'],
    synonyms: ['Brauchtumsfeuer anzeigen', 'Osterfeuer anzeigen'],
    category: 'Öffentliche Ordnung',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Lageplan mit Feuerstelle und Abständen zu Gebäuden und Wald', 'Name der verantwortlichen Person'],
  },
  {
    key: '99106003064000',
    name: 'Lärmbeschwerde einreichen',
    summary:
      'Ruhestörungen durch Nachbarn, Baustellen, Gaststätten oder Veranstaltungen können Sie beim Ordnungsamt melden. Bei akuter nächtlicher Ruhestörung ist die Polizei zuständig.',
    keywords: ['Ruhestörung', 'Lärm', 'Nachbar', 'Baustellenlärm', 'Nachtruhe', 'Ordnungsamt'],
    synonyms: ['Lärm melden', 'Ruhestörung melden'],
    category: 'Öffentliche Ordnung',
    level: 'gemeinde',
    trustLevel: 'none',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Beschreibung der Lärmquelle mit Ort, Datum und Uhrzeit', 'wenn vorhanden: Lärmprotokoll'],
  },
  {
    key: '99106004006000',
    name: 'Plakatierung beantragen',
    summary:
      'Plakate für Veranstaltungen dürfen an Laternen und im öffentlichen Straßenraum nur mit Erlaubnis aufgehängt werden. Für Wahlplakate gelten besondere Fristen.',
    keywords: ['Plakate', 'Werbung', 'Wahlplakate', 'Laternenmast', 'Veranstaltungswerbung'],
    synonyms: ['Plakatiererlaubnis', 'Plakate aufhängen'],
    category: 'Öffentliche Ordnung',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'ab 20,00 €; Wahlwerbung gebührenfrei', verified: false },
    documents: ['Muster des Plakats', 'Anzahl, Größe und Standorte der Plakate', 'Zeitraum der Plakatierung'],
  },

  // ── Umwelt und Abfall ──────────────────────────────────────────────────────────────────────────────
  {
    key: '99081001064000',
    name: 'Illegale Müllablagerung melden',
    summary:
      'Wilden Müll an Wegen, Parkplätzen oder im Wald können Sie der Gemeinde melden. Sie lässt ihn beseitigen und ermittelt, wenn möglich, die Verursacher.',
    keywords: ['wilder Müll', 'Müllablagerung', 'Sperrmüll am Straßenrand', 'Umweltverschmutzung', 'Mängelmelder'],
    synonyms: ['wilden Müll melden', 'Müll gefunden'],
    category: 'Umwelt und Abfall',
    level: 'gemeinde',
    trustLevel: 'none',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Ort der Ablagerung, wenn möglich mit Foto'],
  },

  // ── Ehrenamt und Wahlen ────────────────────────────────────────────────────────────────────────────
  {
    key: '99116001012000',
    name: 'Ehrenamtskarte beantragen',
    summary:
      'Wer sich mindestens fünf Stunden in der Woche oder 250 Stunden im Jahr ehrenamtlich engagiert, erhält die Niedersächsische Ehrenamtskarte mit Vergünstigungen bei vielen Partnern.',
    keywords: ['Ehrenamt', 'Ehrenamtskarte', 'Vergünstigung', 'Verein', 'Engagement'],
    synonyms: ['Ehrenamtsausweis', 'Ehrenamtskarte Niedersachsen'],
    category: 'Ehrenamt und Wahlen',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Bestätigung der Organisation über Art und Umfang des Engagements', 'ein aktuelles Lichtbild'],
  },
  {
    key: '99116002012000',
    name: 'Briefwahl beantragen',
    summary:
      'Mit dem Wahlschein können Sie per Brief oder in einem anderen Wahllokal Ihres Wahlkreises wählen. Der Antrag ist bis zum zweiten Tag vor der Wahl, 18 Uhr, möglich.',
    keywords: ['Wahlschein', 'Briefwahlunterlagen', 'Wahl', 'Bundestagswahl', 'Kommunalwahl', 'Wahlbenachrichtigung'],
    synonyms: ['Wahlschein beantragen', 'Briefwahlantrag'],
    category: 'Ehrenamt und Wahlen',
    level: 'gemeinde',
    trustLevel: 'none',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Wahlbenachrichtigung oder Angabe von Name, Geburtsdatum und Anschrift'],
  },
  {
    key: '99116003064000',
    name: 'Als Wahlhelferin oder Wahlhelfer melden',
    summary:
      'Für jede Wahl werden Wahlhelferinnen und Wahlhelfer für Wahllokale und Briefwahlvorstände gesucht. Sie erhalten ein Erfrischungsgeld.',
    keywords: ['Wahlhelfer', 'Wahlvorstand', 'Wahllokal', 'Ehrenamt', 'Erfrischungsgeld'],
    synonyms: ['Wahlhelfer werden', 'Wahlhelfer melden'],
    category: 'Ehrenamt und Wahlen',
    level: 'gemeinde',
    trustLevel: 'none',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Name, Anschrift und Kontaktdaten'],
  },

  // ── Leistungen des Landkreises ────────────────────────────────────────────────────────────────────
  {
    key: '99036001104000',
    name: 'Fahrzeug zulassen',
    summary:
      'Neue, gebrauchte und umgemeldete Fahrzeuge lassen Sie bei der Zulassungsbehörde des Landkreises zu. Mit Online-Ausweis und Sicherheitscodes auf den Zulassungsbescheinigungen geht das auch online.',
    keywords: ['Kfz-Zulassung', 'Auto anmelden', 'Neuzulassung', 'Umschreibung', 'Halterwechsel', 'i-Kfz', 'Kennzeichen'],
    synonyms: ['Auto zulassen', 'Kfz anmelden', 'Fahrzeug anmelden'],
    category: 'Verkehr und Mobilität',
    level: 'landkreis',
    trustLevel: 'hoch',
    fee: {
      amount: { kind: 'nach-aufwand' },
      text: 'ab 27,00 € zuzüglich Kennzeichenschilder; bei Online-Antrag ermäßigt',
      verified: false,
    },
    documents: [
      'Personalausweis oder Reisepass',
      'Zulassungsbescheinigung Teil I und Teil II',
      'elektronische Versicherungsbestätigung (eVB-Nummer)',
      'SEPA-Lastschriftmandat für die Kfz-Steuer',
      'Nachweis der Hauptuntersuchung bei Gebrauchtfahrzeugen',
    ],
  },
  {
    key: '99036001105000',
    name: 'Fahrzeug außer Betrieb setzen',
    summary:
      'Wird ein Fahrzeug stillgelegt, verkauft ins Ausland oder verschrottet, setzen Sie es bei der Zulassungsbehörde außer Betrieb. Online geht das mit den freigelegten Sicherheitscodes von Siegel und Zulassungsbescheinigung.',
    keywords: ['Kfz-Abmeldung', 'Auto abmelden', 'Stilllegung', 'Verschrottung', 'Verwertungsnachweis'],
    synonyms: ['Auto abmelden', 'Fahrzeug abmelden', 'Kfz stilllegen'],
    category: 'Verkehr und Mobilität',
    level: 'landkreis',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'ab 7,00 €; bei Online-Antrag ermäßigt', verified: false },
    documents: ['Zulassungsbescheinigung Teil I', 'Kennzeichenschilder', 'bei Verschrottung: Verwertungsnachweis'],
  },
  {
    key: '99036002170000',
    name: 'Wunschkennzeichen reservieren',
    summary: 'Ein freies Wunschkennzeichen können Sie vor der Zulassung online reservieren. Die Reservierung gilt 90 Tage.',
    keywords: ['Wunschkennzeichen', 'Kennzeichen reservieren', 'Nummernschild', 'DH', 'SY'],
    synonyms: ['Wunschnummer', 'Kennzeichen reservieren'],
    category: 'Verkehr und Mobilität',
    level: 'landkreis',
    trustLevel: 'none',
    fee: { amount: { kind: 'betrag', euro: 12.8 }, text: '12,80 € (Reservierung 2,60 € und Zuteilung 10,20 €)', verified: false },
    documents: ['gewünschte Buchstaben- und Zahlenkombination'],
  },
  {
    key: '99036010012000',
    name: 'Führerschein erstmals beantragen',
    summary:
      'Vor Beginn der Fahrausbildung beantragen Sie die Fahrerlaubnis bei der Fahrerlaubnisbehörde. Nach bestandener Prüfung erhalten Sie den Kartenführerschein.',
    keywords: ['Fahrerlaubnis', 'Führerschein', 'Fahrschule', 'Klasse B', 'begleitetes Fahren', 'BF17'],
    synonyms: ['Fahrerlaubnis beantragen', 'Führerscheinantrag'],
    category: 'Verkehr und Mobilität',
    level: 'landkreis',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'ab 43,40 € zuzüglich Prüfungsgebühren', verified: false },
    documents: [
      'Personalausweis oder Reisepass',
      'ein aktuelles biometrisches Lichtbild',
      'Sehtestbescheinigung',
      'Nachweis über die Erste-Hilfe-Schulung',
    ],
  },
  {
    key: '99036010160000',
    name: 'Führerschein umtauschen',
    summary:
      'Alte Papier- und Kartenführerscheine müssen je nach Geburts- oder Ausstellungsjahr fristgerecht in den neuen EU-Kartenführerschein umgetauscht werden.',
    keywords: ['Pflichtumtausch', 'Papierführerschein', 'rosa Führerschein', 'grauer Führerschein', 'EU-Führerschein'],
    synonyms: ['Führerscheinumtausch', 'Führerschein tauschen'],
    category: 'Verkehr und Mobilität',
    level: 'landkreis',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'betrag', euro: 25.3 }, text: '25,30 €, bei Direktversand zuzüglich 5,10 €', verified: false },
    documents: [
      'bisheriger Führerschein',
      'ein aktuelles biometrisches Lichtbild',
      'Personalausweis oder Reisepass',
      'bei Ausstellung durch eine andere Behörde: Karteikartenabschrift',
    ],
  },
  {
    key: '99036010012001',
    name: 'Ersatzführerschein beantragen',
    summary:
      'Ist Ihr Führerschein verloren gegangen, gestohlen oder unleserlich, erhalten Sie ein Ersatzdokument. Bis dahin gibt es auf Wunsch eine vorläufige Fahrberechtigung.',
    keywords: ['Führerschein verloren', 'Führerschein gestohlen', 'Ersatzführerschein', 'Duplikat'],
    synonyms: ['Führerschein Ersatz', 'Zweitschrift Führerschein'],
    category: 'Verkehr und Mobilität',
    level: 'landkreis',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'ab 39,80 €', verified: false },
    documents: [
      'Personalausweis oder Reisepass',
      'ein aktuelles biometrisches Lichtbild',
      'bei Diebstahl: Anzeigebestätigung der Polizei',
      'eidesstattliche Versicherung über den Verlust',
    ],
  },
  {
    key: '99041002037000',
    name: 'Elterngeld beantragen',
    summary:
      'Elterngeld ersetzt einen Teil des wegfallenden Einkommens, wenn Sie Ihr Kind nach der Geburt betreuen. Die Elterngeldstelle des Landkreises zahlt Basiselterngeld, ElterngeldPlus und den Partnerschaftsbonus.',
    keywords: ['Elterngeld', 'ElterngeldPlus', 'Elternzeit', 'Partnerschaftsbonus', 'Geburt', 'Elterngeldstelle'],
    synonyms: ['Elterngeldantrag', 'Basiselterngeld'],
    category: 'Geburt und Familie',
    level: 'landkreis',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: [
      'Geburtsurkunde für Elterngeld',
      'Einkommensnachweise der letzten zwölf Monate vor der Geburt',
      'Bescheinigung der Krankenkasse über Mutterschaftsgeld',
      'Bescheinigung des Arbeitgebers über Arbeitszeit während des Bezugs',
    ],
  },
  {
    key: '99107023037000', // LeiKa Sekundärquelle
    name: 'Wohngeld beantragen',
    summary:
      'Wohngeld ist ein Zuschuss zur Miete oder zu den Kosten für selbst genutztes Wohneigentum für Haushalte mit geringem Einkommen. Es wird in der Regel für zwölf Monate bewilligt.',
    keywords: ['Wohngeld', 'Mietzuschuss', 'Lastenzuschuss', 'Wohngeld-Plus', 'Miete zu hoch'],
    synonyms: ['Mietzuschuss beantragen', 'Wohngeld Plus'],
    category: 'Soziales',
    level: 'landkreis',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: [
      'Personalausweis oder Reisepass',
      'Mietvertrag und Mietbescheinigung des Vermieters',
      'Einkommensnachweise aller Haushaltsmitglieder',
      'Kontoauszüge der letzten drei Monate',
    ],
  },
  {
    key: '99022001017003', // LeiKa Sekundärquelle
    name: 'Schüler-BAföG beantragen',
    summary:
      'Schülerinnen und Schüler weiterführender Schulen, Berufsfachschulen und Fachoberschulen können Ausbildungsförderung nach dem BAföG erhalten. Zuständig ist das Amt für Ausbildungsförderung des Landkreises.',
    keywords: ['BAföG', 'Ausbildungsförderung', 'Schüler-BAföG', 'Fachschule', 'Berufsfachschule'],
    synonyms: ['BAföG beantragen', 'Ausbildungsförderung beantragen'],
    category: 'Kinder und Bildung',
    level: 'landkreis',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: [
      'Formblatt 1 mit Schulbescheinigung',
      'Einkommenserklärung der Eltern (Formblatt 3) mit Steuerbescheiden',
      'Mietvertrag bei eigener Wohnung',
    ],
  },
  {
    key: '99060001012000',
    name: 'Waffenbesitzkarte beantragen',
    summary:
      'Wer erlaubnispflichtige Schusswaffen erwerben und besitzen will, etwa als Jägerin, Sportschütze oder Erbe, braucht eine Waffenbesitzkarte der Waffenbehörde des Landkreises.',
    keywords: ['Waffen', 'WBK', 'Sportschütze', 'Jäger', 'Erbwaffe', 'Waffenbehörde'],
    synonyms: ['WBK beantragen', 'Waffenerlaubnis'],
    category: 'Öffentliche Ordnung',
    level: 'landkreis',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'nach Aufwand, in der Regel ab 60,00 €', verified: false },
    documents: [
      'Personalausweis oder Reisepass',
      'Nachweis des Bedürfnisses (Schießsportverband, Jagdschein oder Erbnachweis)',
      'Sachkundenachweis',
      'Nachweis über die sichere Aufbewahrung',
    ],
  },
  {
    key: '99060002012000',
    name: 'Kleinen Waffenschein beantragen',
    summary:
      'Wer Schreckschuss-, Reizstoff- oder Signalwaffen außerhalb der eigenen Wohnung führen will, braucht den Kleinen Waffenschein.',
    keywords: ['Schreckschusspistole', 'Reizstoffsprühgerät', 'Signalwaffe', 'PTB', 'Waffenbehörde'],
    synonyms: ['Kleiner Waffenschein', 'Schreckschusswaffe führen'],
    category: 'Öffentliche Ordnung',
    level: 'landkreis',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'ca. 60,00 €', verified: false },
    documents: ['Personalausweis oder Reisepass'],
  },
  {
    key: '99062001012000',
    name: 'Jagdschein beantragen oder verlängern',
    summary:
      'Nach bestandener Jägerprüfung stellt die untere Jagdbehörde des Landkreises den Jahres- oder Dreijahresjagdschein aus und verlängert ihn.',
    keywords: ['Jagdschein', 'Jägerprüfung', 'Jagd', 'Jagdbehörde', 'Jagdhaftpflicht'],
    synonyms: ['Jagdschein verlängern', 'Jahresjagdschein'],
    category: 'Umwelt und Abfall',
    level: 'landkreis',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'je nach Geltungsdauer ab 37,00 € zuzüglich Jagdabgabe', verified: false },
    documents: [
      'Personalausweis oder Reisepass',
      'Zeugnis über die bestandene Jägerprüfung',
      'Nachweis der Jagdhaftpflichtversicherung',
      'ein aktuelles Lichtbild',
    ],
  },
  {
    key: '99012070006001', // LeiKa belegt
    name: 'Baugenehmigung beantragen',
    summary:
      'Für die Errichtung, Änderung oder Nutzungsänderung baulicher Anlagen brauchen Sie in der Regel eine Baugenehmigung der unteren Bauaufsichtsbehörde. Den Bauantrag reicht eine bauvorlageberechtigte Person ein.',
    keywords: ['Bauantrag', 'Bauen', 'Hausbau', 'Anbau', 'Bauaufsicht', 'NBauO', 'Architekt'],
    synonyms: ['Bauantrag stellen', 'Baugenehmigung'],
    category: 'Bauen',
    level: 'landkreis',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'nach der Baugebührenordnung, abhängig von den Baukosten', verified: false },
    documents: [
      'Bauantragsformular',
      'amtlicher Lageplan',
      'Bauzeichnungen (Grundrisse, Schnitte, Ansichten)',
      'Baubeschreibung und Berechnung der Baukosten',
      'Standsicherheits- und Wärmeschutznachweis',
    ],
  },
  {
    key: '99012071006000',
    name: 'Bauvoranfrage stellen',
    summary:
      'Mit einer Bauvoranfrage klären Sie einzelne Fragen, etwa ob ein Grundstück überhaupt bebaubar ist, vor dem eigentlichen Bauantrag verbindlich. Der Bauvorbescheid gilt drei Jahre.',
    keywords: ['Bauvorbescheid', 'Bebaubarkeit', 'Grundstückskauf', 'Bauaufsicht', 'Voranfrage'],
    synonyms: ['Bauvorbescheid beantragen', 'Voranfrage Bauen'],
    category: 'Bauen',
    level: 'landkreis',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'nach der Baugebührenordnung, abhängig vom Umfang der Fragen', verified: false },
    documents: ['formloser Antrag mit konkreten Fragen', 'amtlicher Lageplan', 'Skizzen des Vorhabens'],
  },
  {
    key: '99015001012000',
    name: 'Einbürgerung beantragen',
    summary:
      'Wer seit mindestens fünf Jahren rechtmäßig in Deutschland lebt, seinen Lebensunterhalt selbst sichert und die Voraussetzungen des Staatsangehörigkeitsgesetzes erfüllt, kann eingebürgert werden. Mehrstaatigkeit ist zulässig.',
    keywords: ['Einbürgerung', 'deutsche Staatsangehörigkeit', 'Einbürgerungstest', 'Staatsbürgerschaft', 'Doppelpass'],
    synonyms: ['deutschen Pass beantragen', 'Staatsangehörigkeit beantragen'],
    category: 'Ausweise und Dokumente',
    level: 'landkreis',
    trustLevel: 'hoch',
    fee: {
      amount: { kind: 'betrag', euro: 255, per: 'Person' },
      text: '255,00 € je Person, 51,00 € je miteingebürgertem minderjährigen Kind',
      verified: false,
    },
    documents: [
      'Nationalpass und Aufenthaltstitel',
      'Geburts- und gegebenenfalls Eheurkunde mit Übersetzung',
      'Nachweis über Deutschkenntnisse (B1)',
      'Einbürgerungstest oder gleichwertiger Schulabschluss',
      'Nachweise über Einkommen und Krankenversicherung',
    ],
  },
  {
    key: '99015002012000',
    name: 'Aufenthaltstitel beantragen oder verlängern',
    summary:
      'Ausländerinnen und Ausländer aus Staaten außerhalb der EU beantragen Aufenthaltserlaubnis, Niederlassungserlaubnis oder deren Verlängerung bei der Ausländerbehörde des Landkreises.',
    keywords: ['Aufenthaltserlaubnis', 'Niederlassungserlaubnis', 'Visum', 'Ausländerbehörde', 'eAT', 'Blaue Karte'],
    synonyms: ['Aufenthaltserlaubnis verlängern', 'Aufenthaltstitel'],
    category: 'Ausweise und Dokumente',
    level: 'landkreis',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'nach der Aufenthaltsverordnung, in der Regel 100,00 € bis 113,00 €', verified: false },
    documents: [
      'Nationalpass',
      'ein aktuelles biometrisches Lichtbild',
      'Nachweise über Einkommen und Krankenversicherung',
      'Mietvertrag oder Meldebescheinigung',
    ],
  },
  {
    key: '99045010012000',
    name: 'Schwerbehindertenausweis beantragen',
    summary:
      'Der Landkreis nimmt Anträge auf Feststellung einer Behinderung und auf den Schwerbehindertenausweis entgegen. Entschieden wird vom Niedersächsischen Landesamt für Soziales, Jugend und Familie.',
    keywords: ['Schwerbehinderung', 'Grad der Behinderung', 'GdB', 'Merkzeichen', 'Behindertenausweis'],
    synonyms: ['Behindertenausweis', 'GdB feststellen lassen'],
    category: 'Soziales',
    level: 'landkreis',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Personalausweis oder Reisepass', 'ärztliche Befunde und Entlassungsberichte', 'ein aktuelles Lichtbild (ab zehn Jahren)'],
  },
  {
    key: '99027011006000',
    name: 'Namensänderung beantragen',
    summary:
      'Liegt ein wichtiger Grund vor, kann der Familien- oder Vorname nach dem Namensänderungsgesetz geändert werden. Zuständig ist der Landkreis; Namenserklärungen nach Heirat oder Scheidung nimmt das Standesamt entgegen.',
    keywords: ['Namensänderung', 'Vorname ändern', 'Familienname ändern', 'Namensänderungsgesetz', 'wichtiger Grund'],
    synonyms: ['Namen ändern', 'öffentlich-rechtliche Namensänderung'],
    category: 'Ausweise und Dokumente',
    level: 'landkreis',
    trustLevel: 'hoch',
    fee: { amount: { kind: 'nach-aufwand' }, text: 'nach Aufwand: Familienname bis 1.534,00 €, Vorname bis 255,00 €', verified: false },
    documents: ['Personalausweis oder Reisepass', 'Geburtsurkunde', 'Begründung mit Nachweisen', 'Führungszeugnis'],
  },
  {
    key: '99081002170000',
    name: 'Sperrmüll anmelden',
    summary:
      'Sperrige Abfälle aus dem Haushalt holt die Abfallwirtschaftsgesellschaft des Landkreises auf Abruf ab. Sie erhalten einen Abholtermin.',
    keywords: ['Sperrmüll', 'Abholung', 'Möbel entsorgen', 'Abfallwirtschaft', 'AWG', 'Elektroschrott'],
    synonyms: ['Sperrmüllabholung', 'Sperrmüll bestellen'],
    category: 'Umwelt und Abfall',
    level: 'landkreis',
    trustLevel: 'none',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'in der Abfallgebühr enthalten', verified: false },
    documents: ['Abholanschrift', 'Liste der Gegenstände'],
  },
  {
    key: '99081003104000',
    name: 'Biotonne bestellen oder ändern',
    summary:
      'Die Biotonne bestellen, tauschen oder abmelden Sie bei der Abfallwirtschaft des Landkreises. Die Gebühr richtet sich nach Größe und Leerungsrhythmus.',
    keywords: ['Biotonne', 'Bioabfall', 'Mülltonne', 'Abfallbehälter', 'Tonnengröße', 'Kompost'],
    synonyms: ['Biotonne anmelden', 'Mülltonne bestellen'],
    category: 'Umwelt und Abfall',
    level: 'landkreis',
    trustLevel: 'niedrig',
    fee: {
      amount: { kind: 'nach-aufwand' },
      text: 'Jahresgebühr nach der Abfallgebührensatzung des Landkreises Diepholz',
      verified: false,
    },
    documents: ['Grundstücksanschrift', 'Angaben zur Eigentümerin oder zum Eigentümer'],
  },
  {
    key: '99104004037000',
    name: 'Förderung in der Kindertagespflege beantragen',
    summary:
      'Betreut eine Tagesmutter oder ein Tagesvater Ihr Kind, übernimmt das Jugendamt des Landkreises die Kosten der geeigneten Kindertagespflege; Eltern zahlen einen Kostenbeitrag nach Einkommen.',
    keywords: ['Tagesmutter', 'Tagesvater', 'Kindertagespflege', 'Jugendamt', 'Betreuung unter drei'],
    synonyms: ['Tagesmutter beantragen', 'Kindertagespflege'],
    category: 'Kinder und Bildung',
    level: 'landkreis',
    trustLevel: 'substantiell',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei; Kostenbeitrag der Eltern nach Einkommen', verified: false },
    documents: ['Betreuungsvertrag mit der Tagespflegeperson', 'Arbeitgeberbescheinigungen der Eltern', 'Einkommensnachweise'],
  },
  {
    key: '99104005037000',
    name: 'Schülerbeförderung beantragen',
    summary:
      'Schülerinnen und Schüler bis Klasse 10, deren Schulweg die Mindestentfernung überschreitet, erhalten eine Schülerfahrkarte vom Landkreis als Träger der Schülerbeförderung.',
    keywords: ['Schülerfahrkarte', 'Schulbus', 'Schulweg', 'Schülerticket', 'Fahrkosten'],
    synonyms: ['Schülerfahrkarte beantragen', 'Schulbus anmelden'],
    category: 'Kinder und Bildung',
    level: 'landkreis',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei bis Klasse 10', verified: false },
    documents: ['Schulbescheinigung', 'Angabe der Wohnanschrift und der Schule'],
  },
];
