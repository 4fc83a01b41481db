/** Where the demo runs: each site on its own loopback address, so that the browser treats them as different sites. */
export const DEMO = {
  api: 'http://127.0.0.1:3000',
  sites: {
    diepholz: 'http://127.0.0.2:8080',
    syke: 'http://127.0.0.3:8080',
    stuhr: 'http://127.0.0.4:8080',
    'landkreis-diepholz': 'http://127.0.0.5:8080',
  },
  buergerkonto: 'http://127.0.0.6:9000',
  servicekonto: 'http://127.0.0.7:9000',
  clerk: 'http://127.0.0.9:8080',
  /** The demo's mailbox: the page on this origin, its SMTP server on port 2525 of the same address. */
  mail: 'http://127.0.0.10:8080',
} as const;

/** The one page per site that the providers send citizens back to; it forwards them to where they were. */
export const CALLBACK_PATH = '/anmelden.html';
