import type { applicationForm as de } from '../de/application-form.ts';

export const applicationForm: typeof de = {
  loading: 'Loading the form …',
  setup: {
    noMunicipality: 'This page does not say which municipality the application is for.',
    noService: 'No service is selected on this page. Please choose the service from the list.',
  },
  unavailable: {
    notOffered: 'This service is not offered here. Please contact your citizens’ office.',
  },
};
