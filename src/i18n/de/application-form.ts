/**
 * What the application form says before its renderer has loaded (every page loads this). The rest of the form's
 * interface is in application-form-runtime.ts, which loads with the renderer.
 */
export const applicationForm = {
  loading: 'Das Formular wird geladen …',
  setup: {
    noMunicipality: 'Auf dieser Seite ist nicht eingestellt, für welche Kommune der Antrag gestellt wird.',
    noService: 'Auf dieser Seite ist keine Leistung ausgewählt. Bitte wählen Sie die Leistung in der Übersicht aus.',
  },
  unavailable: {
    notOffered: 'Diese Leistung wird hier nicht angeboten. Bitte wenden Sie sich an Ihr Bürgerbüro.',
  },
};
