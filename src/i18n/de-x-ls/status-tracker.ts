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
};
