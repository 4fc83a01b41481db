/**
 * The public API check (CI): compares custom-elements.json with the API of the last release (api/<version>.
 * custom-elements.json, a copy kept per release) and fails on a breaking change that CHANGELOG.md does not
 * announce. Breaking: an element, attribute, event, CSS part, CSS custom property or slot that the release had
 * and the code no longer has. Additions are never breaking. See CHANGELOG.md, "Versioning policy".
 *
 *   npx tsx scripts/api-compatibility.ts          # check
 *   npx tsx scripts/api-compatibility.ts --snapshot   # at a release: keep this version's API as the new baseline
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Kind = 'attribute' | 'event' | 'part' | 'css property' | 'slot';
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  slots?: { name: string }[];
}
/** Something the old API had and the new one lacks; without `kind`, the whole element. */
export interface Removal {
  tag: string;
  kind?: Kind;
  name?: string;
}

const KINDS: [Kind, keyof Declaration][] = [
  ['attribute', 'attributes'],
  ['event', 'events'],
  ['part', 'cssParts'],
  ['css property', 'cssProperties'],
  ['slot', 'slots'],
];

function elements(manifest: Manifest): Map<string, Declaration> {
  return new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => [declaration.tagName!, declaration]),
  );
}

export function removals(before: Manifest, after: Manifest): Removal[] {
  const now = elements(after);
  const found: Removal[] = [];
  for (const [tag, old] of elements(before)) {
    const current = now.get(tag);
    if (!current) {
      found.push({ tag });
      continue;
    }
    for (const [kind, key] of KINDS) {
      const names = new Set(((current[key] ?? []) as { name: string }[]).map((item) => item.name));
      for (const { name } of (old[key] ?? []) as { name: string }[]) if (!names.has(name)) found.push({ tag, kind, name });
    }
  }
  return found;
}

export function describeRemoval(removal: Removal): string {
  return removal.kind ? `${removal.kind} \`${removal.name}\` of \`<${removal.tag}>\`` : `element \`<${removal.tag}>\``;
}

/** The lines of CHANGELOG.md's "### Breaking changes" under "## <version>" (or "## [<version>]"). */
export function breakingNotes(changelog: string, version: string): string[] {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^## \\[?${version.replaceAll('.', '\\.')}\\]?(\\s|$)`).test(line));
  if (start < 0) return [];
  const notes: string[] = [];
  let inBreaking = false;
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    if (/^### /.test(line)) inBreaking = /breaking/i.test(line);
    else if (inBreaking && line.trim()) notes.push(line);
  }
  return notes;
}

/** A removal is announced by a note naming it in backticks, with its element (tokens are page-wide: name alone). */
export function isAnnounced(removal: Removal, notes: string[]): boolean {
  const mentions = (note: string, word: string) => note.includes(`\`${word}\``) || note.includes(`\`<${word}>\``);
  return notes.some((note) => {
    if (!removal.kind) return mentions(note, removal.tag);
    if (!mentions(note, removal.name!)) return false;
    return removal.kind === 'css property' || mentions(note, removal.tag);
  });
}

const parse = (version: string) => version.split('.').map(Number) as [number, number, number];
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/**
 * The check itself: `baselines` are the released APIs by version; the newest one not newer than `version` is
 * compared. Returns what is wrong, empty when the change is fine.
 */
export function checkApi(options: { version: string; manifest: Manifest; baselines: Map<string, Manifest>; changelog: string }): {
  baseline?: string;
  problems: string[];
} {
  const { version, manifest, baselines, changelog } = options;
  const problems: string[] = [];
  if (!new RegExp(`^## \\[?${version.replaceAll('.', '\\.')}\\]?(\\s|$)`, 'm').test(changelog))
    problems.push(`CHANGELOG.md has no section "## ${version}" for the version in package.json.`);
  const baseline = [...baselines.keys()]
    .filter((v) => compareVersions(v, version) <= 0)
    .sort(compareVersions)
    .at(-1);
  if (!baseline) return { problems };
  const removed = removals(baselines.get(baseline)!, manifest);
  if (removed.length === 0) return { baseline, problems };
  if (baseline === version)
    problems.push(`The API of ${version} is released; a breaking change needs a new version (package.json) and its CHANGELOG entry.`);
  else if (parse(version)[0] === parse(baseline)[0] && parse(version)[0] > 0)
    problems.push(`Breaking changes need a new major version: ${baseline} → ${version} keeps the major.`);
  else if (parse(version)[0] === 0 && parse(version)[1] === parse(baseline)[1])
    problems.push(`Breaking changes in 0.x need a new minor version: ${baseline} → ${version} keeps the minor.`);
  const notes = breakingNotes(changelog, version);
  for (const removal of removed)
    if (!isAnnounced(removal, notes))
      problems.push(
        `Not announced: ${describeRemoval(removal)} was in ${baseline} and is gone (CHANGELOG.md, ## ${version}, ### Breaking changes).`,
      );
  return { baseline, problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  // --root <folder>: check another checkout (the tests use a scratch copy).
  const rootArg = process.argv.indexOf('--root');
  const root = rootArg > 0 ? pathToFileURL(`${resolve(process.argv[rootArg + 1])}/`) : new URL('../', import.meta.url);
  const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
  const { version } = JSON.parse(read('package.json')) as { version: string };
  if (process.argv.includes('--snapshot')) {
    const target = new URL(`api/${version}.custom-elements.json`, root);
    if (existsSync(target)) throw new Error(`api/${version}.custom-elements.json exists: a released API never changes.`);
    copyFileSync(new URL('custom-elements.json', root), target);
    console.log(`Kept the API of ${version} as api/${version}.custom-elements.json.`);
  } else {
    const baselines = new Map(
      readdirSync(new URL('api/', root))
        .map((file) => /^(\d+\.\d+\.\d+)\.custom-elements\.json$/.exec(file))
        .filter((match) => match !== null)
        .map((match) => [match[1], JSON.parse(read(`api/${match[0]}`)) as Manifest]),
    );
    const result = checkApi({ version, manifest: JSON.parse(read('custom-elements.json')), baselines, changelog: read('CHANGELOG.md') });
    for (const problem of result.problems) console.error(problem);
    if (result.problems.length) process.exit(1);
    console.log(
      `Public API of ${version} is compatible with ${result.baseline ?? 'no earlier release'} or announces its breaking changes.`,
    );
  }
}
