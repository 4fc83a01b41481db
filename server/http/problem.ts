import { PROBLEM_TYPE_PREFIX, type ProblemName } from '../../contract/problem-names.ts';
import type { FieldError, ProblemDocument } from '../../contract/problem.ts';

/** An error that the API answers as it is: thrown anywhere, rendered once by the error handler. */
export class Problem extends Error {
  /** Sent as `Retry-After` (RFC 9110 §10.2.3): when asking again can succeed. */
  retryAfterSeconds?: number;

  constructor(
    readonly status: number,
    readonly name: ProblemName,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Partial<Pick<ProblemDocument, 'errors'>> & Record<string, unknown> = {},
  ) {
    super(title);
  }

  retryAfter(seconds: number): this {
    this.retryAfterSeconds = seconds;
    return this;
  }

  toDocument(instance: string): ProblemDocument {
    return {
      type: PROBLEM_TYPE_PREFIX + this.name,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      instance,
      ...this.extra,
    };
  }
}

export const problems = {
  notFound: (what: string) => new Problem(404, 'not-found', 'Nicht gefunden', what),
  invalidData: (errors: FieldError[]) =>
    new Problem(422, 'invalid-data', 'Die Angaben sind unvollständig oder fehlerhaft', 'Bitte prüfen Sie die markierten Felder.', {
      errors,
    }),
  badRequest: (detail: string, errors?: FieldError[]) =>
    new Problem(400, 'bad-request', 'Ungültige Anfrage', detail, errors ? { errors } : {}),
  unauthorized: (detail: string) => new Problem(401, 'unauthorized', 'Anmeldung erforderlich', detail),
  forbidden: (detail: string) => new Problem(403, 'forbidden', 'Keine Berechtigung', detail),
};
