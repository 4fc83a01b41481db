import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

// No 0/O, 1/I/L: the code is read off a receipt and typed in again.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A code of 12 characters (about 59 bits) in groups of four, e.g. "K7QM-3XPA-R9TD". */
export function newAccessCode(): string {
  const characters = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((start) => characters.slice(start, start + 4).join('')).join('-');
}

/** Only the hash is stored; codes are compared case-insensitively and without the dashes. */
export function hashAccessCode(code: string): string {
  return createHash('sha256')
    .update(code.toUpperCase().replace(/[^A-Z0-9]/g, ''))
    .digest('hex');
}

export function accessCodeMatches(code: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  return timingSafeEqual(Buffer.from(hashAccessCode(code), 'hex'), Buffer.from(storedHash, 'hex'));
}
