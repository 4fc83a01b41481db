import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fundsacheData, fundsacheSubmission } from './support/fundsache.ts';
import { samplePng } from './support/sample-files.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';
import { startTestIssuer, trustedIssuerConfig, type TestIssuer } from './support/test-issuer.ts';

interface StructNode {
  role?: string;
  children?: StructNode[];
  type?: string;
}

/** The PDF as a reader sees it: its catalogue flags, its text in reading order and its structure roles. */
async function readPdf(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const markInfo = await pdf.getMarkInfo();
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string } };
  let text = '';
  const roles: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    const walk = (node: StructNode | null) => {
      if (!node) return;
      if (node.role) roles.push(node.role);
      node.children?.forEach(walk);
    };
    walk((await page.getStructTree()) as StructNode | null);
  }
  const fonts = bytes.toString('latin1').match(/\/FontFile2 /g)?.length ?? 0;
  await pdf.destroy();
  return { markInfo, info, text: text.replace(/[ \t]+/g, ' '), roles, fonts };
}

describe('the receipt as PDF', () => {
  let t: TestApp;
  let issuer: TestIssuer;
  before(async () => {
    issuer = await startTestIssuer();
    t = await startTestApp({ trustedIssuers: [trustedIssuerConfig(issuer)] });
  });
  after(async () => {
    await t.close();
    await issuer.close();
  });

  test('is a tagged, German PDF with the reference, date, service, the data under the form labels, files, next steps and fee', async () => {
    const form = new FormData();
    form.append('application', JSON.stringify(fundsacheSubmission('syke', fundsacheData())));
    form.append('/fund/foto', new Blob([new Uint8Array(samplePng)], { type: 'image/png' }), 'börse.png');
    const base = await t.listen();
    const submitted = await fetch(`${base}/api/v1/applications`, {
      method: 'POST',
      body: form,
      headers: { 'idempotency-key': randomUUID() },
    });
    assert.equal(submitted.status, 201, await submitted.clone().text());
    const { reference, accessCode } = (await submitted.json()) as { reference: string; accessCode: string };

    const response = await t.app.inject({
      url: `/api/v1/applications/${reference}/receipt.pdf`,
      headers: { 'rathaus-access-code': accessCode },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.match(String(response.headers['content-disposition']), new RegExp(`Eingangsbestaetigung-${reference}\\.pdf`));
    const pdf = await readPdf(response.rawPayload);

    assert.deepEqual(pdf.markInfo, { Marked: true, UserProperties: false, Suspects: false });
    assert.equal(pdf.info.Title, `Eingangsbestätigung ${reference}`);
    assert.equal(pdf.info.Language, 'de-DE');
    assert.ok(pdf.fonts >= 1, 'the font is embedded');
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody'])
      assert.ok(pdf.roles.includes(role), `structure has ${role}`);
    assert.deepEqual(pdf.roles.slice(0, 2), ['Root', 'Document'], 'the whole page is one document');

    const text = pdf.text;
    for (const expected of [
      `Eingangsbestätigung ${reference}`,
      'Stadt Syke hat Ihren Antrag „Fundsache melden“ erhalten.',
      `Aktenzeichen: ${reference}`,
      `Zugangscode: ${accessCode}`,
      'Eingegangen am: ',
      'Wie es weitergeht',
      'Ihre Angaben',
      'Braune Lederbörse mit Druckknopf',
      'börse.png (',
      '20.11.2026',
      'Zwetschgenbaum',
      'Gebühr: ',
    ]) {
      assert.ok(text.includes(expected), `the PDF says "${expected}":\n${text}`);
    }
    assert.match(text, /Eingegangen am: \d{1,2}\. [A-Za-zä]+ 2026 um \d{2}:\d{2} Uhr/);
    // Reading order: heading, facts, next steps, then the data.
    assert.ok(text.indexOf('Aktenzeichen') < text.indexOf('Wie es weitergeht'));
    assert.ok(text.indexOf('Wie es weitergeht') < text.indexOf('Ihre Angaben'));
    assert.ok(text.indexOf('Ihre Angaben') < text.indexOf('Zwetschgenbaum'));
  });

  test("the form's own labels head the data", async () => {
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: fundsacheSubmission('syke'),
      headers: { 'idempotency-key': randomUUID() },
    });
    const { reference, accessCode } = submitted.json();
    const response = await t.app.inject({
      url: `/api/v1/applications/${reference}/receipt.pdf`,
      headers: { 'rathaus-access-code': accessCode },
    });
    const { text } = await readPdf(response.rawPayload);
    const definition = (await t.app.inject({ url: `/api/v1/forms/${fundsacheSubmission().service}` })).json() as {
      schema: { properties: Record<string, { title: string; properties?: Record<string, { title: string }> }> };
    };
    const fund = definition.schema.properties.fund;
    assert.ok(text.includes(fund.title), `section "${fund.title}"`);
    assert.ok(text.includes(`${fund.properties!.beschreibung.title}: Braune Lederbörse mit Druckknopf`), text);
  });

  test('is for the owner or the access code only', async () => {
    const token = await issuer.token({ sub: `pdf-${randomUUID()}`, acr: 'urn:test:niedrig' });
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: fundsacheSubmission('syke'),
      headers: { 'idempotency-key': randomUUID(), authorization: `Bearer ${token}` },
    });
    const { reference } = submitted.json();
    const own = await t.app.inject({ url: `/api/v1/applications/${reference}/receipt.pdf`, headers: { authorization: `Bearer ${token}` } });
    assert.equal(own.statusCode, 200);
    const { text } = await readPdf(own.rawPayload);
    assert.ok(!text.includes('Zugangscode'), 'a signed-in application has no access code');
    const stranger = await issuer.token({ sub: `other-${randomUUID()}`, acr: 'urn:test:niedrig' });
    const other = await t.app.inject({
      url: `/api/v1/applications/${reference}/receipt.pdf`,
      headers: { authorization: `Bearer ${stranger}` },
    });
    assert.equal(other.statusCode, 404);
    assert.equal(other.headers['content-type'], 'application/problem+json; charset=utf-8');
    const nobody = await t.app.inject({ url: `/api/v1/applications/${reference}/receipt.pdf` });
    assert.equal(nobody.statusCode, 401);
  });
});
