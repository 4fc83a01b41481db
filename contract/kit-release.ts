/**
 * What a release of the kit publishes at `/kit/<version>/release.json` (written by the build, served by the
 * server, read by the snippet assistant): its version and the Subresource Integrity hash of each script file.
 */
export interface KitRelease {
  /** Semantic version of the kit, e.g. "0.2.0". */
  version: string;
  /** The script-tag entry, relative to the release's folder. */
  entry: string;
  /** `sha384-…` per file, keyed by its path relative to the release's folder (e.g. "chunks/core-AbC123.js"). */
  integrity: Record<string, string>;
}

/** The index of releases at `/kit/releases.json`: every version served, newest first, and what each channel points to. */
export interface KitReleaseIndex {
  /** Major channel ("v0") → the version it serves now. */
  channels: Record<string, string>;
  releases: KitRelease[];
}

/** The major channel of a version: "0.2.0" → "v0". */
export function channelOf(version: string): string {
  return `v${version.split('.')[0]}`;
}

/**
 * The tags that load a release with Subresource Integrity from `base` (the release's absolute URL, e.g.
 * "https://api.landkreis-diepholz.de/kit/0.2.0/"): the entry's `integrity` on its script tag, and the chunks' hashes
 * in an import map (`integrity` key; current Chromium, Firefox and Safari), which must come before the script.
 */
export function integrityTags(release: KitRelease, base: string): { importMap: string; script: string } {
  const root = base.replace(/\/?$/, '/');
  const chunks = Object.entries(release.integrity).filter(([file]) => file !== release.entry);
  const integrity = Object.fromEntries(chunks.map(([file, hash]) => [`${root}${file}`, hash]));
  return {
    importMap: `<script type="importmap">${JSON.stringify({ integrity })}</script>`,
    script: `<script type="module" src="${root}${release.entry}" integrity="${release.integrity[release.entry]}" crossorigin="anonymous"></script>`,
  };
}
