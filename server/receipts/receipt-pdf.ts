import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { JsonSchema } from '../../contract/forms.ts';

const require = createRequire(import.meta.url);
// DejaVu from the npm package: every umlaut and ß, embedded (as a subset) so the PDF reads the same everywhere.
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface ReceiptContent {
  reference: string;
  /** The authority that handles it, e.g. "Stadt Syke". */
  authority: string;
  service: string;
  submittedAt: Date;
  /** Only when the request showed it: the server keeps only its hash. */
  accessCode?: string;
  schema: JsonSchema;
  data: Record<string, unknown>;
  nextSteps: string;
  fee?: { text: string; payment?: string };
}

type Struct = ReturnType<PDFKit.PDFDocument['struct']>;

/**
 * The receipt as a tagged PDF (PDF/UA's structure: document language, title shown in the window, headings,
 * paragraphs and lists in reading order, text as text in an embedded font), German like the forms' labels.
 */
export function receiptPdf(content: ReceiptContent): Promise<Buffer> {
  const title = `Eingangsbestätigung ${content.reference}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'de-DE',
    displayTitle: true,
    // PDFKit knows PDF/UA (XMP identification, tagged, title shown); its type definitions lag behind.
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    info: { Title: title, Author: content.authority, Subject: content.service, Creator: 'Open Rathaus' },
    font: FONT,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', FONT);
  doc.registerFont('bold', FONT_BOLD);

  const root = doc.struct('Document');
  doc.addStructure(root);
  const heading = (parent: Struct, level: 'H1' | 'H2' | 'H3', text: string) =>
    parent.add(
      doc.struct(level, {}, () => {
        doc.moveDown(level === 'H1' ? 0 : 0.6);
        doc
          .font('bold')
          .fontSize(level === 'H1' ? 18 : level === 'H2' ? 14 : 12)
          .text(text);
        doc.font('regular').fontSize(11);
      }),
    );
  const paragraph = (parent: Struct, text: string) => parent.add(doc.struct('P', {}, () => doc.text(text)));
  /** "Label: value" as a list item, the label in bold. */
  const fact = (list: Struct, label: string, value: string) => {
    const item = doc.struct('LI');
    list.add(item);
    item.add(doc.struct('Lbl', {}, () => doc.font('bold').text(`${label}: `, { continued: true })));
    item.add(doc.struct('LBody', {}, () => doc.font('regular').text(value)));
  };

  heading(root, 'H1', title);
  paragraph(root, `${content.authority} hat Ihren Antrag „${content.service}“ erhalten.`);
  const facts = doc.struct('L');
  root.add(facts);
  fact(facts, 'Aktenzeichen', content.reference);
  if (content.accessCode) fact(facts, 'Zugangscode', content.accessCode);
  fact(facts, 'Eingegangen am', germanDateTime(content.submittedAt));
  fact(facts, 'Leistung', content.service);
  fact(facts, 'Zuständig', content.authority);
  if (content.fee) fact(facts, 'Gebühr', content.fee.payment ? `${content.fee.text} (${content.fee.payment})` : content.fee.text);
  facts.end();
  if (content.accessCode) {
    paragraph(root, 'Mit Aktenzeichen und Zugangscode sehen Sie den Stand Ihres Antrags. Bewahren Sie diese Bestätigung gut auf.');
  }

  heading(root, 'H2', 'Wie es weitergeht');
  paragraph(root, content.nextSteps);

  heading(root, 'H2', 'Ihre Angaben');
  const sections = doc.struct('Sect');
  root.add(sections);
  writeData(sections, content.schema, content.data, { heading, fact, doc });
  sections.end();

  root.end();
  doc.end();
  return done;
}

interface Writers {
  doc: PDFKit.PDFDocument;
  heading: (parent: Struct, level: 'H1' | 'H2' | 'H3', text: string) => void;
  fact: (list: Struct, label: string, value: string) => void;
}

/** The data in the form's order under the form's labels: groups as sub-headings, fields as "Label: value". */
function writeData(parent: Struct, schema: JsonSchema, data: Record<string, unknown>, writers: Writers): void {
  const { doc, heading, fact } = writers;
  let list: Struct | undefined;
  const close = () => {
    list?.end();
    list = undefined;
  };
  for (const [name, value] of Object.entries(data)) {
    const field = propertyOf(schema, name);
    const label = field?.title ?? name;
    if (isObject(value) && !isFile(value)) {
      close();
      heading(parent, 'H3', label);
      writeData(parent, field ?? {}, value, writers);
      continue;
    }
    if (!list) {
      list = doc.struct('L');
      parent.add(list);
    }
    fact(list, label, display(value, field));
  }
  close();
}

function display(value: unknown, schema: JsonSchema | undefined): string {
  if (isFile(value)) return `${value.name} (${fileSize(value.size)})`;
  if (Array.isArray(value)) return value.map((item) => display(item, schema?.items)).join('; ');
  if (isObject(value))
    return Object.values(value)
      .map((item) => display(item, undefined))
      .join(', ');
  const choice = schema?.oneOf?.find((option) => option.const === value);
  if (choice?.title) return choice.title;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nein';
  if (schema?.format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}.${m}.${y}`;
  }
  return String(value);
}

/** A property of an object schema, including those its conditions add. */
function propertyOf(schema: JsonSchema, name: string): JsonSchema | undefined {
  return schema.properties?.[name] ?? schema.allOf?.map((rule) => rule.then?.properties?.[name]).find(Boolean);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isFile(value: unknown): value is { name: string; size: number } {
  return isObject(value) && typeof value.name === 'string' && typeof value.size === 'number' && typeof value.type === 'string';
}

export function fileSize(bytes: number): string {
  const format = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(n);
  return bytes >= 1024 * 1024 ? `${format(bytes / 1024 / 1024)} MB` : `${format(Math.max(1, bytes / 1024))} KB`;
}

export function germanDateTime(at: Date): string {
  return new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(at) + ' Uhr';
}
