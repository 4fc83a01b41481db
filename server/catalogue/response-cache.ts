import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface CachedResponse {
  body: Buffer;
  etag: string;
  /** The same body compressed once, for clients that accept it (every browser does). */
  br: Buffer;
  gzip: Buffer;
}

/**
 * Serialised catalogue answers with their ETag, computed once per key. The catalogue only changes with a
 * deployment or at midnight (rollout dates), so the key includes the date and entries never go stale.
 * A town's list is ~65 KB of JSON and ~12 KB compressed: citizens on slow connections get the small one.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();

  get(key: string, build: () => unknown): CachedResponse {
    let entry = this.entries.get(key);
    if (!entry) {
      const body = Buffer.from(JSON.stringify(build()));
      entry = {
        body,
        etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
        br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip: gzipSync(body, { level: 9 }),
      };
      if (this.entries.size > 1000) this.entries.clear();
      this.entries.set(key, entry);
    }
    return entry;
  }
}

/** The best encoding the client accepts among those cached, e.g. for "gzip, deflate, br, zstd" → "br". */
export function preferredEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = (acceptEncoding ?? '').split(',').map((part) => part.trim().split(';')[0].toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}
