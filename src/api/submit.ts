import { authHeaders, request, type Receipt } from './client.ts';
import { NetworkError } from './problem.ts';

export interface Submission {
  municipality: string;
  service: string;
  data: Record<string, unknown>;
  /** The language the citizen uses: the office's mails are written in it. */
  language?: 'de' | 'en';
  /** Files by the JSON pointer of their form field. */
  files: Map<string, File>;
}

const RETRY_DELAYS_MS = [1000, 3000, 8000];

/**
 * Sends an application. The idempotency key makes retries safe: after a network failure the same request is
 * sent again, and the server answers a repeat with the first receipt instead of filing a second application.
 */
export async function submitApplication(
  base: string,
  submission: Submission,
  options: { idempotencyKey: string; token?: string; wait?: (ms: number) => Promise<void> },
): Promise<Receipt> {
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await request<Receipt>(`${base}/applications`, {
        method: 'POST',
        body: encode(submission),
        headers: {
          'idempotency-key': options.idempotencyKey,
          ...authHeaders(options.token ? { token: options.token } : undefined),
          ...(submission.files.size === 0 ? { 'content-type': 'application/json' } : {}),
        },
      });
    } catch (error) {
      if (!(error instanceof NetworkError) || attempt >= RETRY_DELAYS_MS.length) throw error;
      await wait(RETRY_DELAYS_MS[attempt]);
    }
  }
}

function encode({ municipality, service, data, language, files }: Submission): BodyInit {
  const envelope = JSON.stringify({ municipality, service, data, ...(language ? { language } : {}) });
  if (files.size === 0) return envelope;
  const form = new FormData();
  form.append('application', envelope);
  for (const [pointer, file] of files) form.append(pointer, file, file.name);
  return form;
}
