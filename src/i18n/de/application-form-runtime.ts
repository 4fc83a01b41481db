/** The application form's interface (its chrome); labels and help of the fields come from the form definition. */
export const applicationFormRuntime = {
  checkingSignIn: 'Anmeldung wird geprüft …',
  unavailable: {
    heading: 'Nicht online möglich',
    inPerson: (service: string) => `„${service}“ kann hier noch nicht online beantragt werden. Bitte wenden Sie sich an Ihr Bürgerbüro.`,
    onlineFrom: (date: string) => `Ab dem ${date} ist das auch online möglich.`,
    noForm: 'Für diese Leistung gibt es kein Online-Formular.',
  },
  trust: {
    heading: 'Anmeldung erforderlich',
    signInNeeded: (level: string) =>
      `Für diese Leistung müssen Sie sich mit dem Vertrauensniveau „${level}“ anmelden, damit das Amt sicher weiß, wer den Antrag stellt.`,
    levelTooLow: (current: string, level: string) =>
      `Sie sind mit dem Vertrauensniveau „${current}“ angemeldet. Für diese Leistung ist das Vertrauensniveau „${level}“ nötig, ` +
      'damit das Amt sicher weiß, wer den Antrag stellt. Bitte melden Sie sich dafür erneut an.',
    levels: { none: 'ohne Anmeldung', niedrig: 'niedrig', substantiell: 'substanziell', hoch: 'hoch' },
    hints: {
      niedrig: 'Dafür genügt ein Nutzerkonto, zum Beispiel mit Benutzername und Passwort.',
      substantiell: 'Dafür brauchen Sie zum Beispiel ein ELSTER-Zertifikat oder den Online-Ausweis.',
      hoch: 'Dafür brauchen Sie den Online-Ausweis (Personalausweis mit PIN).',
    },
    draftKept: 'Ihre bisherigen Eingaben bleiben dabei erhalten.',
    signIn: (level: string) => `Mit Vertrauensniveau „${level}“ anmelden`,
    signInWith: (provider: string) => `Anmelden mit ${provider}`,
    chooseProvider: 'Womit möchten Sie sich anmelden?',
    notConfigured: 'Die Anmeldung ist auf dieser Seite nicht eingerichtet. Bitte wenden Sie sich an Ihr Bürgerbüro.',
    signInFailed: 'Die Anmeldung konnte nicht gestartet werden. Bitte versuchen Sie es erneut.',
  },
  progress: {
    label: 'Fortschritt',
    step: (current: number, total: number) => `Schritt ${current} von ${total}`,
    done: '(erledigt)',
  },
  requiredNote: 'Pflichtfelder sind mit „(Pflichtfeld)“ gekennzeichnet.',
  chooseOption: 'Bitte auswählen',
  next: 'Weiter',
  back: 'Zurück',
  send: 'Absenden',
  sending: 'Ihr Antrag wird gesendet …',
  restored: 'Wir haben Ihre bisherigen Eingaben wiederhergestellt.',
  filesToChooseAgain: 'Dateien speichern wir nicht zwischen. Bitte wählen Sie diese Dateien erneut aus:',
  errorSummary: 'Es gibt ein Problem',
  errorPrefix: 'Fehler:',
  errors: {
    required: (label: string) => `Bitte geben Sie „${label}“ an.`,
    choose: (label: string) => `Bitte wählen Sie bei „${label}“ eine Antwort aus.`,
    file: (label: string) => `Bitte wählen Sie eine Datei für „${label}“ aus.`,
    fileAgain: (label: string, name: string) => `Bitte wählen Sie die Datei „${name}“ für „${label}“ erneut aus.`,
    pattern: (label: string) => `„${label}“ hat nicht das richtige Format. Bitte beachten Sie den Hinweis zum Feld.`,
    email: 'Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de an.',
    iban: (label: string) => `„${label}“ ist keine gültige IBAN. Bitte prüfen Sie die Ziffern, z. B. DE89 3704 0044 0532 0130 00.`,
    consent: (label: string) => `Bitte bestätigen Sie: „${label}“.`,
    date: (label: string) => `„${label}“ muss ein gültiges Datum sein.`,
    integer: (label: string) => `„${label}“ muss eine ganze Zahl sein.`,
    number: (label: string) => `„${label}“ muss eine Zahl sein, zum Beispiel 12,50.`,
    minimum: (label: string, min: string) => `„${label}“ muss mindestens ${min} sein.`,
    maximum: (label: string, max: string) => `„${label}“ darf höchstens ${max} sein.`,
    minLength: (label: string, count: string) => `„${label}“ muss mindestens ${count} Zeichen lang sein.`,
    maxLength: (label: string, count: string) => `„${label}“ darf höchstens ${count} Zeichen lang sein.`,
    fileType: (label: string, types: string) => `Die Datei für „${label}“ muss im Format ${types} sein.`,
    fileSize: (label: string, size: string) => `Die Datei für „${label}“ ist zu groß. Sie darf höchstens ${size} groß sein.`,
  },
  file: {
    accepted: (types: string, size: string) => `Erlaubt: ${types}, höchstens ${size}.`,
    chosen: (name: string, size: string) => `Ausgewählt: ${name} (${size})`,
    remove: 'Datei entfernen',
    chooseAgain: (name: string) => `Sie hatten „${name}“ ausgewählt. Bitte wählen Sie die Datei erneut aus.`,
    megabytes: (size: string) => `${size} MB`,
    kilobytes: (size: string) => `${size} KB`,
  },
  repeat: {
    item: (title: string, n: number) => `${title} ${n}`,
    remove: (item: string) => `${item} entfernen`,
  },
  review: {
    heading: 'Angaben prüfen',
    intro: 'Bitte prüfen Sie Ihre Angaben, bevor Sie den Antrag absenden.',
    change: 'Ändern',
    empty: 'Keine Angabe',
    yes: 'Ja',
    no: 'Nein',
  },
  failure: {
    network:
      'Der Antrag konnte nicht gesendet werden, weil keine Verbindung zum Server besteht. Ihre Eingaben sind gespeichert. ' +
      'Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    retry: 'Erneut senden',
    unauthorized:
      'Ihre Anmeldung ist abgelaufen. Ihre Eingaben sind gespeichert. Bitte melden Sie sich erneut an und senden Sie den Antrag dann ab.',
    signInAgain: 'Erneut anmelden',
    other: (detail: string) => `Der Antrag konnte nicht gesendet werden: ${detail} Ihre Eingaben sind gespeichert.`,
  },
  receipt: {
    heading: 'Antrag gesendet',
    intro: (service: string, municipality: string) => `Ihr Antrag „${service}“ ist bei ${municipality} eingegangen.`,
    reference: 'Aktenzeichen',
    accessCode: 'Zugangscode',
    receivedAt: 'Eingegangen am',
    keepCode:
      'Bitte notieren Sie Aktenzeichen und Zugangscode oder drucken Sie diese Seite aus. Damit können Sie jederzeit ' +
      'nachsehen, wie weit Ihr Antrag ist. Den Zugangscode können wir Ihnen nicht noch einmal mitteilen.',
    signedIn: 'Wie weit Ihr Antrag ist, sehen Sie jederzeit unter „Meine Anträge“, wenn Sie angemeldet sind.',
    nextSteps: 'Wie geht es weiter?',
    summary: 'Ihre Angaben',
    downloadPdf: 'Bestätigung als PDF herunterladen',
    downloadFailed: 'Die Bestätigung konnte nicht heruntergeladen werden. Bitte versuchen Sie es noch einmal.',
  },
};
