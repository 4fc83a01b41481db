import type { ApplicationView, Receipt } from '../../contract/applications.ts';
import type { Municipality, ServiceList } from '../../contract/catalogue.ts';
import type { FormDefinition } from '../../contract/forms.ts';
import type { ProblemDocument } from '../../contract/problem.ts';
import { ApiProblem, NetworkError } from './problem.ts';

export type { ApplicationView, Municipality, Receipt, ServiceList, FormDefinition };

/** How a request proves who may see an application: the citizen's token or the anonymous access code. */
export type Credentials = { token: string } | { accessCode: string } | undefined;

export function authHeaders(credentials: Credentials): Record<string, string> {
  if (!credentials) return {};
  return 'token' in credentials ? { authorization: `Bearer ${credentials.token}` } : { 'rathaus-access-code': credentials.accessCode };
}

/** fetch() that turns problem documents into ApiProblem and a missing answer into NetworkError. */
export async function request<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('json')) throw new ApiProblem((await response.json()) as ProblemDocument);
    throw new ApiProblem({ type: 'about:blank', title: response.statusText, status: response.status });
  }
  return (await response.json()) as T;
}

export const api = {
  municipalities: (base: string, signal?: AbortSignal) => request<Municipality[]>(`${base}/municipalities`, { signal }),
  services: (base: string, slug: string, signal?: AbortSignal) =>
    request<ServiceList>(`${base}/municipalities/${encodeURIComponent(slug)}/services`, { signal }),
  form: (base: string, serviceKey: string, signal?: AbortSignal) =>
    request<FormDefinition>(`${base}/forms/${encodeURIComponent(serviceKey)}`, { signal }),
  application: (base: string, reference: string, credentials: Credentials, signal?: AbortSignal) =>
    request<ApplicationView>(`${base}/applications/${encodeURIComponent(reference)}`, { headers: authHeaders(credentials), signal }),
  myApplications: (base: string, token: string, signal?: AbortSignal) =>
    request<ApplicationView[]>(`${base}/me/applications`, { headers: authHeaders({ token }), signal }),
};
