/**
 * LeiKa keys of the services that have hand-written forms and that tests and the demo refer to by name.
 * The catalogue (catalogue/services/*.yaml) must contain a service for each key; test/server/catalogue-data.test.ts checks it.
 */
export const WELL_KNOWN = {
  geburtsurkunde: '99027002012000',
  hundAnmelden: '99102013104000',
  wohnsitzAnmelden: '99115005104000',
  gewerbeAnmelden: '99050012104000',
  fundsacheMelden: '99019001064000',
  kfzZulassung: '99036001104000',
} as const;
