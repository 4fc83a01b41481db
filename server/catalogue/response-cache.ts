import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/** One representation of an answer: its bytes in one content coding, and an ETag of its own (RFC 9110 §8.8.3). */
export interface Representation {
  body: Buffer;
  etag: string;
}

/**
 * Serialised catalogue answers, computed once per key: the JSON, and the same compressed once for clients that
 * accept it (every browser does). The catalogue only changes with a deployment or at midnight (rollout dates), so
 * the key includes the date and entries never go stale. A town's list is ~65 KB of JSON and ~12 KB compressed:
 * citizens on slow connections get the small one.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Record<Encoding, Representation>>();

  get(key: string, build: () => unknown): Record<Encoding, Representation> {
    let entry = this.entries.get(key);
    if (!entry) {
      const body = Buffer.from(JSON.stringify(build()));
      const hash = createHash('sha1').update(body).digest('base64url');
      entry = {
        identity: { body, etag: `"${hash}"` },
        br: { body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), etag: `"${hash}-br"` },
        gzip: { body: gzipSync(body, { level: 9 }), etag: `"${hash}-gzip"` },
      };
      if (this.entries.size > 1000) this.entries.clear();
      this.entries.set(key, entry);
    }
    return entry;
  }
}

/** The best encoding the client accepts among those cached, e.g. for "gzip, deflate, br, zstd" → "br". */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = (acceptEncoding ?? '').split(',').map((part) => part.trim().split(';')[0].toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return 'identity';
}
