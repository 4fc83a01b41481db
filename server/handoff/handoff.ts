import type { JWK } from 'jose';
import type { ApplicationMessageReceivedPlain, ApplicationSubmittedPlain } from '../../contract/handoff.ts';
import type { Webhook } from '../config.ts';
import type { FormRegistry } from '../forms/form-registry.ts';
import { encrypt, importEncryptionKey, type EncryptionKey } from './handoff-encryption.ts';
import { parseSchemaUri } from './schema-uri.ts';
import { canonicalJson, sha512 } from './submission-metadata.ts';

/** What the outbox sends for a message, or why it must never leave. */
export type Prepared = { data: object } | { refuse: string };

/**
 * The hand-off to each town's specialist procedure: checks every application against its published schema
 * before it leaves, and encrypts it end to end for towns that configured a key.
 */
export class Handoff {
  private constructor(
    private readonly keys: Map<string, EncryptionKey>,
    private readonly forms: FormRegistry,
  ) {}

  static async create(webhooks: Record<string, Webhook>, forms: FormRegistry): Promise<Handoff> {
    const keys = new Map<string, EncryptionKey>();
    for (const [municipality, webhook] of Object.entries(webhooks)) {
      if (webhook.encryptionKey) keys.set(municipality, await importEncryptionKey(municipality, webhook.encryptionKey as JWK));
    }
    return new Handoff(keys, forms);
  }

  encrypts(municipality: string): boolean {
    return this.keys.has(municipality);
  }

  /** An attachment as the town receives it: as uploaded, or as a JWE only its key opens. */
  async attachment(municipality: string, content: Buffer, contentType: string): Promise<{ body: Buffer; contentType: string }> {
    const key = this.keys.get(municipality);
    if (!key) return { body: content, contentType };
    return { body: Buffer.from(await encrypt(content, key, contentType)), contentType: 'application/jose' };
  }

  /** The webhook data of an outbox message, as it is sent now. */
  async prepare(municipality: string, type: string, payload: object): Promise<Prepared> {
    if (type === 'application.message-received') return this.prepareMessage(municipality, payload as ApplicationMessageReceivedPlain);
    if (type !== 'application.submitted') return { data: payload };
    const submitted = payload as ApplicationSubmittedPlain;
    const named = parseSchemaUri(submitted.metadata.contentStructure.data.submissionSchema.schemaUri);
    const form = named && this.forms.version(named.serviceKey, named.version);
    if (!form) return { refuse: 'unknown-schema' };
    if (this.forms.validator(form)(submitted.data).length > 0) return { refuse: 'data-does-not-match-schema' };
    const canonical = canonicalJson(submitted.data);
    if (sha512(canonical).content !== submitted.metadata.contentStructure.data.hash.content) return { refuse: 'data-hash-mismatch' };
    const key = this.keys.get(municipality);
    if (!key) return { data: submitted };
    const { metadata, ...rest } = submitted;
    delete (rest as Partial<ApplicationSubmittedPlain>).data;
    return {
      data: {
        ...rest,
        encryptedMetadata: await encrypt(new TextEncoder().encode(JSON.stringify(metadata)), key, 'application/json'),
        encryptedData: await encrypt(new TextEncoder().encode(canonical), key, 'application/json'),
      },
    };
  }

  /** A citizen's answer: its text leaves the county only as a JWE where the town has a key, like the data. */
  private async prepareMessage(municipality: string, message: ApplicationMessageReceivedPlain): Promise<Prepared> {
    const key = this.keys.get(municipality);
    if (!key) return { data: message };
    const { text, ...rest } = message;
    return { data: { ...rest, encryptedText: await encrypt(new TextEncoder().encode(text), key, 'text/plain; charset=utf-8') } };
  }
}
