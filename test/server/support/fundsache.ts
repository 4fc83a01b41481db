import { WELL_KNOWN } from '../../../server/catalogue/seed/well-known-services.ts';

/** A complete, valid "Fundsache melden" (no sign-in needed), with a name that must never reach a log. */
export function fundsacheData(overrides: Record<string, unknown> = {}) {
  return {
    fund: {
      gegenstand: 'geldboerse',
      beschreibung: 'Braune Lederbörse mit Druckknopf',
      fundort: 'Bushaltestelle Syke Bahnhof',
      funddatum: '2026-11-20',
    },
    verbleib: { verbleib: 'fundbuero' },
    finderlohn: { anspruch: true },
    finder: { person: { familienname: 'Zwetschgenbaum' }, kontakt: { email: 'z.zwetschgenbaum@example.de' } },
    ...overrides,
  };
}

export function fundsacheSubmission(municipality = 'syke', data: Record<string, unknown> = fundsacheData()) {
  return { municipality, service: WELL_KNOWN.fundsacheMelden, data };
}
