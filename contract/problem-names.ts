/**
 * Every kind of problem the API answers with. A problem document's `type` is `urn:open-rathaus:problem:<name>`;
 * the server can only throw these names and the kit reads them back typed, so neither side can invent a new one.
 */
export const PROBLEM_NAMES = [
  'attachment-type-mismatch',
  'bad-request',
  'forbidden',
  'headers-too-large',
  'idempotency-key-reused',
  'insufficient-trust-level',
  'internal',
  'invalid-attachment-field',
  'invalid-client',
  'invalid-data',
  'invalid-file-name',
  'invalid-json',
  'invalid-status-change',
  'issuer-unavailable',
  'limit-exceeded',
  'not-awaiting-answer',
  'not-found',
  'not-offered-online',
  'rate-limited',
  'request-timeout',
  'too-large',
  'unauthorized',
  'unsupported-attachment-type',
  'unsupported-grant-type',
  'unsupported-media-type',
] as const;
export type ProblemName = (typeof PROBLEM_NAMES)[number];

export const PROBLEM_TYPE_PREFIX = 'urn:open-rathaus:problem:';

/** The name in a problem document's `type`, or undefined for a type this API does not send. */
export function problemName(type: string): ProblemName | undefined {
  const name = type.startsWith(PROBLEM_TYPE_PREFIX) ? type.slice(PROBLEM_TYPE_PREFIX.length) : '';
  return (PROBLEM_NAMES as readonly string[]).includes(name) ? (name as ProblemName) : undefined;
}
