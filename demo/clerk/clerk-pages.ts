import type { ApplicationView } from '../../contract/applications.ts';
import type { JsonSchema } from '../../contract/forms.ts';
import type { ReceivedMessage } from './webhook-inbox.ts';

const STATUS_LABELS: Record<string, string> = {
  eingegangen: 'Eingegangen',
  'in-bearbeitung': 'In Bearbeitung',
  rueckfrage: 'Rückfrage',
  abgeschlossen: 'Abgeschlossen',
  abgelehnt: 'Abgelehnt',
};

export const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const date = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));

export function layout(title: string, body: string, municipalityName?: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – Sachbearbeitung</title>
<link rel="stylesheet" href="/clerk.css">
</head>
<body>
<header><p class="brand">Open Rathaus · Sachbearbeitung${municipalityName ? ` · ${escape(municipalityName)}` : ''}</p>
${municipalityName ? '<form method="post" action="/logout"><button class="secondary">Abmelden</button></form>' : ''}</header>
<main>${body}</main>
</body>
</html>`;
}

export function loginPage(municipalities: { slug: string; name: string }[], error?: string): string {
  return layout(
    'Anmelden',
    `<h1>Anmelden zur Sachbearbeitung</h1>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/login">
  <label for="municipality">Kommune</label>
  <select id="municipality" name="municipality">${municipalities.map((m) => `<option value="${escape(m.slug)}">${escape(m.name)}</option>`).join('')}</select>
  <label for="password">Passwort</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required aria-describedby="password-hint">
  <p id="password-hint" class="hint">Demo: Passwort „demo“.</p>
  <button>Anmelden</button>
</form>`,
  );
}

export function listPage(name: string, applications: ApplicationView[], inbox: ReceivedMessage[]): string {
  const rows = applications
    .map(
      (a) => `<tr><td><a href="/antrag/${escape(a.reference)}">${escape(a.reference)}</a></td><td>${escape(a.service.name)}</td>
<td>${escape(STATUS_LABELS[a.status])}</td><td>${escape(date(a.createdAt))}</td><td>${a.attachments.length}</td></tr>`,
    )
    .join('');
  return layout(
    'Anträge',
    `<h1>Anträge</h1>
${
  applications.length === 0
    ? '<p>Noch keine Anträge.</p>'
    : `<table><caption class="visually-hidden">Anträge, neueste zuerst</caption>
<thead><tr><th scope="col">Aktenzeichen</th><th scope="col">Leistung</th><th scope="col">Status</th><th scope="col">Eingang</th><th scope="col">Anlagen</th></tr></thead>
<tbody>${rows}</tbody></table>`
}
<h2>Im Fachverfahren eingegangen</h2>
${
  inbox.length === 0
    ? '<p>Noch keine Nachrichten.</p>'
    : `<ul>${inbox
        .slice(0, 10)
        .map(
          (m) =>
            `<li>${escape(date(m.receivedAt))}: ${escape(m.type)} ${escape(m.reference)} – Signatur ${m.signatureValid ? 'gültig' : '<strong>ungültig</strong>'}${handoffNote(m)}</li>`,
        )
        .join('')}</ul>`
}`,
    name,
  );
}

export function applicationPage(name: string, a: ApplicationView, schema: JsonSchema | undefined, notice?: string): string {
  const allowed =
    a.status === 'abgeschlossen' || a.status === 'abgelehnt' ? [] : ['in-bearbeitung', 'rueckfrage', 'abgeschlossen', 'abgelehnt'];
  return layout(
    a.reference,
    `<p><a href="/">← Alle Anträge</a></p>
<h1>${escape(a.service.name)} <span class="reference">${escape(a.reference)}</span></h1>
${notice ? `<p class="notice" role="status">${escape(notice)}</p>` : ''}
<p>Status: <strong>${escape(STATUS_LABELS[a.status])}</strong> · Eingang ${escape(date(a.createdAt))} · Formularversion ${a.formVersion}</p>
<h2>Angaben</h2>
${renderData(a.data, schema)}
<h2>Anlagen</h2>
${
  a.attachments.length === 0
    ? '<p>Keine.</p>'
    : `<ul>${a.attachments
        .map(
          (f) =>
            `<li><a href="/antrag/${escape(a.reference)}/anlage/${escape(f.id)}">${escape(f.name)}</a> (${escape(f.type)}, ${Math.ceil(f.size / 1024)} KB)</li>`,
        )
        .join('')}</ul>`
}
<h2>Verlauf</h2>
<ol class="timeline">${a.timeline.map((e) => timelineEntry(a.reference, e)).join('')}</ol>
${
  allowed.length === 0
    ? ''
    : `<h2>Status ändern</h2>
<form method="post" action="/antrag/${escape(a.reference)}/status">
  <label for="status">Neuer Status</label>
  <select id="status" name="status">${allowed.map((s) => `<option value="${s}">${escape(STATUS_LABELS[s])}</option>`).join('')}</select>
  <label for="message">Nachricht an die Antragstellerin oder den Antragsteller</label>
  <textarea id="message" name="message" rows="4" aria-describedby="message-hint"></textarea>
  <p id="message-hint" class="hint">Für eine Rückfrage erforderlich.</p>
  <button>Status setzen</button>
</form>`
}`,
    name,
  );
}

/** A status change with the office's message, or the citizen's answer with its files to download. */
function timelineEntry(reference: string, e: ApplicationView['timeline'][number]): string {
  if (e.answer) {
    const files = e.answer.attachments
      .map(
        (f) =>
          `<li><a href="/antrag/${escape(reference)}/anlage/${escape(f.id)}">${escape(f.name)}</a> (${escape(f.type)}, ${Math.ceil(f.size / 1024)} KB)</li>`,
      )
      .join('');
    return `<li class="answer"><strong>Antwort der Antragstellerin oder des Antragstellers</strong> – ${escape(date(e.at))}
<p class="answer-text">${escape(e.answer.text)}</p>${files ? `<p>Dateien zur Antwort:</p><ul>${files}</ul>` : ''}</li>`;
  }
  return `<li><strong>${escape(STATUS_LABELS[e.status])}</strong> – ${escape(date(e.at))}${e.message ? `<br>${escape(e.message)}` : ''}</li>`;
}

/** The application's data as nested description lists, labelled with the form's own titles. */
function renderData(value: unknown, schema: JsonSchema | undefined): string {
  if (Array.isArray(value)) {
    return `<ol>${value.map((item) => `<li>${renderData(item, schema?.items)}</li>`).join('')}</ol>`;
  }
  if (value && typeof value === 'object') {
    if ('id' in value && 'size' in value && 'type' in value) return escape((value as { name?: string }).name);
    const conditional = Object.assign({}, ...(schema?.allOf ?? []).map((branch) => branch.then?.properties ?? {}));
    return `<dl>${Object.entries(value)
      .map(([key, child]) => {
        const childSchema = schema?.properties?.[key] ?? conditional[key];
        return `<dt>${escape(childSchema?.title ?? key)}</dt><dd>${renderData(child, childSchema)}</dd>`;
      })
      .join('')}</dl>`;
  }
  const choice = schema?.oneOf?.find((option) => option.const === value);
  if (choice) return escape(choice.title);
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nein';
  return escape(value);
}

/** What the procedure's generic reader made of a new application: decrypted, hash and schema checked, who applied. */
function handoffNote(m: ReceivedMessage): string {
  if (!m.handoff) return '';
  if (m.handoff.problem) return ` – <strong>abgelehnt: ${escape(m.handoff.problem)}</strong>`;
  const who = [m.handoff.applicant, m.handoff.address].filter(Boolean).join(', ');
  return ` – ${m.handoff.encrypted ? 'verschlüsselt empfangen, entschlüsselt' : 'unverschlüsselt empfangen'}, Prüfsumme und Schema geprüft${who ? ` – ${escape(who)}` : ''}`;
}
