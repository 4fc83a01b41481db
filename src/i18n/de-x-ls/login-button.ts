import type { loginButton as de } from '../de/login-button.ts';

export const loginButton: typeof de = {
  signIn: 'Anmelden',
  signOut: 'Abmelden',
  checking: 'Bitte warten. Wir prüfen Ihr Anmelden.',
  signedInAs: (name) => `Sie sind angemeldet. Ihr Name: ${name}`,
  chooseProvider: 'Wie wollen Sie sich anmelden?',
  signInWith: (label) => `Anmelden mit: ${label}`,
  notConfigured: 'Auf dieser Seite können Sie sich nicht anmelden.',
  notices: {
    cancelled: 'Sie haben das Anmelden abgebrochen. Sie können es noch einmal versuchen.',
    'provider-error': 'Das Anmelden hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
    expired: 'Ihr Anmelden ist zu alt. Ihre Eingaben sind noch da. Bitte melden Sie sich noch einmal an.',
  },
  expiring: 'Ihr Anmelden endet bald. Ihre Eingaben bleiben da.',
  staySignedIn: 'Angemeldet bleiben',
  tryAgain: 'Noch einmal anmelden',
};
