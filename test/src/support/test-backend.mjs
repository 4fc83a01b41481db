// Starts the real API as a child process for the browser tests, on a fresh PGlite folder.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { startTestIssuer } from './test-issuer.mjs';

const STAFF = { clientId: 'syke-fachverfahren', clientSecret: 'syke-secret-0123456789', municipality: 'syke' };

export async function startTestBackend({ allowedOrigins, env = {} }) {
  const dataDir = await mkdtemp(join(tmpdir(), 'rathaus-wtr-'));
  const issuer = await startTestIssuer();
  const smtp = await startMailSink();
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      RATHAUS_TODAY: '2026-11-25',
      LOG_LEVEL: 'warn',
      STAFF_TOKEN_SECRET: 'browser-test-secret-browser-test-secret',
      STAFF_CLIENTS: JSON.stringify([STAFF]),
      ALLOWED_ORIGINS: allowedOrigins.join(','),
      ANONYMOUS_SUBMISSIONS_PER_MINUTE: '1000',
      ACCESS_CODE_LOOKUPS_PER_MINUTE: '1000',
      TOKEN_REQUESTS_PER_MINUTE: '1000',
      TRUSTED_ISSUERS: JSON.stringify([issuer.trustedIssuer]),
      // Mail on, as in production: the tracker offers the status-mail choice only where mail can be sent.
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'noreply@landkreis-diepholz.example',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const api = `http://127.0.0.1:${port}/api/v1`;
  try {
    await waitUntilUp(`${api}/municipalities`, child);
  } catch (error) {
    // The test run ends here; without this the backend would outlive it and hold its port and a core.
    child.kill('SIGKILL');
    await issuer.stop();
    await smtp.stop();
    throw error;
  }
  return {
    api,
    testInfo: { api, staff: STAFF, issuer: issuer.issuer },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await issuer.stop();
      await smtp.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** An SMTP server that takes every mail and keeps none: the browser tests check the pages, not the mails. */
async function startMailSink() {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('end', () => callback());
      stream.resume();
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.server.address().port, stop: () => new Promise((resolve) => server.close(resolve)) };
}

async function waitUntilUp(url, child) {
  // PGlite initialises its cluster in WebAssembly at first start: seconds on an idle machine, over a minute on a
  // busy shared one. The wait is only an upper bound.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`test backend exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('test backend did not start within 180 s');
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
