/**
 * Registers an element once. A CMS may include the script twice (two content blocks, two versions); the second
 * registration is skipped instead of throwing "already defined".
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
