import { defineConfig } from 'vite';
import { kitRelease } from './scripts/kit-release-plugin.ts';

/**
 * The CDN build: one script-tag entry (dist/cdn/rathaus.js) that loads each element's code as its own chunk,
 * and the form renderer and the OpenID Connect library only when they are needed.
 */
export default defineConfig({
  // release.json: the version and each file's SRI hash, published at /kit/<version>/release.json.
  plugins: [kitRelease()],
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
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          groups: [
            // Lit, shared by every element, in one cacheable chunk (its directives go with the code that uses them);
            // each element in its own.
            { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/](?!(.*[\\/])?directives[\\/])/ },
            ...['service-list', 'login-button'].map((element) => ({
              name: element,
              test: new RegExp(`src[\\\\/]elements[\\\\/]${element}[\\\\/]`),
            })),
            // The form's and the tracker's elements only; their behaviour stays a lazy chunk of its own.
            ...['application-form', 'status-tracker'].map((element) => ({
              name: element,
              test: new RegExp(`src[\\\\/]elements[\\\\/]${element}[\\\\/]${element}(\\.styles)?\\.ts$`),
            })),
            { name: 'oidc-client', test: /node_modules[\\/]oidc-client-ts[\\/]/ },
          ],
        },
      },
    },
  },
});
