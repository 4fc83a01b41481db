import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** stdout, one entry per line, as read so far; complete once kill() resolved. */
  lines: string[];
  stderr: string[];
  /** SIGKILLs the server (if it still runs) and resolves when its output has been read to the end. */
  kill(): Promise<void>;
}

const running = new Set<ChildProcess>();
// Even if the test runner itself dies, no server is left behind holding a data folder or a database.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `node --import tsx server/main.ts` as production would, and resolves once the API answers. */
export async function startServerProcess(env: Record<string, string | undefined>, name = 'server'): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  // 'close', not 'exit': only then has every line the child wrote been read from its pipes.
  const closed = once(child, 'close');
  void closed.then(() => running.delete(child));
  const lines: string[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => lines.push(line));
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    child,
    lines,
    stderr,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await closed;
    },
  };
  // An upper bound: PGlite's first start takes seconds on an idle machine, over a minute on a busy shared one.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${stderr.join('\n')}\n${lines.join('\n')}`,
      );
    }
    const ready = await fetch(`${server.url}/api/v1/municipalities`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return server;
    if (Date.now() > deadline) {
      await server.kill();
      throw new Error(`${name} not ready within 180 s:\n${stderr.join('\n')}\n${lines.join('\n')}`);
    }
    await sleep(100);
  }
}
