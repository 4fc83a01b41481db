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

  // Answering a Rückfrage
  yourAnswer: 'Ihre Antwort',
  answerFilesSent: 'Gesendete Dateien:',
  answerHeading: 'Rückfrage beantworten',
  answerIntro: 'Die Verwaltung braucht noch etwas von Ihnen. Antworten Sie hier; fehlende Unterlagen können Sie als Datei anhängen.',
  answerText: 'Ihre Antwort',
  answerFiles: 'Dateien anhängen (freiwillig)',
  answerFilesHint: (types: string, size: string, count: number) => `${types}, je Datei höchstens ${size}, bis zu ${count} Dateien.`,
  answerFileTypes: 'PDF, JPG oder PNG',
  answerChosen: 'Ausgewählte Dateien',
  answerRemoveFile: (name: string) => `Entfernen: ${name}`,
  answerSend: 'Antwort senden',
  answerSending: 'Antwort wird gesendet …',
  answerSent: 'Ihre Antwort ist bei der Verwaltung eingegangen. Sie sehen sie oben im Verlauf.',
  answerTextMissing: 'Bitte schreiben Sie Ihre Antwort.',
  answerFileType: (name: string) => `Die Datei „${name}“ hat ein anderes Format. Erlaubt sind PDF, JPG und PNG.`,
  answerFileSize: (name: string, size: string) => `Die Datei „${name}“ ist zu groß. Sie darf höchstens ${size} groß sein.`,
  answerTooManyFiles: (count: number) => `Sie können höchstens ${count} Dateien anhängen.`,
  answerNotAwaiting: 'Die Verwaltung wartet bei diesem Antrag nicht mehr auf eine Antwort.',
  answerFailed: 'Ihre Antwort konnte nicht gesendet werden. Bitte versuchen Sie es noch einmal.',
  answerErrorPrefix: 'Fehler:',
  announceAnswer: (reference: string) => `Antrag ${reference}: Ihre Antwort ist eingegangen.`,
  kilobytes: (size: string) => `${size} KB`,
  megabytes: (size: string) => `${size} MB`,

  downloadPdf: 'Bestätigung als PDF herunterladen',
  downloadFailed: 'Die Bestätigung konnte nicht heruntergeladen werden. Bitte versuchen Sie es noch einmal.',

  // E-mail on status changes
  statusMailLabel: 'E-Mail bei jeder Statusänderung',
  statusMailHint: 'An die Adresse aus Ihrem Antrag. Rückfragen der Verwaltung erhalten Sie immer per E-Mail.',
  statusMailFailed: 'Die Einstellung konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.',
  statusMailOn: (reference: string) => `Antrag ${reference}: Sie erhalten bei jeder Statusänderung eine E-Mail.`,
  statusMailOff: (reference: string) => `Antrag ${reference}: Sie erhalten keine E-Mails zu Statusänderungen mehr.`,
};
