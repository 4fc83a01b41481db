import { Webhook } from 'standardwebhooks';
import type { SubmissionMetadata } from '../../contract/handoff.ts';
import { HandoffError, type HandoffReader, type ReadSubmission } from './handoff-reader.ts';

export interface ReceivedMessage {
  id: string;
  type: string;
  reference: string;
  receivedAt: string;
  signatureValid: boolean;
  /** For new applications: what the procedure's generic reader made of it. */
  handoff?: { encrypted: boolean; problem?: string; applicant?: string; address?: string };
}

/**
 * Stands in for each town's specialist procedure: receives the backend's webhooks, checks their signature, reads
 * each new application with one generic mapping for every service (decrypting where the town has a key, checking
 * hash and schema) and keeps the latest ones to show in the clerk's view (and for the journey test to check).
 */
export class WebhookInbox {
  private readonly messages = new Map<string, ReceivedMessage[]>();
  private readonly metadata = new Map<string, SubmissionMetadata>();

  constructor(
    private readonly secrets: Record<string, string>,
    private readonly readers: Record<string, HandoffReader>,
  ) {}

  async receive(municipality: string, body: string, headers: Record<string, string>): Promise<boolean> {
    const secret = this.secrets[municipality];
    if (!secret) return false;
    let signatureValid = true;
    try {
      new Webhook(secret).verify(body, headers);
    } catch {
      signatureValid = false;
    }
    const message = JSON.parse(body) as { id: string; type: string; data: Record<string, unknown> & { reference: string } };
    const received: ReceivedMessage = {
      id: message.id,
      type: message.type,
      reference: message.data.reference,
      receivedAt: new Date().toISOString(),
      signatureValid,
    };
    if (signatureValid && message.type === 'application.submitted') received.handoff = await this.read(municipality, message.data);
    const list = this.messages.get(municipality) ?? [];
    list.unshift(received);
    this.messages.set(municipality, list.slice(0, 100));
    return signatureValid && !received.handoff?.problem;
  }

  list(municipality: string): ReceivedMessage[] {
    return this.messages.get(municipality) ?? [];
  }

  /** The metadata of an application that arrived, for checking its attachments. */
  metadataOf(reference: string): SubmissionMetadata | undefined {
    return this.metadata.get(reference);
  }

  reader(municipality: string): HandoffReader | undefined {
    return this.readers[municipality];
  }

  private async read(municipality: string, data: Record<string, unknown>): Promise<ReceivedMessage['handoff']> {
    const reader = this.readers[municipality];
    const encrypted = typeof data.encryptedData === 'string';
    if (!reader) return { encrypted, problem: 'kein Leser eingerichtet' };
    try {
      const read = await reader.read(data);
      this.metadata.set(read.reference, read.metadata);
      return { encrypted, ...summary(read) };
    } catch (error) {
      if (error instanceof HandoffError) return { encrypted, problem: error.message };
      throw error;
    }
  }
}

/** Who applied and where they live, from the first person and address block, whatever the service. */
function summary(read: ReadSubmission): { applicant?: string; address?: string } {
  const person = read.blocks.find((b) => b.block === 'natuerliche-person')?.value;
  const address = read.blocks.find((b) => b.block === 'anschrift-inland')?.value;
  return {
    ...(person ? { applicant: [person.vornamen, person.familienname].filter(Boolean).join(' ') } : {}),
    ...(address?.strasse
      ? { address: `${String(address.strasse)}, ${String(address.plz ?? '')} ${String(address.ort ?? '')}`.trim() }
      : {}),
  };
}
