import { defineConfig } from 'vite';
import { flattenLazyImports, minifyLitTemplates, precompress } from './scripts/kit-build-plugins.ts';
import { kitRelease } from './scripts/kit-release-plugin.ts';

/**
 * The CDN build: one small script-tag entry (dist/cdn/rathaus.js) that loads the code of the elements a page has,
 * each as its own chunk, and the OpenID Connect library only when it is needed. Every file also as .br and .gz.
 */
export default defineConfig({
  // release.json: the version and each file's SRI hash, published at /kit/<version>/release.json (of the final
  // files: after flattenLazyImports has rewritten them).
  plugins: [minifyLitTemplates(), flattenLazyImports(), precompress(), kitRelease()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The snippet assistant (/kit/assistant/) is a second entry, so that it shares the kit's chunks.
    lib: {
      entry: { rathaus: 'src/rathaus.ts', assistant: 'src/assistant/assistant.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // The entry may export more than src/rathaus.ts does, so that the code it shares with the elements (the API
      // client, the page's configuration) stays in it instead of a chunk the browser would discover one step later.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Vite leaves whitespace and comments in a library build, for bundlers that tree-shake it later; these files
        // go to browsers as they are.
        minify: true,
        // Minified, but with the licences of what it bundles (Lit's BSD-3-Clause notice travels with its code).
        comments: { legal: true, annotation: false, jsdoc: false },
        codeSplitting: {
          // A group takes only the modules it names; the rest (the API client the entry shares) is split as usual.
          includeDependenciesRecursively: false,
          groups: [
            // Few chunks, because a browser opens at most six connections to an HTTP/1.1 origin: what every element
            // needs (Lit, styles, the shared texts) in one; each element's code, with its German texts and the
            // behaviour it loads on demand (and Lit's repeat directive, which only the tracker uses), in one; the
            // session, for the elements that use it (a page with only a service list needs none); the OpenID Connect
            // library only when a citizen signs in.
            {
              name: 'core',
              test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/](?!.*directives[\\/]repeat)|src[\\/](styles|events|internal|i18n[\\/](localize|messages|language-switch|de[\\/](common|index)))|@oxc-project|rolldown[\\/]runtime/,
            },
            {
              name: 'session',
              test: /src[\\/]session[\\/](?!oidc-backend)|contract[\\/]trust-levels/,
            },
            {
              name: 'application-form',
              test: /src[\\/](elements[\\/]application-form[\\/]|api[\\/]submit|i18n[\\/](form-messages|de[\\/]application-form))|contract[\\/](json-pointer|iban)/,
            },
            {
              name: 'status-tracker',
              test: /src[\\/](elements[\\/]status-tracker[\\/]|api[\\/]status-stream|i18n[\\/](tracker-messages|de[\\/]status-tracker))|lit-html[\\/]directives[\\/]repeat/,
            },
            { name: 'oidc-client', test: /node_modules[\\/](oidc-client-ts|jwt-decode)[\\/]/ },
          ],
        },
      },
    },
  },
});
