import type { common as de } from '../de/common.ts';

export const common: typeof de = {
  loading: 'Loading …',
  retry: 'Try again',
  loadFailed: 'The data could not be loaded. Please check your internet connection.',
  close: 'Close',
  online: 'Available online',
  inPerson: 'In person only',
  required: 'Required',
  optional: 'optional',
  // Stays German: "Leichte Sprache" is the name of the thing, and the citizens who need it know it by that name.
  leichteSprache: 'Leichte Sprache',
  statuses: {
    eingegangen: 'Received',
    'in-bearbeitung': 'In progress',
    rueckfrage: 'Question from the office',
    abgeschlossen: 'Completed',
    abgelehnt: 'Rejected',
  },
  trustLevels: {
    none: 'no sign-in',
    niedrig: 'basic account',
    substantiell: 'substantial (e.g. ELSTER certificate)',
    hoch: 'high (online ID card)',
  },
};
