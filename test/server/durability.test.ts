import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { fundsacheData, fundsacheSubmission } from './support/fundsache.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

describe('durability of a submission', () => {
  let database: TestDatabase;
  const servers: ServerProcess[] = [];
  let env: Record<string, string | undefined>;

  before(async () => {
    database = await createTestDatabase();
    // PGlite allows one process per data folder: the server children open it, not this test.
    await database.db.close();
    env = {
      ...database.env,
      STAFF_TOKEN_SECRET: 'durability-secret-durability-secret',
      RATHAUS_TODAY: '2026-11-25',
      LOG_LEVEL: 'info',
    };
  });
  after(async () => {
    for (const server of servers) await server.kill();
    await database?.drop();
  });

  test('an application answered 201 survives the server being killed at once, and its log holds no personal data', async () => {
    const first = await startServerProcess(env);
    servers.push(first);
    const data = fundsacheData();
    const fromLine = first.lines.length;
    const response = await fetch(`${first.url}/api/v1/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(fundsacheSubmission('syke', data)),
    });
    assert.equal(response.status, 201);
    const receipt = (await response.json()) as { reference: string; accessCode: string };
    first.child.kill('SIGKILL');
    await first.kill();
    assert.equal(first.child.signalCode, 'SIGKILL');
    const duringSubmission = first.lines.slice(fromLine);

    const second = await startServerProcess(env);
    servers.push(second);
    const lookup = await fetch(`${second.url}/api/v1/applications/${receipt.reference}`, {
      headers: { 'rathaus-access-code': receipt.accessCode },
    });
    assert.equal(lookup.status, 200);
    const view = (await lookup.json()) as { reference: string; status: string; data: unknown; timeline: { status: string }[] };
    assert.equal(view.reference, receipt.reference);
    assert.equal(view.status, 'eingegangen');
    assert.deepEqual(view.data, data);
    assert.deepEqual(
      view.timeline.map((entry) => entry.status),
      ['eingegangen'],
    );

    // The logs: JSON lines, the submission's request among them, and none of the personal data.
    const logged = (lines: string[]) =>
      lines.map((line) => JSON.parse(line) as { msg?: string; req?: { method?: string; route?: string } });
    assert.ok(
      logged(duringSubmission).some((line) => line.req?.method === 'POST' && line.req.route === '/api/v1/applications'),
      `no request log line for the submission among:\n${duringSubmission.join('\n')}`,
    );
    assert.ok(logged(second.lines).some((line) => line.req?.route === '/api/v1/applications/:reference'));
    const secrets = [
      'Zwetschgenbaum',
      data.finder.kontakt.email,
      receipt.accessCode,
      receipt.accessCode.replaceAll('-', ''),
      data.fund.beschreibung,
      'Druckknopf',
      data.fund.fundort,
      receipt.reference,
    ];
    for (const [name, lines] of [
      ['during the submission', duringSubmission],
      ['first run', first.lines],
      ['second run', second.lines],
    ] as const) {
      for (const line of lines) {
        for (const secret of secrets)
          assert.ok(!line.toLowerCase().includes(secret.toLowerCase()), `${name}: "${secret}" logged in ${line}`);
      }
    }
  });
});
