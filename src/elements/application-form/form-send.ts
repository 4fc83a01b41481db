import type { FieldError } from '../../../contract/problem.ts';
import { ApiProblem, NetworkError } from '../../api/problem.ts';
import { submitApplication } from '../../api/submit.ts';
import { emit } from '../../events/events.ts';
import { isWithin } from '../../../contract/json-pointer.ts';
import type { FormFlow, SendFailure } from './form-flow.ts';
import { problemFromServer } from './form-validation.ts';
import { submissionData } from './form-values.ts';

/**
 * "Absenden": checks every step (and shows the first one with problems), then sends with the draft's
 * idempotency key, so that a retry after a lost answer, or a reload and resend, files the application once.
 * Every failure keeps the draft.
 */
export async function send(flow: FormFlow): Promise<void> {
  if (flow.sending) return;
  flow.generalErrors = [];
  const invalid = flow.steps.map((_, index) => flow.checkStep(index)).indexOf(false);
  if (invalid >= 0) {
    flow.showErrors(invalid);
    return;
  }
  flow.sending = true;
  flow.failure = undefined;
  flow.showSummary = false;
  flow.saveDraft();
  flow.host.requestUpdate();
  const files = new Map(
    [...flow.placedFields().keys()].filter((pointer) => flow.files.has(pointer)).map((pointer) => [pointer, flow.files.get(pointer)!]),
  );
  try {
    const receipt = await submitApplication(
      flow.api,
      {
        municipality: flow.municipality,
        service: flow.entry.key,
        data: submissionData(flow.steps, flow.data),
        language: flow.i18n.language,
        files,
      },
      { idempotencyKey: flow.idempotencyKey, token: flow.session.accessToken },
    );
    flow.receipt = receipt;
    flow.clearDraft();
    flow.focus('receipt-heading');
    emit(flow.host, 'rathaus-application-sent', { reference: receipt.reference, service: flow.entry.key, municipality: flow.municipality });
  } catch (error) {
    const failure = failureOf(error);
    if (error instanceof ApiProblem && error.problem.errors?.length && placeErrors(flow, error.problem.errors)) return;
    flow.failure = failure;
    flow.focus('send-failure');
  } finally {
    flow.sending = false;
    flow.host.requestUpdate();
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

/**
 * Puts the server's field errors on their fields (a pointer may lie below its field, e.g. "/foto/size") and
 * shows the earliest step with one; errors of no known field go to the review page's summary.
 * False if none could be placed on a field.
 */
function placeErrors(flow: FormFlow, errors: FieldError[]): boolean {
  const fields = [...flow.placedFields().values()].filter((placed) => placed.field.widget !== 'group' && placed.field.widget !== 'repeat');
  let first: number | undefined;
  for (const error of errors) {
    const placed = fields
      .filter((candidate) => isWithin(error.pointer, candidate.pointer))
      .sort((a, b) => b.pointer.length - a.pointer.length)[0];
    if (!placed) {
      flow.generalErrors.push(error.detail);
      continue;
    }
    if (!flow.errors.has(placed.pointer)) flow.errors.set(placed.pointer, problemFromServer(placed.field, error.code, error.detail));
    first = Math.min(first ?? placed.step, placed.step);
  }
  if (first === undefined) {
    if (flow.generalErrors.length === 0) return false;
    flow.showErrors(flow.steps.length);
    return true;
  }
  flow.showErrors(first);
  return true;
}
