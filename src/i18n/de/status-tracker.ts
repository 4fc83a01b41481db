/** Strings of <rathaus-status-tracker>. */
export const statusTracker = {
  myApplications: 'Meine Anträge',
  empty: 'Sie haben noch keine Anträge gestellt.',
  lookupHeading: 'Stand Ihres Antrags abfragen',
  lookupIntro: 'Sie haben einen Antrag ohne Anmeldung gestellt? Aktenzeichen und Zugangscode finden Sie auf Ihrer Eingangsbestätigung.',
  reference: 'Aktenzeichen',
  referenceHint: 'Steht oben auf Ihrer Eingangsbestätigung, zum Beispiel SYK-2026-000123.',
  accessCode: 'Zugangscode',
  accessCodeHint:
    'Steht auf Ihrer Eingangsbestätigung unter dem Aktenzeichen, zum Beispiel K7QM-3XPA-R9TD. Groß- und Kleinschreibung spielen keine Rolle.',
  show: 'Stand anzeigen',
  referenceMissing: 'Bitte geben Sie das Aktenzeichen ein.',
  referenceMalformed:
    'Das Aktenzeichen hat nicht die richtige Form. Es besteht aus einem Kürzel, der Jahreszahl und sechs Ziffern, zum Beispiel SYK-2026-000123.',
  accessCodeMissing: 'Bitte geben Sie den Zugangscode ein.',
  notFound:
    'Zu diesem Aktenzeichen und Zugangscode haben wir keinen Antrag gefunden. Bitte prüfen Sie beide Angaben auf Ihrer Eingangsbestätigung.',
  municipality: 'Kommune',
  currentStatus: 'Aktueller Stand',
  timeline: 'Verlauf',
  message: 'Nachricht der Verwaltung:',
  announce: (reference: string, status: string) => `Antrag ${reference}: ${status}`,
  announceWithMessage: (reference: string, status: string, message: string) =>
    `Antrag ${reference}: ${status}. Nachricht der Verwaltung: ${message}`,
  dataDeleted: (date: string) => `Daten gelöscht am ${date}`,
  dataDeletedExplanation: 'Die Löschfrist ist abgelaufen: Angaben, Anlagen und Nachrichten wurden gelöscht. Nur der Verlauf bleibt.',
};
