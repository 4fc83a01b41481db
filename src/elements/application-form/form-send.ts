import type { FieldError } from '../../../contract/problem.ts';
import type { Receipt } from '../../api/client.ts';
import { ApiProblem, NetworkError } from '../../api/problem.ts';
import { submitApplication, type Submission } from '../../api/submit.ts';
import { isWithin } from '../../../contract/json-pointer.ts';
import type { PlacedField } from './form-model.ts';

export type SendFailure = { kind: 'network' | 'unauthorized' | 'trust' } | { kind: 'other'; detail: string };

/** What sending came to: the receipt, or why not, with the server's field errors to place on the form. */
export type SendOutcome = { receipt: Receipt } | { failure: SendFailure; fieldErrors: FieldError[] };

/** Sends the application; never throws, so the form can always show what happened. */
export async function deliver(
  api: string,
  submission: Submission,
  options: { idempotencyKey: string; token?: string },
): Promise<SendOutcome> {
  try {
    return { receipt: await submitApplication(api, submission, options) };
  } catch (error) {
    return { failure: failureOf(error), fieldErrors: error instanceof ApiProblem ? (error.problem.errors ?? []) : [] };
  }
}

function failureOf(error: unknown): SendFailure {
  if (error instanceof NetworkError) return { kind: 'network' };
  if (error instanceof ApiProblem) {
    if (error.status === 401) return { kind: 'unauthorized' };
    if (error.kind === 'insufficient-trust-level') return { kind: 'trust' };
    return { kind: 'other', detail: error.problem.detail ?? error.problem.title };
  }
  return { kind: 'other', detail: error instanceof Error ? error.message : String(error) };
}

export type StepField = PlacedField & { step: number };

/**
 * Finds the field of each server error (a pointer may lie below its field, e.g. "/foto/size": the deepest field
 * that contains it); errors of no shown field are returned as `unplaced`, for the review page's summary.
 */
export function locateErrors(shown: Iterable<StepField>, errors: FieldError[]): { placed: [StepField, FieldError][]; unplaced: string[] } {
  const fields = [...shown].filter((placed) => placed.field.widget !== 'group' && placed.field.widget !== 'repeat');
  const placed: [StepField, FieldError][] = [];
  const unplaced: string[] = [];
  for (const error of errors) {
    const field = fields
      .filter((candidate) => isWithin(error.pointer, candidate.pointer))
      .sort((a, b) => b.pointer.length - a.pointer.length)[0];
    if (field) placed.push([field, error]);
    else unplaced.push(error.detail);
  }
  return { placed, unplaced };
}
