import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Receipt } from '../../../contract/applications.ts';
import type { App } from '../../../server/app-types.ts';
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

/** Sends a valid Fundsache as an anonymous citizen's browser does, and answers its receipt; fails unless 201. */
export async function submitFundsache(app: App, municipality = 'syke'): Promise<Receipt & { accessCode: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    payload: fundsacheSubmission(municipality),
    headers: { 'idempotency-key': randomUUID() },
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json();
}
