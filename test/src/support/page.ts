/** Information the test runner's page carries about the backend started for the test run. */
export const testInfo = (window as unknown as { __rathausTest: { api: string; staff: { clientId: string; clientSecret: string; municipality: string } } })
  .__rathausTest;

/** Adds `<meta name=… content=…>` to the test page, as a webmaster would put it in the CMS template. */
export function setMeta(name: string, content: string): HTMLMetaElement {
  const meta = document.createElement('meta');
  meta.name = name;
  meta.content = content;
  document.head.append(meta);
  return meta;
}
