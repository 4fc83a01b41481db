import { createServer, type Server } from 'node:http';
import type { ReceivedMail, SmtpInbox } from './smtp-inbox.ts';

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const date = (at: Date) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Berlin' }).format(at);

/** Links in a mail's plain text, clickable; everything else escaped. */
const linked = (text: string) => escape(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – Demo-Postfach</title>
<style>body{font-family:sans-serif;line-height:1.5;max-width:50em;margin:1em auto;padding:0 1em}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4em;border-bottom:1px solid #767676}
pre{white-space:pre-wrap;background:#f3f3f3;padding:1em}a{color:#0b5cab}</style></head>
<body><header><p>Open Rathaus · Demo-Postfach (alle E-Mails der Demo)</p></header><main>${body}</main></body></html>`;
}

function listPage(mails: ReceivedMail[]): string {
  const rows = [...mails]
    .reverse()
    .map(
      (m) =>
        `<tr><td>${escape(date(m.receivedAt))}</td><td>${escape(m.to.join(', '))}</td><td><a href="/mail/${m.id}">${escape(m.subject)}</a></td></tr>`,
    )
    .join('');
  return layout(
    'Posteingang',
    `<h1>Posteingang</h1>${
      mails.length === 0
        ? '<p>Noch keine E-Mails.</p>'
        : `<table><caption>E-Mails, neueste zuerst</caption><thead><tr><th scope="col">Eingang</th><th scope="col">An</th><th scope="col">Betreff</th></tr></thead><tbody>${rows}</tbody></table>`
    }`,
  );
}

function mailPage(m: ReceivedMail): string {
  return layout(
    m.subject,
    `<p><a href="/">← Posteingang</a></p><h1>${escape(m.subject)}</h1>
<dl><dt>Von</dt><dd>${escape(m.from)}</dd><dt>Antwort an</dt><dd>${escape(m.replyTo)}</dd><dt>An</dt><dd>${escape(m.to.join(', '))}</dd>
<dt>Eingang</dt><dd>${escape(date(m.receivedAt))}</dd></dl>
<h2>Text</h2><pre>${linked(m.text)}</pre>`,
  );
}

/**
 * The demo's mailbox as a web page on its own loopback origin: every mail the SMTP server took, newest first,
 * each with its text and working links (the plain-text part; the HTML part is not rendered, so a mail's markup
 * can never run here).
 */
export async function startInboxPage(inbox: SmtpInbox, origin: string): Promise<Server> {
  const { hostname, port } = new URL(origin);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', origin).pathname;
    const match = /^\/mail\/(\d+)$/.exec(path);
    const mail = match ? inbox.mails.find((m) => m.id === Number(match[1])) : undefined;
    const body = path === '/' ? listPage(inbox.mails) : mail ? mailPage(mail) : undefined;
    response.writeHead(body ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'cache-control': 'no-store',
    });
    response.end(body ?? layout('Nicht gefunden', '<h1>Nicht gefunden</h1><p><a href="/">Zum Posteingang</a></p>'));
  });
  await new Promise<void>((resolve) => server.listen(Number(port), hostname, resolve));
  return server;
}
