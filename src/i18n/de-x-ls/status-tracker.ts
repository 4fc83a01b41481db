import type { statusTracker as de } from '../de/status-tracker.ts';

export const statusTracker: typeof de = {
  myApplications: 'Meine Anträge',
  empty: 'Sie haben noch keinen Antrag gestellt.',
  lookupHeading: 'Wie weit ist mein Antrag?',
  lookupIntro:
    'Sie haben einen Antrag ohne Anmelden gestellt? Dann haben Sie eine Bestätigung bekommen. Auf der Bestätigung stehen 2 Dinge: das Akten-Zeichen und der Zugangs-Code.',
  reference: 'Akten-Zeichen',
  referenceHint: 'Das Akten-Zeichen ist die Nummer von Ihrem Antrag. Es steht oben auf der Bestätigung. Zum Beispiel: SYK-2026-000123.',
  accessCode: 'Zugangs-Code',
  accessCodeHint:
    'Der Zugangs-Code ist wie ein Passwort. Er steht auf der Bestätigung unter dem Akten-Zeichen. Zum Beispiel: K7QM-3XPA-R9TD. Große und kleine Buchstaben sind egal.',
  show: 'Anzeigen',
  referenceMissing: 'Bitte schreiben Sie das Akten-Zeichen hier hin.',
  referenceMalformed:
    'Das Akten-Zeichen stimmt so nicht. Es hat 3 Teile: Buchstaben, eine Jahres-Zahl und 6 Ziffern. Zum Beispiel: SYK-2026-000123.',
  accessCodeMissing: 'Bitte schreiben Sie den Zugangs-Code hier hin.',
  notFound: 'Wir finden keinen Antrag mit diesen Angaben. Bitte schauen Sie auf Ihre Bestätigung. Stimmen Akten-Zeichen und Zugangs-Code?',
  municipality: 'Ort',
  currentStatus: 'So weit ist Ihr Antrag',
  timeline: 'Was bisher passiert ist',
  message: 'Das Amt schreibt Ihnen:',
  announce: (reference, status) => `Antrag ${reference}: ${status}`,
  announceWithMessage: (reference, status, message) => `Antrag ${reference}: ${status}. Das Amt schreibt Ihnen: ${message}`,
  dataDeleted: (date) => `Daten gelöscht am ${date}`,
  dataDeletedExplanation:
    'Das Amt hebt Daten nur eine bestimmte Zeit auf. Diese Zeit ist vorbei. Darum sind Ihre Angaben jetzt gelöscht. Nur die Liste oben bleibt.',

  // Answering a Rückfrage
  yourAnswer: 'Ihre Antwort',
  answerFilesSent: 'Diese Dateien haben Sie geschickt:',
  answerHeading: 'Dem Amt antworten',
  answerIntro:
    'Das Amt braucht noch etwas von Ihnen. Sie können hier antworten. Sie können auch Dateien mitschicken. Zum Beispiel ein Foto von einem Papier.',
  answerText: 'Ihre Antwort',
  answerFiles: 'Dateien mitschicken (das müssen Sie nicht)',
  answerFilesHint: (types, size, count) =>
    `Erlaubt sind: ${types}. Jede Datei darf höchstens ${size} groß sein. Sie können bis zu ${count} Dateien schicken.`,
  answerFileTypes: 'PDF, JPG oder PNG',
  answerChosen: 'Diese Dateien haben Sie ausgewählt',
  answerRemoveFile: (name) => `Datei ${name} weg-nehmen`,
  answerSend: 'Antwort schicken',
  answerSending: 'Ihre Antwort wird geschickt …',
  answerSent: 'Das Amt hat Ihre Antwort bekommen. Sie sehen die Antwort oben in der Liste.',
  answerTextMissing: 'Bitte schreiben Sie Ihre Antwort hier hin.',
  answerFileType: (name) => `Die Datei „${name}“ geht nicht. Erlaubt sind nur: PDF, JPG und PNG.`,
  answerFileSize: (name, size) => `Die Datei „${name}“ ist zu groß. Sie darf höchstens ${size} groß sein.`,
  answerTooManyFiles: (count) => `Das sind zu viele Dateien. Sie können höchstens ${count} Dateien schicken.`,
  answerNotAwaiting: 'Das Amt braucht keine Antwort mehr von Ihnen.',
  answerFailed: 'Wir konnten Ihre Antwort nicht schicken. Bitte versuchen Sie es noch einmal.',
  answerErrorPrefix: 'Fehler:',
  announceAnswer: (reference) => `Antrag ${reference}: Das Amt hat Ihre Antwort bekommen.`,
  kilobytes: (size) => `${size} KB`,
  megabytes: (size) => `${size} MB`,

  downloadPdf: 'Bestätigung als PDF-Datei speichern',
  downloadFailed: 'Das Speichern hat nicht geklappt. Bitte versuchen Sie es noch einmal.',

  // E-mail on status changes
  statusMailLabel: 'Eine E-Mail schicken, wenn sich etwas ändert',
  statusMailHint: 'Wir schicken die E-Mail an Ihre Adresse aus dem Antrag. Wenn das Amt eine Frage hat, schicken wir immer eine E-Mail.',
  statusMailFailed: 'Das Speichern hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
  statusMailOn: (reference) => `Antrag ${reference}: Sie bekommen eine E-Mail, wenn sich etwas ändert.`,
  statusMailOff: (reference) => `Antrag ${reference}: Sie bekommen keine E-Mail mehr, wenn sich etwas ändert.`,
};
