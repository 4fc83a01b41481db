import { problemName, type ProblemName } from '../../contract/problem-names.ts';
import type { ProblemDocument } from '../../contract/problem.ts';

/** An RFC 9457 answer of the API, kept whole so that elements can place field errors next to their fields. */
export class ApiProblem extends Error {
  constructor(readonly problem: ProblemDocument) {
    super(problem.detail ?? problem.title);
  }

  get status(): number {
    return this.problem.status;
  }

  /** The problem's name, e.g. "invalid-data" for "urn:open-rathaus:problem:invalid-data"; undefined for a foreign type. */
  get kind(): ProblemName | undefined {
    return problemName(this.problem.type);
  }
}

/** The request never got an answer (offline, DNS, CORS, a dropped connection): worth retrying. */
export class NetworkError extends Error {}
