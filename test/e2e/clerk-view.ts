import type { BrowserContext, Page } from 'playwright-core';
import type { ReceivedMessage } from '../../demo/clerk/webhook-inbox.ts';
import { DEMO } from '../../demo/sites.ts';

/** The clerk's view of one municipality, driven as a clerk uses it. */
export class ClerkView {
  private constructor(readonly page: Page) {}

  /** Signs in to the clerk view for the municipality (e.g. "Stadt Diepholz") with the demo password. */
  static async signIn(context: BrowserContext, municipality: string): Promise<ClerkView> {
    const page = await context.newPage();
    await page.goto(`${DEMO.clerk}/`);
    await page.getByLabel('Kommune').selectOption({ label: municipality });
    await page.getByLabel('Passwort').fill('demo');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { name: 'Anträge', level: 1 }).waitFor();
    return new ClerkView(page);
  }

  /** From the list of applications to the one with this reference number. */
  async open(reference: string): Promise<void> {
    await this.page.goto(`${DEMO.clerk}/`);
    await this.page.getByRole('link', { name: reference, exact: true }).click();
    await this.page.getByRole('heading', { level: 1 }).filter({ hasText: reference }).waitFor();
  }

  /** Sets a new status (its label, e.g. "Rückfrage") with an optional message, on the open application. */
  async setStatus(status: string, message?: string): Promise<void> {
    await this.page.getByLabel('Neuer Status').selectOption({ label: status });
    if (message) await this.page.getByLabel('Nachricht an die Antragstellerin oder den Antragsteller').fill(message);
    await this.page.getByRole('button', { name: 'Status setzen' }).click();
    await this.page.getByRole('status').filter({ hasText: 'Der Status wurde gesetzt.' }).waitFor();
  }
}

/** What the municipality's specialist procedure (played by the clerk view) received by webhook, newest first. */
export async function webhookInbox(municipality: string): Promise<ReceivedMessage[]> {
  const response = await fetch(`${DEMO.clerk}/fachverfahren/${municipality}`);
  if (!response.ok) throw new Error(`GET /fachverfahren/${municipality}: HTTP ${response.status}`);
  return (await response.json()) as ReceivedMessage[];
}
