import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every file of the build (source maps
 * excepted), so that a server or CDN sends the smallest the browser accepts without compressing on each request (the
 * API's /kit/ route does, see server/kit/routes.ts; nginx: `brotli_static on; gzip_static on;`).
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'rathaus-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      await Promise.all(
        // Source maps only go to developer tools, rarely and on fast connections: not worth brotli's 11 seconds.
        Object.values(bundle)
          .filter((item) => !item.fileName.endsWith('.map'))
          .map(async (item) => {
            const bytes = Buffer.from(item.type === 'chunk' ? item.code : item.source);
            const file = join(outDir, item.fileName);
            await Promise.all([
              brotli(bytes, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: 11,
                  [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                  [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
                },
              }).then((compressed) => writeFile(`${file}.br`, compressed)),
              gzipAsync(bytes, { level: 9 }).then((compressed) => writeFile(`${file}.gz`, compressed)),
            ]);
          }),
      );
    },
  };
}

/**
 * Flattens the waterfall of lazy chunks: `import("./x.js")` becomes a parallel import of x and of every chunk x
 * imports statically (transitively), so the browser requests them in one wave instead of discovering each level
 * only after the previous one arrived. Vite does this with `<link rel="modulepreload">` for applications, but not
 * in library mode, and a town's page only has our one script tag. The module map loads each chunk once, so a chunk
 * that is already loaded costs nothing.
 */
export function flattenLazyImports(): Plugin {
  return {
    name: 'rathaus-flatten-lazy-imports',
    apply: 'build',
    // Before minification, with a source map of the change that the bundler composes with the chunk's own. (The file
    // names still hold hash placeholders, in the code and in the chunk graph alike.)
    renderChunk(code, chunk, _options, meta) {
      if (chunk.dynamicImports.length === 0) return null;
      const chunks = new Map(Object.values(meta.chunks).map((rendered) => [rendered.fileName, rendered]));
      const staticClosure = (file: string, seen = new Set<string>()): Set<string> => {
        for (const imported of chunks.get(file)?.imports ?? []) {
          if (seen.has(imported)) continue;
          seen.add(imported);
          staticClosure(imported, seen);
        }
        return seen;
      };
      const dir = chunk.fileName.includes('/') ? chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1) : '';
      const relative = (target: string) => {
        const up = dir.split('/').filter(Boolean).length;
        const path = target.startsWith(dir) ? target.slice(dir.length) : `${'../'.repeat(up)}${target}`;
        return path.startsWith('.') ? path : `./${path}`;
      };
      const alreadyLoaded = staticClosure(chunk.fileName);
      const edited = new MagicString(code);
      for (const match of code.matchAll(/\bimport\(\s*(["'])([^"']+)\1\s*\)/g)) {
        const target = join(dir, match[2]).replaceAll('\\', '/');
        if (!chunks.has(target)) continue;
        const deps = [...staticClosure(target)].filter((file) => !alreadyLoaded.has(file) && file !== chunk.fileName);
        if (deps.length === 0) continue;
        const parallel = deps.map((file) => `import(${JSON.stringify(relative(file))})`).join(', ');
        edited.overwrite(match.index, match.index + match[0].length, `Promise.all([${match[0]}, ${parallel}]).then((m) => m[0])`);
      }
      if (!edited.hasChanged()) return null;
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}

/**
 * Lit's html`` and css`` templates without indentation and comments: html-minifier-next for the markup
 * (conservatively: a run of white space becomes one space, so no two words run together), lightningcss for styles.
 */
export function minifyLitTemplates(): Plugin {
  const plugin = minifyHTML({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true, minifyCSS: minifyLitCss } } });
  // A Rollup plugin with only a `transform` hook, which Vite runs as it is; Rollup's and Vite's types differ elsewhere.
  return { ...(plugin as unknown as Plugin), enforce: 'pre' };
}

const PLACEHOLDER = /@(TEMPLATE_EXPRESSION_*)\(\);/g;
const NUMBERED = /__(TEMPLATE_EXPRESSION_*)_(\d+)__/g;

/**
 * Minifies the text of a css`` template, whose every ${…} the plugin has replaced by `@TEMPLATE_EXPRESSION();`.
 * lightningcss reads that as an at-rule: in `border: 2px solid ${token.colorBorder};` it takes the declaration's
 * semicolon with it, and the next declaration is lost (the plugin's own minifier guards only a ${…} right after the
 * colon). As a numbered identifier it is a plain value. lightningcss also regroups declarations (logical properties
 * next to their kin), while the plugin puts the expressions back in their written order: a template whose values
 * would move to other properties stays as written. Every ${…} in the kit's styles is a value (a token of
 * src/styles/tokens.ts); one anywhere else, which lightningcss might drop, stops the build.
 */
export function minifyLitCss(css: string): string {
  let count = 0;
  const numbered = css.replace(PLACEHOLDER, (_whole, name: string) => `__${name}_${count++}__`);
  const { code } = transform({ filename: 'template.css', code: Buffer.from(numbered), minify: true });
  const order: number[] = [];
  const minified = code.toString().replace(NUMBERED, (_whole, name: string, index: string) => {
    order.push(Number(index));
    return `@${name}();`;
  });
  if (order.length !== count)
    throw new Error(`a \${…} in a css\`\` template was lost in minifying; only values may be interpolated:\n${css}`);
  return order.every((index, position) => index === position) ? minified : css;
}
