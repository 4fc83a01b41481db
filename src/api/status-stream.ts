import type { StatusEvent } from '../../contract/applications.ts';
import { authHeaders, type Credentials } from './client.ts';

/**
 * Follows a Server-Sent Events stream of status changes with fetch(), because EventSource cannot send the
 * Authorization header. Reconnects after a dropped connection and asks for what it missed (Last-Event-ID).
 * Resolves when `signal` aborts, or when the server refuses the credentials (401, 404) and they have not changed.
 *
 * `credentials` is asked at every (re)connection: the server ends a stream when the token that opened it expires,
 * and the stream goes on with the session's renewed token, at once if it was renewed meanwhile.
 *
 * `since` is the id of the newest timeline entry the caller already shows: sent as the first Last-Event-ID, so a
 * change made between loading the application and opening the stream is replayed instead of lost.
 */
export async function followStatus(
  url: string,
  credentials: () => Credentials,
  onEvent: (event: StatusEvent) => void,
  signal: AbortSignal,
  since?: number,
): Promise<void> {
  let lastEventId: string | undefined = since === undefined ? undefined : String(since);
  let retryMs = 3000;
  while (!signal.aborted) {
    const used = JSON.stringify(credentials());
    try {
      const response = await fetch(url, {
        headers: { accept: 'text/event-stream', ...authHeaders(credentials()), ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
        signal,
      });
      if (!response.ok || !response.body) {
        // 401/404 will not get better by asking again with the same credentials; stop following.
        if (response.status >= 400 && response.status < 500) {
          if (JSON.stringify(credentials()) === used) return;
          continue;
        }
        throw new Error(`HTTP ${response.status}`);
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = parseFrame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (frame.retry) retryMs = frame.retry;
          if (frame.id) lastEventId = frame.id;
          if (frame.event === 'status' && frame.data) onEvent(JSON.parse(frame.data) as StatusEvent);
        }
      }
    } catch {
      if (signal.aborted) return;
    }
    // Renewed while the stream was open (it ended because the old token expired): go on at once.
    if (JSON.stringify(credentials()) !== used) continue;
    await new Promise((resolve) => setTimeout(resolve, retryMs));
  }
}

function parseFrame(frame: string): { id?: string; event?: string; data?: string; retry?: number } {
  const result: { id?: string; event?: string; data?: string; retry?: number } = {};
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') result.id = value;
    else if (field === 'event') result.event = value;
    else if (field === 'data') result.data = result.data === undefined ? value : `${result.data}\n${value}`;
    else if (field === 'retry' && /^\d+$/.test(value)) result.retry = Number(value);
  }
  return result;
}
