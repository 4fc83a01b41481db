import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Screenshots of a journey's steps, kept as test artefacts: test-results/<folder>/<nn>-<name>.png. */
export class StepScreenshots {
  private count = 0;

  constructor(private readonly folder: string) {}

  async take(page: Page, name: string): Promise<void> {
    const folder = join('test-results', this.folder);
    await mkdir(folder, { recursive: true });
    this.count += 1;
    await page.screenshot({ path: join(folder, `${String(this.count).padStart(2, '0')}-${name}.png`), fullPage: true });
  }
}
