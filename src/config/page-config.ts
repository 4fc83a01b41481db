/**
 * Where an element finds its backend and municipality. In order: the element's own attribute, then the page's
 * `<meta name="rathaus-api">` / `<meta name="rathaus-municipality">`, then (for the API) the origin the script
 * was loaded from, which is right when the county serves the kit itself.
 */
export function apiBase(element: Element, override?: string | null): string {
  const configured = override || meta(element, 'rathaus-api');
  const base = configured ? new URL(configured, element.ownerDocument.baseURI) : new URL('/api/v1', /* @vite-ignore */ import.meta.url);
  return base.href.replace(/\/$/, '');
}

export function pageMunicipality(element: Element, override?: string | null): string | undefined {
  return override || meta(element, 'rathaus-municipality') || undefined;
}

function meta(element: Element, name: string): string | null {
  return element.ownerDocument.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() || null;
}
