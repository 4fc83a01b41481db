/** Strings shared by every element. German is the source language: its shape is the type all languages follow. */
export const common = {
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  loadFailed: 'Die Daten konnten nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.',
  close: 'Schließen',
  online: 'Online möglich',
  inPerson: 'Nur vor Ort',
  required: 'Pflichtfeld',
  optional: 'optional',
  /** The switch to Leichte Sprache: its name, in German on every page (as the name of the thing). */
  leichteSprache: 'Leichte Sprache',
  statuses: {
    eingegangen: 'Eingegangen',
    'in-bearbeitung': 'In Bearbeitung',
    rueckfrage: 'Rückfrage',
    abgeschlossen: 'Abgeschlossen',
    abgelehnt: 'Abgelehnt',
  },
  trustLevels: {
    none: 'ohne Anmeldung',
    niedrig: 'Basisregistrierung',
    substantiell: 'substanziell (z. B. ELSTER-Zertifikat)',
    hoch: 'hoch (Online-Ausweis)',
  },
};
