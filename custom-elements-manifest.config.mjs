// custom-elements.json is generated from the elements' JSDoc (@tagname, @summary, @fires, @csspart) and, for
// the design tokens every element reads, from src/styles/tokens.ts; never by hand.
import { readFileSync } from 'node:fs';

function designTokens() {
  const source = readFileSync(new URL('./src/styles/tokens.ts', import.meta.url), 'utf8');
  return [...source.matchAll(/\['(--rathaus-[\w-]+)', '([^']*)', '([^']*)'\]/g)].map(([, name, fallback, description]) => ({
    name,
    default: fallback,
    description,
  }));
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
