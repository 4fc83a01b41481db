/**
 * Where a service's data schema is published, one URL per form version, so that every delivered application
 * names the exact schema its data is valid against.
 */
export function schemaUri(publicUrl: string, serviceKey: string, version: number): string {
  return `${publicUrl.replace(/\/$/, '')}/api/v1/schemas/${serviceKey}/${version}.json`;
}

/** The service and version a schema URI of ours names; undefined for any other URI. */
export function parseSchemaUri(uri: string): { serviceKey: string; version: number } | undefined {
  const match = /\/api\/v1\/schemas\/(99[0-9]{12})\/([1-9][0-9]*)\.json$/.exec(uri);
  return match ? { serviceKey: match[1], version: Number(match[2]) } : undefined;
}
