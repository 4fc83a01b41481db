import type { FastifyRequest } from 'fastify';
import { Problem } from './problem.ts';

const WINDOW_MS = 60_000;

/**
 * A per-client limit of requests per minute (fixed window), keyed by the client's address: `request.ip`, which is
 * the address the trusted proxies name (TRUST_PROXY) or else the socket's. In memory, so each server process
 * counts for itself. Exceeding it answers 429 with Retry-After, as the submission limit does.
 */
export class ClientRateLimit {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly perMinute: number) {}

  take(request: FastifyRequest): void {
    const now = Date.now();
    if (this.windows.size > 10_000) this.forgetExpired(now);
    let window = this.windows.get(request.ip);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + WINDOW_MS };
      this.windows.set(request.ip, window);
    }
    window.count++;
    if (window.count > this.perMinute) {
      throw new Problem(
        429,
        'rate-limited',
        'Zu viele Anfragen',
        'Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
      ).retryAfter(Math.ceil((window.resetAt - now) / 1000));
    }
  }

  private forgetExpired(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
