import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { WELL_KNOWN } from '../../server/catalogue/seed/well-known-services.ts';
import type { StatusEvent, TimelineEntry } from '../../contract/applications.ts';
import { person } from './support/form-examples.ts';
import { fundsacheSubmission } from './support/fundsache.ts';
import { staffToken, startTestApp, type TestApp } from './support/test-app.ts';
import { startTestIssuer, trustedIssuerConfig, type TestIssuer } from './support/test-issuer.ts';

const FRAME_TIMEOUT_MS = 5000;

interface Frame {
  id?: string;
  event?: string;
  data: string;
}

/**
 * Reads a Server-Sent Events body frame by frame: "id:", "event:" and "data:" lines, a blank line ends a frame,
 * lines starting with ":" are comments. Frames without data (such as "retry:") dispatch nothing, as in browsers.
 */
class EventStreamReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  private buffer = '';

  constructor(body: ReadableStream<Uint8Array>) {
    this.reader = body.getReader();
  }

  /** The next frame with data, or a failure if none arrives within the timeout. */
  async next(timeoutMs = FRAME_TIMEOUT_MS): Promise<Frame> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([this.read(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async read(): Promise<Frame> {
    for (;;) {
      const match = /\r?\n\r?\n/.exec(this.buffer);
      if (match) {
        const block = this.buffer.slice(0, match.index);
        this.buffer = this.buffer.slice(match.index + match[0].length);
        const frame = parseFrame(block);
        if (frame) return frame;
        continue;
      }
      const { value, done } = await this.reader.read();
      if (done) throw new Error('the event stream ended');
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }
}

function parseFrame(block: string): Frame | undefined {
  const frame: Frame = { data: '' };
  const data: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') frame.id = value;
    else if (field === 'event') frame.event = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return undefined;
  frame.data = data.join('\n');
  return frame;
}

/** The status event carried by a frame, after checking that it is one. */
function statusEvent(frame: Frame): StatusEvent {
  assert.equal(frame.event, 'status');
  const event = JSON.parse(frame.data) as StatusEvent;
  assert.equal(frame.id, String(event.entry.id), 'the SSE id is the timeline entry id');
  return event;
}

describe('live status over Server-Sent Events', () => {
  let t: TestApp;
  let base: string;
  let issuer: TestIssuer;
  let staff: string;
  const streams: AbortController[] = [];

  before(async () => {
    issuer = await startTestIssuer();
    t = await startTestApp({ trustedIssuers: [trustedIssuerConfig(issuer)] });
    base = await t.listen();
    staff = await staffToken(t.app, 'syke-fachverfahren', 'syke-secret-0123456789');
  });
  after(async () => {
    for (const controller of streams) controller.abort();
    await t.close();
    await issuer.close();
  });

  /** Opens an event stream over real HTTP; the caller aborts it when done. */
  async function open(path: string, headers: Record<string, string>) {
    const controller = new AbortController();
    streams.push(controller);
    const response = await fetch(`${base}/api/v1${path}`, { headers, signal: controller.signal });
    assert.equal(response.status, 200, `${path}: ${response.status}`);
    assert.equal(response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.ok(response.body);
    return { events: new EventStreamReader(response.body), close: () => controller.abort() };
  }

  async function submit(body: object, headers: Record<string, string> = {}) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: body,
      headers: { 'idempotency-key': randomUUID(), ...headers },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json<{ reference: string; accessCode?: string }>();
  }

  async function changeStatus(reference: string, body: { status: string; message?: string }): Promise<TimelineEntry> {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/staff/applications/${reference}/status`,
      payload: body,
      headers: { authorization: `Bearer ${staff}` },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  }

  /** Hund anmelden in Syke for a signed-in citizen (trust level "niedrig"). */
  async function submitHund(token: string) {
    // prettier-ignore
    const data = {
      hund: { name: 'Bruno', rasse: 'Labrador-Mischling', geschlecht: 'ruede', wurfdatum: '2023-03-01', farbe: 'schwarz', chipnummer: '276098106543210', haltungSeit: '2024-05-15' },
      zweck: { haltung: 'privat' },
      versicherung: { versicherer: 'VGH Versicherungen', versicherungsnummer: 'HH-4711-0815' },
      sachkunde: { liegtVor: true, datum: '2024-04-20' },
      halter: person,
    };
    return submit({ municipality: 'syke', service: WELL_KNOWN.hundAnmelden, data }, { authorization: `Bearer ${token}` });
  }

  test('a status change posted by staff reaches the open stream of the application', async () => {
    const { reference, accessCode } = await submit(fundsacheSubmission('syke'));
    const stream = await open(`/applications/${reference}/events`, { 'rathaus-access-code': accessCode! });
    try {
      const posted = await changeStatus(reference, { status: 'in-bearbeitung' });
      const event = statusEvent(await stream.events.next());
      assert.equal(event.reference, reference);
      assert.equal(event.entry.status, 'in-bearbeitung');
      assert.deepEqual(event.entry, posted);
    } finally {
      stream.close();
    }
  });

  test('a reconnect with Last-Event-ID replays the entries missed in between, then continues live', async () => {
    const { reference, accessCode } = await submit(fundsacheSubmission('syke'));
    const headers = { 'rathaus-access-code': accessCode! };

    const first = await open(`/applications/${reference}/events`, headers);
    let seen: StatusEvent;
    try {
      await changeStatus(reference, { status: 'in-bearbeitung' });
      seen = statusEvent(await first.events.next());
      assert.equal(seen.entry.status, 'in-bearbeitung');
    } finally {
      first.close();
    }

    // While disconnected, the office asks a question and then reconsiders.
    const question = 'Bitte nennen Sie die genaue Uhrzeit des Fundes.';
    const missed = [
      await changeStatus(reference, { status: 'rueckfrage', message: question }),
      await changeStatus(reference, { status: 'in-bearbeitung' }),
    ];

    const again = await open(`/applications/${reference}/events`, { ...headers, 'last-event-id': String(seen.entry.id) });
    try {
      const replayed = [statusEvent(await again.events.next()), statusEvent(await again.events.next())];
      assert.deepEqual(
        replayed,
        missed.map((entry) => ({ reference, entry })),
      );
      assert.equal(replayed[0].entry.message, question);

      const live = await changeStatus(reference, { status: 'abgeschlossen' });
      assert.deepEqual(statusEvent(await again.events.next()), { reference, entry: live });
    } finally {
      again.close();
    }
  });

  test('a Last-Event-ID before the first change replays the whole timeline after it', async () => {
    const { reference, accessCode } = await submit(fundsacheSubmission('syke'));
    const timeline = [await changeStatus(reference, { status: 'in-bearbeitung' }), await changeStatus(reference, { status: 'abgelehnt' })];
    const view = (await t.app.inject({ url: `/api/v1/applications/${reference}`, headers: { 'rathaus-access-code': accessCode! } })).json();
    const received = view.timeline[0];
    assert.equal(received.status, 'eingegangen');

    const stream = await open(`/applications/${reference}/events`, {
      'rathaus-access-code': accessCode!,
      'last-event-id': String(received.id),
    });
    try {
      const replayed = [statusEvent(await stream.events.next()), statusEvent(await stream.events.next())];
      assert.deepEqual(
        replayed.map((event) => event.entry),
        timeline,
      );
    } finally {
      stream.close();
    }
  });

  test('the stream of one application needs its access code or its owner', async () => {
    const { reference } = await submit(fundsacheSubmission('syke'));
    const without = await fetch(`${base}/api/v1/applications/${reference}/events`);
    assert.equal(without.status, 401);
    assert.equal(without.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    await without.body?.cancel();
    const wrong = await fetch(`${base}/api/v1/applications/${reference}/events`, { headers: { 'rathaus-access-code': 'AAAA-BBBB-CCCC' } });
    assert.equal(wrong.status, 404);
    await wrong.body?.cancel();
  });

  test("/me/events carries the changes of the signed-in citizen's applications only", async () => {
    const me = await issuer.token({ sub: `me-${randomUUID()}`, acr: 'urn:test:niedrig' });
    const someoneElse = await issuer.token({ sub: `else-${randomUUID()}`, acr: 'urn:test:niedrig' });
    const mine = await submitHund(me);
    const theirs = await submitHund(someoneElse);
    assert.equal(mine.accessCode, undefined);

    const stream = await open('/me/events', { authorization: `Bearer ${me}` });
    try {
      await changeStatus(theirs.reference, { status: 'in-bearbeitung' });
      const posted = await changeStatus(mine.reference, {
        status: 'rueckfrage',
        message: 'Bitte reichen Sie den Versicherungsnachweis nach.',
      });
      const event = statusEvent(await stream.events.next());
      assert.deepEqual(event, { reference: mine.reference, entry: posted });

      await changeStatus(theirs.reference, { status: 'abgeschlossen' });
      const next = await changeStatus(mine.reference, { status: 'in-bearbeitung' });
      assert.deepEqual(statusEvent(await stream.events.next()), { reference: mine.reference, entry: next });
    } finally {
      stream.close();
    }
  });

  test('/me/events needs a valid token', async () => {
    const without = await fetch(`${base}/api/v1/me/events`);
    assert.equal(without.status, 401);
    await without.body?.cancel();
    const forged = await fetch(`${base}/api/v1/me/events`, { headers: { authorization: 'Bearer not.a.token' } });
    assert.equal(forged.status, 401);
    assert.equal((await forged.json()).type, 'urn:open-rathaus:problem:unauthorized');
  });
});
