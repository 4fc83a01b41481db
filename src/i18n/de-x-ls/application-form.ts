import type { applicationForm as de } from '../de/application-form.ts';

export const applicationForm: typeof de = {
  loading: 'Bitte warten. Das Formular lädt.',
  setup: {
    noMunicipality: 'Auf dieser Seite fehlt etwas: Für welchen Ort ist der Antrag? Das steht hier nicht.',
    noService: 'Auf dieser Seite fehlt etwas: Welchen Antrag wollen Sie stellen? Bitte wählen Sie den Antrag in der Liste aus.',
  },
  unavailable: {
    notOffered: 'Diesen Antrag gibt es hier nicht. Bitte fragen Sie im Bürger-Büro. Das Bürger-Büro ist im Rathaus.',
  },
};
