import type { applicationFormRuntime as de } from '../de/application-form-runtime.ts';

export const applicationFormRuntime: typeof de = {
  checkingSignIn: 'Checking sign-in …',
  unavailable: {
    heading: 'Not available online',
    inPerson: (service) => `“${service}” cannot be applied for online here yet. Please contact your citizens’ office.`,
    onlineFrom: (date) => `From ${date} you can also apply online.`,
    noForm: 'There is no online form for this service.',
  },
  trust: {
    heading: 'Sign-in required',
    signInNeeded: (level) =>
      `For this service you need to sign in with the trust level “${level}”, so that the office knows for certain who is applying.`,
    levelTooLow: (current, level) =>
      `You are signed in with the trust level “${current}”. This service needs the trust level “${level}”, so that the office ` +
      'knows for certain who is applying. Please sign in again for it.',
    levels: { none: 'no sign-in', niedrig: 'low', substantiell: 'substantial', hoch: 'high' },
    hints: {
      niedrig: 'A user account, for example with user name and password, is enough.',
      substantiell: 'You need, for example, an ELSTER certificate or the online ID card.',
      hoch: 'You need the online ID card (ID card with PIN).',
    },
    draftKept: 'What you have entered so far is kept.',
    signIn: (level) => `Sign in with trust level “${level}”`,
    signInWith: (provider) => `Sign in with ${provider}`,
    chooseProvider: 'How would you like to sign in?',
    notConfigured: 'Sign-in is not set up on this page. Please contact your citizens’ office.',
    signInFailed: 'Sign-in could not be started. Please try again.',
  },
  progress: {
    label: 'Progress',
    step: (current, total) => `Step ${current} of ${total}`,
    done: '(done)',
  },
  requiredNote: 'Required fields are marked “(Required)”.',
  chooseOption: 'Please choose',
  next: 'Continue',
  back: 'Back',
  send: 'Send',
  sending: 'Sending your application …',
  restored: 'We have restored what you entered before.',
  filesToChooseAgain: 'Files are not kept in between. Please choose these files again:',
  errorSummary: 'There is a problem',
  errorPrefix: 'Error:',
  errors: {
    required: (label) => `Please enter “${label}”.`,
    choose: (label) => `Please choose an answer for “${label}”.`,
    file: (label) => `Please choose a file for “${label}”.`,
    fileAgain: (label, name) => `Please choose the file “${name}” for “${label}” again.`,
    pattern: (label) => `“${label}” is not in the right format. Please see the hint for the field.`,
    email: 'Please enter an e-mail address in the format name@example.com.',
    iban: (label) => `“${label}” is not a valid IBAN. Please check the digits, e.g. DE89 3704 0044 0532 0130 00.`,
    consent: (label) => `Please confirm: “${label}”.`,
    date: (label) => `“${label}” must be a valid date.`,
    integer: (label) => `“${label}” must be a whole number.`,
    number: (label) => `“${label}” must be a number, for example 12.50.`,
    minimum: (label, min) => `“${label}” must be at least ${min}.`,
    maximum: (label, max) => `“${label}” must be at most ${max}.`,
    minLength: (label, count) => `“${label}” must be at least ${count} characters long.`,
    maxLength: (label, count) => `“${label}” must be at most ${count} characters long.`,
    fileType: (label, types) => `The file for “${label}” must be a ${types}.`,
    fileSize: (label, size) => `The file for “${label}” is too large. It must be at most ${size}.`,
  },
  file: {
    accepted: (types, size) => `Allowed: ${types}, at most ${size}.`,
    chosen: (name, size) => `Chosen: ${name} (${size})`,
    remove: 'Remove file',
    chooseAgain: (name) => `You had chosen “${name}”. Please choose the file again.`,
    megabytes: (size) => `${size} MB`,
    kilobytes: (size) => `${size} KB`,
  },
  repeat: {
    item: (title, n) => `${title} ${n}`,
    remove: (item) => `Remove ${item}`,
  },
  review: {
    heading: 'Check your answers',
    intro: 'Please check your answers before you send the application.',
    change: 'Change',
    empty: 'Not given',
    yes: 'Yes',
    no: 'No',
  },
  failure: {
    network:
      'The application could not be sent because there is no connection to the server. What you entered is kept. ' +
      'Please check your internet connection and try again.',
    retry: 'Send again',
    unauthorized: 'Your sign-in has expired. What you entered is kept. Please sign in again and then send the application.',
    signInAgain: 'Sign in again',
    other: (detail) => `The application could not be sent: ${detail} What you entered is kept.`,
  },
  receipt: {
    heading: 'Application sent',
    intro: (service, municipality) => `Your application “${service}” has been received by ${municipality}.`,
    reference: 'Reference number',
    accessCode: 'Access code',
    receivedAt: 'Received on',
    keepCode:
      'Please write down the reference number and access code, or print this page. With them you can check at any time ' +
      'how far your application has got. We cannot tell you the access code again.',
    signedIn: 'You can see how far your application has got under “My applications” whenever you are signed in.',
    nextSteps: 'What happens next?',
    summary: 'Your answers',
    downloadPdf: 'Download the receipt as PDF',
    downloadFailed: 'The receipt could not be downloaded. Please try again.',
  },
};
