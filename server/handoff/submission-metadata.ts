import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import type { JsonSchema } from '../../contract/forms.ts';
import { fieldSchemaAt } from '../../contract/json-pointer.ts';
import type { AttachmentMetadata, SubmissionMetadata } from '../../contract/handoff.ts';
import type { TrustLevel } from '../../contract/catalogue.ts';

export interface SubmittedFile {
  id: string;
  pointer: string;
  fileName: string;
  contentType: string;
  size: number;
  content: Buffer;
}

// canonicalize is CommonJS with `module.exports = fn`; its types declare an ES default export that TypeScript's
// CommonJS interop nests one level deeper than Node does at run time.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

/** The data as the hash and the encryption see it: RFC 8785 serialisation, the same bytes on every side. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value cannot be serialised as JSON');
  return text;
}

export function sha512(content: string | Buffer): { type: 'sha512'; content: string } {
  return { type: 'sha512', content: createHash('sha512').update(content).digest('hex') };
}

/**
 * The FIT-Connect-shaped description of one application: which public service, the schema and hash of its data,
 * each attachment with its hash, how the citizen was identified, where to answer, and the reference.
 */
export function submissionMetadata(application: {
  service: { key: string; name: string };
  schema: JsonSchema;
  schemaUri: string;
  data: Record<string, unknown>;
  files: SubmittedFile[];
  citizen?: { issuer: string; trustLevel: TrustLevel };
  reference: string;
  /** The day of the application, in Germany. */
  applicationDate: string;
}): SubmissionMetadata {
  const reply = replyAddress(application.schema, application.data);
  return {
    publicServiceType: { identifier: `urn:de:fim:leika:leistung:${application.service.key}`, name: application.service.name },
    contentStructure: {
      data: {
        submissionSchema: { schemaUri: application.schemaUri, mimeType: 'application/json' },
        hash: sha512(canonicalJson(application.data)),
      },
      attachments: application.files.map((file): AttachmentMetadata => ({
        attachmentId: file.id,
        purpose: 'attachment',
        filename: file.fileName,
        mimeType: file.contentType,
        description: fieldSchemaAt(application.schema, file.pointer)?.title ?? file.pointer,
        pointer: file.pointer,
        size: file.size,
        hash: sha512(file.content),
      })),
    },
    authenticationInformation: application.citizen
      ? [{ type: 'oidc', issuer: application.citizen.issuer, trustLevel: application.citizen.trustLevel }]
      : [],
    ...(reply ? { replyChannel: { eMail: { address: reply } } } : {}),
    additionalReferenceInfo: { senderReference: application.reference, applicationDate: application.applicationDate },
  };
}

/** The citizen's e-mail address: the one in a "kontakt" block, else the first e-mail field of the form. */
export function replyAddress(schema: JsonSchema, data: unknown): string | undefined {
  let fallback: string | undefined;
  const visit = (node: JsonSchema, value: unknown): string | undefined => {
    if (value === null || typeof value !== 'object') return undefined;
    for (const [name, property] of propertiesOf(node)) {
      const child = (value as Record<string, unknown>)[name];
      if (property.format === 'email' && typeof child === 'string') {
        if (node['x-block'] === 'kontakt') return child;
        fallback ??= child;
      }
      const found = property.type === 'object' ? visit(property, child) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  return visit(schema, data) ?? fallback;
}

/** An object's properties, including those its conditions add. */
function propertiesOf(schema: JsonSchema): Map<string, JsonSchema> {
  const all = new Map(Object.entries(schema.properties ?? {}));
  for (const rule of schema.allOf ?? [])
    for (const [name, p] of Object.entries(rule.then?.properties ?? {})) if (!all.has(name)) all.set(name, p);
  return all;
}
