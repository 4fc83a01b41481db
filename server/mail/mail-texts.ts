import type { Status } from '../../contract/applications.ts';

export type MailLanguage = 'de' | 'en';

/** What the outbox keeps of a mail until it is sent: only what the mail says, no form data. */
export type MailPayload = {
  to: string;
  language: MailLanguage;
  reference: string;
  service: string;
  /** The authority that handles the application, e.g. "Stadt Syke". */
  authority: string;
  /** Slug of the authority (sender name and reply-to) and of the town site it was sent from (status page). */
  municipality: string;
  site: string;
} & (
  | { kind: 'receipt'; at: string; nextSteps: string; accessCode?: string }
  | { kind: 'status'; status: Status; message?: string }
  | { kind: 'rueckfrage'; message: string }
);

export interface MailText {
  subject: string;
  text: string;
  html: string;
}

const STATUS: Record<MailLanguage, Record<Status, string>> = {
  de: {
    eingegangen: 'Eingegangen',
    'in-bearbeitung': 'In Bearbeitung',
    rueckfrage: 'Rückfrage',
    abgeschlossen: 'Abgeschlossen',
    abgelehnt: 'Abgelehnt',
  },
  en: {
    eingegangen: 'Received',
    'in-bearbeitung': 'In progress',
    rueckfrage: 'Question from the office',
    abgeschlossen: 'Completed',
    abgelehnt: 'Rejected',
  },
};

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** One block of a mail: a paragraph, a labelled fact or a link, written once for plain text and HTML. */
type Block = { p: string } | { fact: [string, string] } | { link: [string, string] };

function render(subject: string, blocks: Block[], language: MailLanguage): MailText {
  const text = blocks
    .map((block) =>
      'p' in block ? block.p : 'fact' in block ? `${block.fact[0]}: ${block.fact[1]}` : `${block.link[0]}:\n${block.link[1]}`,
    )
    .join('\n\n');
  const body = blocks
    .map((block) =>
      'p' in block
        ? `<p>${escape(block.p).replaceAll('\n', '<br>')}</p>`
        : 'fact' in block
          ? `<p><strong>${escape(block.fact[0])}:</strong> ${escape(block.fact[1])}</p>`
          : `<p><a href="${escape(block.link[1])}">${escape(block.link[0])}</a></p>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">
${body}
</body></html>`;
  return { subject, text: `${text}\n`, html };
}

/**
 * The receipt, a status change and a Rückfrage, in German or English. `statusPage` is the town site's page with
 * the status tracker, linked with `?reference=`; `replyTo` where answers to the mail go.
 */
export function mailText(mail: MailPayload, links: { statusPage?: string; replyTo?: string }): MailText {
  const de = mail.language === 'de';
  const blocks: Block[] = [{ p: de ? 'Guten Tag,' : 'Hello,' }];
  // The reference (never the access code: a link ends up in browser histories) fills in the tracker's lookup.
  const statusLink = (label: string) => {
    if (!links.statusPage) return [];
    const url = new URL(links.statusPage);
    url.searchParams.set('reference', mail.reference);
    return [{ link: [label, url.href] as [string, string] }];
  };
  let subject: string;
  switch (mail.kind) {
    case 'receipt': {
      const at = new Intl.DateTimeFormat(de ? 'de-DE' : 'en-GB', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Berlin',
      }).format(new Date(mail.at));
      subject = de ? `Eingangsbestätigung ${mail.reference}: ${mail.service}` : `Receipt ${mail.reference}: ${mail.service}`;
      blocks.push(
        {
          p: de
            ? `Ihr Antrag „${mail.service}“ ist am ${at} bei ${mail.authority} eingegangen.`
            : `Your application “${mail.service}” was received by ${mail.authority} on ${at}.`,
        },
        { fact: [de ? 'Aktenzeichen' : 'Reference number', mail.reference] },
      );
      if (mail.accessCode) {
        blocks.push(
          { fact: [de ? 'Zugangscode' : 'Access code', mail.accessCode] },
          {
            p: de
              ? 'Mit Aktenzeichen und Zugangscode sehen Sie jederzeit den Stand Ihres Antrags. Bewahren Sie diese E-Mail gut auf.'
              : 'With the reference number and access code you can check the status of your application at any time. Please keep this e-mail.',
          },
        );
      } else {
        blocks.push({
          p: de
            ? 'Den Stand Ihres Antrags sehen Sie jederzeit unter „Meine Anträge“, wenn Sie angemeldet sind.'
            : 'You can see the status of your application under “My applications” whenever you are signed in.',
        });
      }
      blocks.push(...statusLink(de ? 'Stand Ihres Antrags ansehen' : 'Check the status of your application'));
      blocks.push({ fact: [de ? 'Wie es weitergeht' : 'What happens next', mail.nextSteps] });
      break;
    }
    case 'status': {
      const status = STATUS[mail.language][mail.status];
      subject = de ? `Ihr Antrag ${mail.reference}: ${status}` : `Your application ${mail.reference}: ${status}`;
      blocks.push({
        p: de
          ? `der Stand Ihres Antrags „${mail.service}“ (${mail.reference}) bei ${mail.authority} hat sich geändert: ${status}.`
          : `the status of your application “${mail.service}” (${mail.reference}) with ${mail.authority} has changed: ${status}.`,
      });
      if (mail.message) blocks.push({ fact: [de ? 'Nachricht der Verwaltung' : 'Message from the office', mail.message] });
      blocks.push(...statusLink(de ? 'Stand Ihres Antrags ansehen' : 'Check the status of your application'));
      blocks.push({
        p: de
          ? 'Sie möchten bei diesem Antrag keine E-Mails zu Statusänderungen mehr? Das können Sie auf der Statusseite abbestellen.'
          : 'You no longer want e-mails about status changes of this application? You can turn them off on the status page.',
      });
      break;
    }
    case 'rueckfrage': {
      subject = de ? `Rückfrage zu Ihrem Antrag ${mail.reference}` : `A question about your application ${mail.reference}`;
      blocks.push(
        {
          p: de
            ? `${mail.authority} hat eine Frage zu Ihrem Antrag „${mail.service}“ (${mail.reference}):`
            : `${mail.authority} has a question about your application “${mail.service}” (${mail.reference}):`,
        },
        { p: mail.message },
        ...statusLink(de ? 'Rückfrage beantworten' : 'Answer the question'),
      );
      break;
    }
  }
  blocks.push({
    p: de
      ? `Diese E-Mail wurde automatisch versandt.${links.replyTo ? ` Fragen beantwortet ${mail.authority} unter ${links.replyTo}.` : ''}`
      : `This e-mail was sent automatically.${links.replyTo ? ` For questions, contact ${mail.authority} at ${links.replyTo}.` : ''}`,
  });
  return render(subject, blocks, mail.language);
}
