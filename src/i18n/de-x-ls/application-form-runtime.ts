import type { applicationFormRuntime as de } from '../de/application-form-runtime.ts';

/** The form's own texts in Leichte Sprache. The labels of the fields come from the form itself. */
export const applicationFormRuntime: typeof de = {
  checkingSignIn: 'Bitte warten. Wir prüfen Ihr Anmelden.',
  unavailable: {
    heading: 'Das geht nicht im Internet',
    inPerson: (service) => `Den Antrag ${service} können Sie hier noch nicht im Internet stellen. Bitte gehen Sie zum Bürger-Büro.`,
    onlineFrom: (date) => `Ab dem ${date} geht es auch im Internet.`,
    noForm: 'Für diesen Antrag gibt es kein Formular im Internet.',
  },
  trust: {
    heading: 'Sie müssen sich anmelden',
    signInNeeded: (level) =>
      `Für diesen Antrag müssen Sie sich anmelden. Dann weiß das Amt: Sie sind es wirklich. Sie brauchen diese Art von Anmelden: ${level}.`,
    levelTooLow: (current, level) =>
      `Sie sind angemeldet. Ihre Art von Anmelden ist: ${current}. Für diesen Antrag brauchen Sie eine sicherere Art: ${level}. ` +
      'Bitte melden Sie sich noch einmal an.',
    levels: { none: 'ohne Anmelden', niedrig: 'einfach', substantiell: 'sicher', hoch: 'sehr sicher' },
    hints: {
      niedrig: 'Dafür reicht ein Konto mit Benutzer-Name und Passwort.',
      substantiell: 'Dafür brauchen Sie zum Beispiel ELSTER. Oder den Ausweis mit Online-Funktion.',
      hoch: 'Dafür brauchen Sie Ihren Personal-Ausweis mit Online-Funktion. Und Ihre PIN. Die PIN ist eine geheime Zahl.',
    },
    draftKept: 'Ihre Eingaben bleiben da.',
    signIn: (level) => `Anmelden (${level})`,
    signInWith: (provider) => `Anmelden mit: ${provider}`,
    chooseProvider: 'Wie wollen Sie sich anmelden?',
    notConfigured: 'Auf dieser Seite können Sie sich nicht anmelden. Bitte gehen Sie zum Bürger-Büro.',
    signInFailed: 'Das Anmelden hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
  },
  progress: {
    label: 'So weit sind Sie',
    step: (current, total) => `Schritt ${current} von ${total}`,
    done: '(fertig)',
  },
  requiredNote: 'Manche Felder müssen Sie ausfüllen. Bei diesen Feldern steht: muss ausgefüllt werden.',
  chooseOption: 'Bitte wählen',
  next: 'Weiter',
  back: 'Zurück',
  send: 'Antrag abschicken',
  sending: 'Bitte warten. Wir schicken Ihren Antrag.',
  restored: 'Ihre Eingaben von vorhin sind wieder da.',
  filesToChooseAgain: 'Dateien speichern wir nicht. Bitte wählen Sie diese Dateien noch einmal aus:',
  errorSummary: 'Da fehlt noch etwas',
  errorPrefix: 'Fehler:',
  errors: {
    required: (label) => `Bitte füllen Sie das Feld ${label} aus.`,
    choose: (label) => `Bitte wählen Sie bei ${label} eine Antwort.`,
    file: (label) => `Bitte wählen Sie eine Datei für ${label}.`,
    fileAgain: (label, name) => `Bitte wählen Sie die Datei ${name} noch einmal aus. Die Datei ist für: ${label}.`,
    pattern: (label) => `Im Feld ${label} stimmt etwas nicht. Bitte lesen Sie den Hinweis unter dem Feld.`,
    email: 'Die E-Mail-Adresse stimmt so nicht. Eine E-Mail-Adresse sieht so aus: name@beispiel.de',
    iban: (label) => `Im Feld ${label} stimmt die Nummer nicht. Die IBAN ist die Nummer von Ihrem Bank-Konto. Bitte prüfen Sie die Nummer.`,
    consent: (label) => `Bitte setzen Sie einen Haken bei: ${label}.`,
    date: (label) => `Im Feld ${label} muss ein Datum stehen. Zum Beispiel: 24.12.2026.`,
    integer: (label) => `Im Feld ${label} muss eine ganze Zahl stehen. Zum Beispiel: 3.`,
    number: (label) => `Im Feld ${label} muss eine Zahl stehen. Zum Beispiel: 12,50.`,
    minimum: (label, min) => `Die Zahl im Feld ${label} ist zu klein. Sie muss mindestens ${min} sein.`,
    maximum: (label, max) => `Die Zahl im Feld ${label} ist zu groß. Sie darf höchstens ${max} sein.`,
    minLength: (label, count) => `Im Feld ${label} steht zu wenig. Schreiben Sie mindestens ${count} Zeichen.`,
    maxLength: (label, count) => `Im Feld ${label} steht zu viel. Schreiben Sie höchstens ${count} Zeichen.`,
    fileType: (label, types) => `Die Datei für ${label} hat die falsche Art. Erlaubt ist: ${types}.`,
    fileSize: (label, size) => `Die Datei für ${label} ist zu groß. Sie darf höchstens ${size} groß sein.`,
  },
  file: {
    accepted: (types, size) => `Erlaubt ist: ${types}. Die Datei darf höchstens ${size} groß sein.`,
    chosen: (name, size) => `Sie haben gewählt: ${name} (${size})`,
    remove: 'Datei löschen',
    chooseAgain: (name) => `Sie hatten die Datei ${name} gewählt. Bitte wählen Sie die Datei noch einmal aus.`,
    megabytes: (size) => `${size} MB`,
    kilobytes: (size) => `${size} KB`,
  },
  repeat: {
    item: (title, n) => `${title} ${n}`,
    remove: (item) => `${item} löschen`,
  },
  review: {
    heading: 'Bitte prüfen Sie Ihre Angaben',
    intro: 'Hier sehen Sie alles, was Sie geschrieben haben. Stimmt alles? Dann schicken Sie den Antrag ab.',
    change: 'Ändern',
    empty: 'Nichts angegeben',
    yes: 'Ja',
    no: 'Nein',
    feeHeading: 'Das kostet der Antrag',
    feePayment: (how) => `So bezahlen Sie: ${how}`,
  },
  failure: {
    network:
      'Wir konnten den Antrag nicht schicken. Vielleicht ist Ihr Internet weg. Ihre Eingaben sind noch da. ' +
      'Bitte prüfen Sie Ihr Internet. Versuchen Sie es dann noch einmal.',
    retry: 'Noch einmal schicken',
    unauthorized:
      'Ihr Anmelden ist zu alt. Ihre Eingaben sind noch da. Bitte melden Sie sich noch einmal an. Schicken Sie den Antrag dann ab.',
    signInAgain: 'Noch einmal anmelden',
    other: (detail) => `Wir konnten den Antrag nicht schicken. Der Grund: ${detail} Ihre Eingaben sind noch da.`,
  },
  receipt: {
    heading: 'Ihr Antrag ist angekommen',
    intro: (service, municipality) => `Ihr Antrag ${service} ist angekommen. Er ist jetzt bei: ${municipality}.`,
    reference: 'Akten-Zeichen (die Nummer von Ihrem Antrag)',
    accessCode: 'Zugangs-Code (wie ein Passwort)',
    receivedAt: 'Angekommen am',
    keepCode:
      'Bitte schreiben Sie das Akten-Zeichen und den Zugangs-Code auf. Oder drucken Sie diese Seite aus. ' +
      'Damit können Sie nachsehen: Wie weit ist mein Antrag? Wir können Ihnen den Zugangs-Code nicht noch einmal sagen.',
    signedIn: 'Sie sind angemeldet. Dann sehen Sie bei Meine Anträge: Wie weit ist mein Antrag?',
    nextSteps: 'Was passiert jetzt?',
    summary: 'Ihre Angaben',
    downloadPdf: 'Bestätigung als PDF-Datei speichern',
    downloadFailed: 'Das Speichern hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
  },
};
