import { Webhook } from 'standardwebhooks';

export interface ReceivedMessage {
  id: string;
  type: string;
  reference: string;
  receivedAt: string;
  signatureValid: boolean;
}

/**
 * Stands in for each town's specialist procedure: receives the backend's webhooks, checks their signature and
 * keeps the latest ones to show in the clerk's view (and for the journey test to check).
 */
export class WebhookInbox {
  private readonly messages = new Map<string, ReceivedMessage[]>();

  constructor(private readonly secrets: Record<string, string>) {}

  receive(municipality: string, body: string, headers: Record<string, string>): boolean {
    const secret = this.secrets[municipality];
    if (!secret) return false;
    let signatureValid = true;
    try {
      new Webhook(secret).verify(body, headers);
    } catch {
      signatureValid = false;
    }
    const message = JSON.parse(body) as { id: string; type: string; data: { reference: string } };
    const list = this.messages.get(municipality) ?? [];
    list.unshift({
      id: message.id,
      type: message.type,
      reference: message.data.reference,
      receivedAt: new Date().toISOString(),
      signatureValid,
    });
    this.messages.set(municipality, list.slice(0, 100));
    return signatureValid;
  }

  list(municipality: string): ReceivedMessage[] {
    return this.messages.get(municipality) ?? [];
  }
}
