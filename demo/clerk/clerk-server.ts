import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApplicationView } from '../../contract/applications.ts';
import type { FormDefinition } from '../../contract/forms.ts';
import { applicationPage, layout, listPage, loginPage } from './clerk-pages.ts';
import type { CryptoKey } from 'jose';
import { HandoffReader } from './handoff-reader.ts';
import { StaffClient } from './staff-client.ts';
import { WebhookInbox } from './webhook-inbox.ts';

export interface ClerkAccount {
  municipality: string;
  name: string;
  clientId: string;
  clientSecret: string;
}

/**
 * The clerk's view: signs a clerk in for one municipality and works with the backend's staff API on their
 * behalf (the client secret stays on this server). It also plays each town's specialist procedure and receives
 * the backend's webhooks at /fachverfahren/<municipality>.
 */
export async function startClerkServer(options: {
  origin: string;
  api: string;
  accounts: ClerkAccount[];
  webhookSecrets: Record<string, string>;
  /** The private keys of the towns whose procedures receive applications encrypted. */
  handoffKeys: Record<string, CryptoKey>;
  password: string;
}): Promise<Server> {
  const sessions = new Map<string, ClerkAccount>();
  const clients = new Map(
    options.accounts.map((account) => [account.municipality, new StaffClient(options.api, account.clientId, account.clientSecret)]),
  );
  const readers = Object.fromEntries(options.accounts.map((a) => [a.municipality, new HandoffReader(options.handoffKeys[a.municipality])]));
  const inbox = new WebhookInbox(options.webhookSecrets, readers);
  const css = await readFile(new URL('./clerk.css', import.meta.url));

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', options.origin);
    const path = url.pathname.split('/').filter(Boolean);
    if (path[0] === 'clerk.css') return send(response, 200, css, 'text/css; charset=utf-8');
    if (path[0] === 'fachverfahren' && path[1]) {
      if (request.method === 'POST') {
        const valid = await inbox.receive(path[1], await readBody(request), request.headers as Record<string, string>);
        return send(response, valid ? 204 : 400, '');
      }
      return send(response, 200, JSON.stringify(inbox.list(path[1])), 'application/json');
    }
    const sessionId = /(?:^|;\s*)clerk=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1];
    const account = sessionId ? sessions.get(sessionId) : undefined;

    if (request.method === 'POST' && path[0] === 'login') {
      const form = new URLSearchParams(await readBody(request));
      const chosen = options.accounts.find((candidate) => candidate.municipality === form.get('municipality'));
      if (!chosen || form.get('password') !== options.password)
        return send(
          response,
          401,
          loginPage(
            options.accounts.map((a) => ({ slug: a.municipality, name: a.name })),
            'Kommune oder Passwort stimmt nicht.',
          ),
        );
      const id = randomUUID();
      sessions.set(id, chosen);
      response.setHeader('set-cookie', `clerk=${id}; HttpOnly; SameSite=Strict; Path=/`);
      return redirect(response, '/');
    }
    if (!account) return send(response, 200, loginPage(options.accounts.map((a) => ({ slug: a.municipality, name: a.name }))));
    const staff = clients.get(account.municipality)!;
    if (request.method === 'POST' && path[0] === 'logout') {
      sessions.delete(sessionId!);
      response.setHeader('set-cookie', 'clerk=; Max-Age=0; Path=/');
      return redirect(response, '/');
    }
    if (path.length === 0) {
      const list = (await (await staff.fetch('/staff/applications?limit=100')).json()) as ApplicationView[];
      return send(response, 200, listPage(account.name, list, inbox.list(account.municipality)));
    }
    if (path[0] === 'antrag' && path[1]) {
      const reference = encodeURIComponent(path[1]);
      if (path[2] === 'anlage' && path[3]) {
        const file = await staff.fetch(`/staff/applications/${reference}/attachments/${encodeURIComponent(path[3])}`);
        let body: Buffer = Buffer.from(await file.arrayBuffer());
        let type = file.headers.get('content-type') ?? 'application/octet-stream';
        if (file.ok && type.startsWith('application/jose')) {
          // Encrypted for this town: opened with its key and checked against the hash its webhook brought.
          const metadata = inbox.metadataOf(path[1]);
          if (!metadata)
            return send(
              response,
              409,
              layout('Noch nicht eingegangen', '<h1>Der Antrag ist im Fachverfahren noch nicht eingegangen.</h1>', account.name),
            );
          body = await inbox.reader(account.municipality)!.attachment(body, type, path[3], metadata);
          type = metadata.contentStructure.attachments.find((a) => a.attachmentId === path[3])?.mimeType ?? 'application/octet-stream';
        }
        response.writeHead(file.status, {
          'content-type': type,
          'content-disposition': file.headers.get('content-disposition') ?? 'attachment',
        });
        return response.end(body);
      }
      if (request.method === 'POST' && path[2] === 'status') {
        const form = new URLSearchParams(await readBody(request));
        const message = form.get('message')?.trim();
        const result = await staff.fetch(`/staff/applications/${reference}/status`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ status: form.get('status'), ...(message ? { message } : {}) }),
        });
        const problem = result.ok ? undefined : ((await result.json()) as { detail?: string; title: string });
        return redirect(
          response,
          `/antrag/${reference}?hinweis=${encodeURIComponent(problem ? (problem.detail ?? problem.title) : 'Der Status wurde gesetzt.')}`,
        );
      }
      const answer = await staff.fetch(`/staff/applications/${reference}`);
      if (!answer.ok)
        return send(response, 404, layout('Nicht gefunden', '<h1>Antrag nicht gefunden</h1><p><a href="/">Zurück</a></p>', account.name));
      const application = (await answer.json()) as ApplicationView;
      const form = (await (
        await fetch(`${options.api}/forms/${application.service.key}/versions/${application.formVersion}`)
      ).json()) as FormDefinition;
      return send(response, 200, applicationPage(account.name, application, form.schema, url.searchParams.get('hinweis') ?? undefined));
    }
    return send(response, 404, layout('Nicht gefunden', '<h1>Seite nicht gefunden</h1>', account.name));
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 502, layout('Fehler', '<h1>Der Server der Kommune ist nicht erreichbar.</h1>')));
  });
  const { hostname, port } = new URL(options.origin);
  await new Promise<void>((resolve) => server.listen(Number(port), hostname, resolve));
  return server;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type = 'text/html; charset=utf-8'): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'self'; form-action 'self'",
  });
  response.end(body);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { location });
  response.end();
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}
