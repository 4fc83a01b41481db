/**
 * A reference number as citizens read it off their receipt: the office's short code, the year and six digits,
 * e.g. SYK-2026-000123. One definition for the API's route schemas, the numbering and the tracker's look-up form.
 */
export const REFERENCE_PATTERN = '^[A-Z]{2,4}-[0-9]{4}-[0-9]{6}$';
export const REFERENCE_EXAMPLE = 'SYK-2026-000123';

const REFERENCE = new RegExp(REFERENCE_PATTERN);

export function isReference(text: string): boolean {
  return REFERENCE.test(text);
}

export function formatReference(code: string, year: number, serial: number): string {
  return `${code}-${year}-${String(serial).padStart(6, '0')}`;
}
