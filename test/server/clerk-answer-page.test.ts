import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ApplicationView } from '../../contract/applications.ts';
import { applicationPage } from '../../demo/clerk/clerk-pages.ts';

test("the demo clerk's page shows the citizen's answer with links to its files, escaped", () => {
  const view: ApplicationView = {
    reference: 'SYK-2026-000007',
    status: 'rueckfrage',
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
    municipality: { slug: 'syke', name: 'Stadt Syke' },
    service: { key: '99000000000000', name: 'Fundsache melden' },
    formVersion: 1,
    data: {},
    attachments: [],
    timeline: [
      { id: 1, status: 'eingegangen', at: '2026-11-25T09:00:00.000Z' },
      { id: 2, status: 'rueckfrage', message: 'Bitte ein Foto.', at: '2026-11-25T09:30:00.000Z' },
      {
        id: 3,
        status: 'rueckfrage',
        answer: {
          text: 'Foto <anbei>',
          attachments: [
            { id: '3f2b8c1e-9a4d-4e7b-8f6a-2c1d0e9b7a65', pointer: '/files/0', name: 'börse.png', type: 'image/png', size: 2048 },
          ],
        },
        at: '2026-11-25T10:00:00.000Z',
      },
    ],
  };
  const page = applicationPage('Stadt Syke', view, undefined);
  assert.match(page, /Antwort der Antragstellerin oder des Antragstellers/);
  assert.match(page, /<p class="answer-text">Foto &lt;anbei&gt;<\/p>/);
  assert.match(
    page,
    /<a href="\/antrag\/SYK-2026-000007\/anlage\/3f2b8c1e-9a4d-4e7b-8f6a-2c1d0e9b7a65">börse.png<\/a> \(image\/png, 2 KB\)/,
  );
  assert.match(page, /Bitte ein Foto\./);
});
