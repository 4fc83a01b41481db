import type { ApplicationView, Receipt } from '../../contract/applications.ts';
import type { Municipality, ServiceEntry, ServiceList } from '../../contract/catalogue.ts';
import type { FormDefinition } from '../../contract/forms.ts';
import type { ProblemDocument } from '../../contract/problem.ts';
import { ApiProblem, NetworkError } from './problem.ts';

export type { ApplicationView, Municipality, Receipt, ServiceEntry, ServiceList, FormDefinition };

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

/** The addresses of the public reads, so that the script-tag entry can start them before an element is defined. */
export const urls = {
  municipalities: (base: string) => `${base}/municipalities`,
  services: (base: string, slug: string) => `${base}/municipalities/${encodeURIComponent(slug)}/services`,
  offer: (base: string, slug: string, serviceKey: string) =>
    `${base}/municipalities/${encodeURIComponent(slug)}/services/${encodeURIComponent(serviceKey)}`,
  /** With `texts`, also the form's texts in Leichte Sprache (only then: they nearly double the definition). */
  form: (base: string, serviceKey: string, texts?: 'de-x-ls') =>
    `${base}/forms/${encodeURIComponent(serviceKey)}${texts ? `?texts=${texts}` : ''}`,
};

const early = new Map<string, Promise<unknown>>();

/**
 * Starts a public GET now, while the code of the element that needs it is still loading; the element's own
 * request for the same URL takes the answer (or the failure) over instead of asking again. Unclaimed answers are
 * dropped after a minute.
 */
export function prefetch(url: string): void {
  if (early.has(url)) return;
  const pending = request(url);
  // Claimed later, or never: either way no "unhandled rejection" meanwhile.
  pending.catch(() => undefined);
  early.set(url, pending);
  setTimeout(() => early.delete(url), 60_000);
}

function get<T>(url: string, signal?: AbortSignal): Promise<T> {
  const pending = early.get(url);
  if (!pending) return request<T>(url, { signal });
  early.delete(url);
  return pending as Promise<T>;
}

export const api = {
  municipalities: (base: string, signal?: AbortSignal) => get<Municipality[]>(urls.municipalities(base), signal),
  services: (base: string, slug: string, signal?: AbortSignal) => get<ServiceList>(urls.services(base, slug), signal),
  /** One service for the residents of `slug`, with how it is offered (404 when it is not offered there). */
  offer: (base: string, slug: string, serviceKey: string, signal?: AbortSignal) =>
    get<ServiceEntry>(urls.offer(base, slug, serviceKey), signal),
  form: (base: string, serviceKey: string, signal?: AbortSignal, texts?: 'de-x-ls') =>
    get<FormDefinition>(urls.form(base, serviceKey, texts), signal),
  application: (base: string, reference: string, credentials: Credentials, signal?: AbortSignal) =>
    request<ApplicationView>(`${base}/applications/${encodeURIComponent(reference)}`, { headers: authHeaders(credentials), signal }),
  myApplications: (base: string, token: string, signal?: AbortSignal) =>
    request<ApplicationView[]>(`${base}/me/applications`, { headers: authHeaders({ token }), signal }),
};
