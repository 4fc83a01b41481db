import { createHash } from 'node:crypto';

/**
 * Serialised catalogue answers with their ETag, computed once per key. The catalogue only changes with a
 * deployment or at midnight (rollout dates), so the key includes the date and entries never go stale.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { body: string; etag: string }>();

  get(key: string, build: () => unknown): { body: string; etag: string } {
    let entry = this.entries.get(key);
    if (!entry) {
      const body = JSON.stringify(build());
      entry = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
      if (this.entries.size > 1000) this.entries.clear();
      this.entries.set(key, entry);
    }
    return entry;
  }
}
