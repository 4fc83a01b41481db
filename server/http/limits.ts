/**
 * The limits that keep one request from holding or exhausting the process, in one place. Each is set by the
 * environment variable named beside it (read once at start by server/config.ts) and documented in the README.
 * The sizes of bodies and files are BODY_LIMIT_BYTES and MAX_ATTACHMENT_BYTES; rates are in config.ts too.
 */
export interface Limits {
  /** MAX_JSON_DEPTH: nesting of objects and arrays in a JSON body; a submission of the deepest form needs 7. */
  maxJsonDepth: number;
  /** MAX_JSON_PROPERTIES: properties of one JSON object. */
  maxJsonProperties: number;
  /** MAX_JSON_ITEMS: items of one JSON array. */
  maxJsonItems: number;
  /** MAX_STRING_LENGTH: characters of one string in a JSON body (form fields have their own, smaller maxLength). */
  maxStringLength: number;
  /** REQUEST_TIMEOUT_MS: time to receive a whole request, body included (a 10 MB upload over a slow line fits). */
  requestTimeoutMs: number;
  /** HEADERS_TIMEOUT_MS: time to receive a request's headers. */
  headersTimeoutMs: number;
  /** KEEP_ALIVE_TIMEOUT_MS: how long an idle connection is kept open for the next request. */
  keepAliveTimeoutMs: number;
}

export const LIMIT_VARIABLES: Record<keyof Limits, { name: string; fallback: number }> = {
  maxJsonDepth: { name: 'MAX_JSON_DEPTH', fallback: 16 },
  maxJsonProperties: { name: 'MAX_JSON_PROPERTIES', fallback: 200 },
  maxJsonItems: { name: 'MAX_JSON_ITEMS', fallback: 200 },
  maxStringLength: { name: 'MAX_STRING_LENGTH', fallback: 10_000 },
  requestTimeoutMs: { name: 'REQUEST_TIMEOUT_MS', fallback: 120_000 },
  headersTimeoutMs: { name: 'HEADERS_TIMEOUT_MS', fallback: 10_000 },
  // Longer than the idle timeout of common load balancers (60 s), so that the balancer, not the API, closes an
  // idle connection and never sends a request onto one the API is closing.
  keepAliveTimeoutMs: { name: 'KEEP_ALIVE_TIMEOUT_MS', fallback: 72_000 },
};
