// Browser tests: Debian's Chromium against the real backend (PGlite in a temporary folder), started here.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { freePort, startTestBackend } from './test/src/support/test-backend.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// A free port, so that several test runs (or a running demo) never collide.
const PORT = await freePort();
const origin = `http://127.0.0.1:${PORT}`;
const backend = await startTestBackend({ allowedOrigins: [origin] });

export default {
  files: ['test/src/**/*.test.ts'],
  hostname: '127.0.0.1',
  port: PORT,
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 10 * 60_000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    { name: 'stop-backend', serverStop: () => backend.stop() },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 15_000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="de">
  <head>
    <meta name="rathaus-api" content="${backend.api}">
    <script>window.__rathausTest = ${JSON.stringify(backend.testInfo)};</script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
