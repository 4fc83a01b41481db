// custom-elements.json is generated from the elements' JSDoc (@tagname, @summary, @fires, @csspart) and, for
// the design tokens every element reads, from src/styles/tokens.ts; never by hand.
import { readFileSync } from 'node:fs';

function designTokens() {
  const source = readFileSync(new URL('./src/styles/tokens.ts', import.meta.url), 'utf8');
  const tokens = [...source.matchAll(/\/\*\* (.+?) \*\/\s+\w+: \['(--rathaus-[\w-]+)', '([^']*)'\]/g)].map(
    ([, description, name, fallback]) => ({
      name,
      default: fallback,
      description,
    }),
  );
  // A token written without its one-line doc comment would otherwise be left out of the documentation silently.
  const declared = source.match(/\['--rathaus-/g)?.length ?? 0;
  if (tokens.length !== declared)
    throw new Error(`src/styles/tokens.ts: ${declared - tokens.length} token(s) without a /** one-line */ description`);
  return tokens;
}

export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'rathaus-design-tokens',
      packageLinkPhase({ customElementsManifest }) {
        // Globbing follows the file system's order, which differs between checkouts; the manifest must not.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        const tokens = designTokens();
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.customElement) declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens];
          }
        }
      },
    },
  ],
};
