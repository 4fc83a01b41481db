import type { StatusMailPreference } from '../../contract/applications.ts';
import { authHeaders, request, type Credentials } from './client.ts';

/** Turns e-mail on status changes of one application on or off; answers the setting the server stored. */
export function setStatusMail(base: string, reference: string, credentials: Credentials, enabled: boolean): Promise<StatusMailPreference> {
  return request<StatusMailPreference>(`${base}/applications/${encodeURIComponent(reference)}/status-mail`, {
    method: 'PUT',
    body: JSON.stringify({ enabled } satisfies StatusMailPreference),
    headers: { 'content-type': 'application/json', ...authHeaders(credentials) },
  });
}
