import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/** A town's website: static files from one folder on one origin, with the headers its web server would send. */
export async function serveSite(options: { origin: string; root: string; headers?: Record<string, string> }): Promise<Server> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', options.origin);
    // The demo sites have no icons; answering "nothing" keeps the browser console clean.
    if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(options.root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...options.headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><html lang="de"><title>Nicht gefunden</title><h1>Seite nicht gefunden</h1></html>');
    }
  });
  const { hostname, port } = new URL(options.origin);
  await new Promise<void>((resolve) => server.listen(Number(port), hostname, resolve));
  return server;
}
