import { STORAGE_PREFIX } from '../../internal/storage-prefix.ts';
import type { FormValues } from '../../../contract/json-pointer.ts';

/**
 * What the citizen has typed, kept in sessionStorage so that a reload, a sign-in redirect or a lost connection
 * loses nothing. sessionStorage ends with the tab, and signing out removes every `rathaus:` key. Files are never
 * stored, only their names, so that the form can ask for them again.
 */
export interface Draft {
  formVersion: number;
  data: FormValues;
  /** Index of the step shown; the number of steps means the review page. */
  step: number;
  /** Created once per application and kept until it is sent, so a reload and resend cannot file it twice. */
  idempotencyKey: string;
  /** Names of the chosen files by pointer. */
  files: Record<string, string>;
}

export function draftKey(municipality: string, service: string): string {
  return `${STORAGE_PREFIX}draft:${municipality}:${service}`;
}

export class DraftStore {
  constructor(readonly key: string) {}

  load(): Draft | undefined {
    try {
      const draft = JSON.parse(sessionStorage.getItem(this.key) ?? 'null') as Partial<Draft> | null;
      if (!draft || typeof draft.data !== 'object' || typeof draft.idempotencyKey !== 'string') return undefined;
      return {
        formVersion: draft.formVersion ?? 0,
        data: draft.data ?? {},
        step: Number(draft.step) || 0,
        idempotencyKey: draft.idempotencyKey,
        files: draft.files ?? {},
      };
    } catch {
      return undefined;
    }
  }

  save(draft: Draft): void {
    try {
      sessionStorage.setItem(this.key, JSON.stringify(draft));
    } catch {
      // Storage full or switched off: the form still works, only a reload would lose the input.
    }
  }

  clear(): void {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // Nothing stored when storage is switched off.
    }
  }
}

/** A random key; crypto.randomUUID exists only on https pages, and a town's CMS may still serve http. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
