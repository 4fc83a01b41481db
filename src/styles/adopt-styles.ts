import { adoptStyles, type CSSResultGroup, type CSSResultOrNative, type LitElement } from 'lit';

const adopted = new WeakSet<LitElement>();

/**
 * Adds the styles of a part loaded on demand (a form renderer, the tracker's behaviour) to its element's own, the
 * way Lit applies static styles: constructable style sheets, or <style> elements with the page's nonce.
 */
export function adoptLazyStyles(host: LitElement, styles: CSSResultOrNative): void {
  if (adopted.has(host) || !(host.renderRoot instanceof ShadowRoot)) return;
  adopted.add(host);
  const own = (host.constructor as typeof LitElement & { elementStyles: CSSResultGroup[] }).elementStyles as CSSResultOrNative[];
  adoptStyles(host.renderRoot, [...own, styles]);
}
