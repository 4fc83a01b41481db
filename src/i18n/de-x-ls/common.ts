import type { common as de } from '../de/common.ts';

/**
 * Leichte Sprache (easy-to-read German): short sentences, one statement each, no passive, hard words explained.
 * The rules of the Netzwerk Leichte Sprache; not yet checked by a test group of readers (verified: false).
 */
export const common: typeof de = {
  loading: 'Bitte warten. Die Seite lädt.',
  retry: 'Noch einmal versuchen',
  loadFailed: 'Das hat nicht geklappt. Vielleicht ist Ihr Internet weg. Bitte prüfen Sie Ihr Internet.',
  close: 'Schließen',
  online: 'Geht im Internet',
  inPerson: 'Nur im Amt',
  required: 'muss ausgefüllt werden',
  optional: 'freiwillig',
  leichteSprache: 'Leichte Sprache',
  statuses: {
    eingegangen: 'Angekommen',
    'in-bearbeitung': 'Das Amt arbeitet daran',
    rueckfrage: 'Das Amt hat eine Frage',
    abgeschlossen: 'Fertig',
    abgelehnt: 'Abgelehnt: Das Amt sagt Nein',
  },
  trustLevels: {
    none: 'ohne Anmelden',
    niedrig: 'einfaches Anmelden',
    substantiell: 'sicheres Anmelden (zum Beispiel mit ELSTER)',
    hoch: 'sehr sicheres Anmelden (mit dem Ausweis)',
  },
};
