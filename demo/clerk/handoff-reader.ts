import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import canonicalizeModule from 'canonicalize';
import { createHash } from 'node:crypto';
import { compactDecrypt, type CryptoKey } from 'jose';
import type { SubmissionMetadata } from '../../contract/handoff.ts';

// CommonJS modules whose types declare an ES default export (see server/forms/form-validator.ts).
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

/** An application as a specialist procedure takes it over: checked, decrypted, valid. */
export interface ReadSubmission {
  reference: string;
  metadata: SubmissionMetadata;
  data: Record<string, unknown>;
  encrypted: boolean;
  /** Every object of the data made of a shared building block, found by the schema's `x-block`. */
  blocks: { pointer: string; block: string; value: Record<string, unknown> }[];
}

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: { then?: Schema }[];
  'x-block'?: string;
}

export class HandoffError extends Error {}

/**
 * The one generic mapping the demo's specialist procedures use for every service, as a vendor would write it
 * from the OpenAPI document alone: decrypt (where the town has a key), check the data's hash, and validate the
 * data against the published schema that the metadata names. Any mismatch refuses the message.
 */
export class HandoffReader {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: true });
  private readonly schemas = new Map<string, { validate: ValidateFunction; schema: Schema }>();

  constructor(private readonly privateKey?: CryptoKey) {
    addFormats(this.ajv, ['date', 'email', 'uri', 'uuid', 'date-time']);
    // The one annotation of the published schemas: which shared building block an object is made of.
    this.ajv.addKeyword('x-block');
  }

  async read(submitted: Record<string, unknown>): Promise<ReadSubmission> {
    const encrypted = typeof submitted.encryptedData === 'string';
    let metadata: SubmissionMetadata;
    let canonical: string;
    if (encrypted) {
      if (!this.privateKey) throw new HandoffError('encrypted, but this procedure has no key');
      metadata = JSON.parse(await this.decrypt(submitted.encryptedMetadata)) as SubmissionMetadata;
      canonical = await this.decrypt(submitted.encryptedData);
    } else {
      metadata = submitted.metadata as SubmissionMetadata;
      canonical = canonicalize(submitted.data) ?? '';
    }
    const hash = createHash('sha512').update(canonical).digest('hex');
    if (hash !== metadata.contentStructure.data.hash.content) throw new HandoffError('the data does not match its hash');
    const data = JSON.parse(canonical) as Record<string, unknown>;
    const { validate, schema } = await this.schema(metadata.contentStructure.data.submissionSchema.schemaUri);
    if (!validate(data)) throw new HandoffError(`the data does not match its schema: ${this.ajv.errorsText(validate.errors)}`);
    return { reference: String(submitted.reference), metadata, data, encrypted, blocks: blocksOf(schema, data, '') };
  }

  /** An attachment as downloaded, decrypted where needed and checked against its hash in the metadata. */
  async attachment(body: Buffer, contentType: string, attachmentId: string, metadata: SubmissionMetadata): Promise<Buffer> {
    const described = metadata.contentStructure.attachments.find((a) => a.attachmentId === attachmentId);
    if (!described) throw new HandoffError('attachment not in the metadata');
    let content = body;
    if (contentType.startsWith('application/jose')) {
      if (!this.privateKey) throw new HandoffError('encrypted, but this procedure has no key');
      try {
        content = Buffer.from((await compactDecrypt(body.toString('ascii'), this.privateKey)).plaintext);
      } catch {
        throw new HandoffError('the attachment cannot be decrypted: altered or not for this key');
      }
    }
    if (createHash('sha512').update(content).digest('hex') !== described.hash.content)
      throw new HandoffError('the attachment does not match its hash');
    return content;
  }

  private async decrypt(jwe: unknown): Promise<string> {
    if (typeof jwe !== 'string') throw new HandoffError('missing ciphertext');
    try {
      return new TextDecoder().decode((await compactDecrypt(jwe, this.privateKey!)).plaintext);
    } catch {
      throw new HandoffError('cannot be decrypted: altered or not for this key');
    }
  }

  private async schema(uri: string): Promise<{ validate: ValidateFunction; schema: Schema }> {
    let known = this.schemas.get(uri);
    if (!known) {
      const response = await fetch(uri);
      if (!response.ok) throw new HandoffError(`the schema ${uri} is not available (${response.status})`);
      const schema = (await response.json()) as Schema;
      known = { validate: this.ajv.compile(schema), schema };
      this.schemas.set(uri, known);
    }
    return known;
  }
}

/** The one generic mapping: whatever the service, a person, an address or a bank account has the same keys. */
function blocksOf(schema: Schema, value: unknown, at: string): ReadSubmission['blocks'] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => (schema.items ? blocksOf(schema.items, item, `${at}/${i}`) : []));
  const found: ReadSubmission['blocks'] = schema['x-block']
    ? [{ pointer: at, block: schema['x-block'], value: value as Record<string, unknown> }]
    : [];
  const properties = { ...Object.assign({}, ...(schema.allOf ?? []).map((rule) => rule.then?.properties ?? {})), ...schema.properties };
  for (const [key, child] of Object.entries(value)) {
    const childSchema = properties[key] as Schema | undefined;
    if (childSchema) found.push(...blocksOf(childSchema, child, `${at}/${key}`));
  }
  return found;
}
