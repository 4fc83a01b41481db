import { html, nothing, type ReactiveControllerHost } from 'lit';
import { authHeaders, type Credentials } from './client.ts';
import { ApiProblem } from './problem.ts';

/**
 * Fetches the receipt PDF with the citizen's credentials (a plain link cannot send the token or the access
 * code, and the code must not travel in a URL) and hands it to the browser as a download.
 */
export async function downloadReceipt(base: string, reference: string, credentials: Credentials): Promise<void> {
  const response = await fetch(`${base}/applications/${encodeURIComponent(reference)}/receipt.pdf`, {
    headers: { accept: 'application/pdf', ...authHeaders(credentials) },
  });
  if (!response.ok) throw new ApiProblem({ type: 'about:blank', title: response.statusText, status: response.status });
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `Eingangsbestaetigung-${reference}.pdf`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns; the object URL is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const failed = new WeakMap<object, Set<string>>();

/**
 * "Bestätigung als PDF herunterladen": a button (it fetches with credentials) and, if the download failed, an
 * alert next to it. The failure is kept per host and reference until the next try.
 */
export function renderReceiptDownload(
  host: ReactiveControllerHost & object,
  reference: string,
  texts: { download: string; failed: string },
  download: () => Promise<void>,
) {
  const failures = failed.get(host) ?? new Set<string>();
  failed.set(host, failures);
  const start = async () => {
    failures.delete(reference);
    host.requestUpdate();
    try {
      await download();
    } catch {
      failures.add(reference);
      host.requestUpdate();
    }
  };
  return html`<p class="receipt-download">
      <button type="button" class="secondary" part="receipt-download" @click=${() => void start()}>${texts.download}</button>
    </p>
    ${failures.has(reference) ? html`<p class="error-text" role="alert" part="error">${texts.failed}</p>` : nothing}`;
}
