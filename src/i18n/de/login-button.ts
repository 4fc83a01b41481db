export const loginButton = {
  signIn: 'Anmelden',
  signOut: 'Abmelden',
  checking: 'Anmeldung wird geprüft …',
  signedInAs: (name: string) => `Angemeldet als ${name}`,
  chooseProvider: 'Womit möchten Sie sich anmelden?',
  signInWith: (label: string) => `Anmelden mit ${label}`,
  notConfigured: 'Die Anmeldung ist auf dieser Seite nicht eingerichtet.',
  notices: {
    cancelled: 'Sie haben die Anmeldung abgebrochen. Sie können es jederzeit erneut versuchen.',
    'provider-error': 'Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es erneut.',
    expired: 'Ihre Anmeldung ist abgelaufen. Ihre Eingaben sind gespeichert; bitte melden Sie sich erneut an.',
  },
  expiring: 'Ihre Anmeldung läuft bald ab. Ihre Eingaben bleiben erhalten.',
  staySignedIn: 'Angemeldet bleiben',
  tryAgain: 'Erneut anmelden',
};
