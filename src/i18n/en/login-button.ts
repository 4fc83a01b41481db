import type { loginButton as de } from '../de/login-button.ts';

export const loginButton: typeof de = {
  signIn: 'Sign in',
  signOut: 'Sign out',
  checking: 'Checking sign-in …',
  signedInAs: (name) => `Signed in as ${name}`,
  chooseProvider: 'How would you like to sign in?',
  signInWith: (label) => `Sign in with ${label}`,
  notConfigured: 'Sign-in is not set up on this page.',
  notices: {
    cancelled: 'You cancelled the sign-in. You can try again at any time.',
    'provider-error': 'Signing in did not work. Please try again.',
    expired: 'Your sign-in has expired. What you entered is kept; please sign in again.',
  },
  expiring: 'Your sign-in will expire soon. What you entered is kept.',
  staySignedIn: 'Stay signed in',
  tryAgain: 'Sign in again',
};
