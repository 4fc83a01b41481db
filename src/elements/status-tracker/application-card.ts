import { html, nothing, type TemplateResult } from 'lit';
import type { ApplicationView } from '../../api/client.ts';
import type { TrackerMessages } from '../../i18n/tracker-messages.ts';
import type { LocalizeController } from '../../i18n/localize.ts';

/**
 * One application as the citizen sees it: service, reference, municipality, current status and the timeline
 * (oldest entry first, as it happened). The heading can take focus so that a looked-up result can be announced.
 */
export function renderApplication(
  application: ApplicationView,
  i18n: LocalizeController<TrackerMessages>,
  extras: {
    size: (bytes: number) => string;
    download?: TemplateResult;
    statusMail?: TemplateResult | typeof nothing;
    answerForm?: TemplateResult | typeof nothing;
  } = { size: String },
) {
  const t = i18n.messages.statusTracker;
  const statuses = i18n.messages.common.statuses;
  const id = application.reference;
  return html`
    <article part="application" aria-labelledby="title-${id}">
      <h3 id="title-${id}" tabindex="-1">${application.service.name}</h3>
      <dl part="details">
        <div>
          <dt>${t.reference}</dt>
          <dd part="reference">${application.reference}</dd>
        </div>
        <div>
          <dt>${t.municipality}</dt>
          <dd>${application.municipality.name}</dd>
        </div>
        <div>
          <dt>${t.currentStatus}</dt>
          <dd part="status" data-status=${application.status}>${statuses[application.status]}</dd>
        </div>
      </dl>
      ${
        application.dataDeletedAt
          ? html`<p part="data-deleted">
              <strong>${t.dataDeleted(i18n.date(application.dataDeletedAt, false))}</strong> ${t.dataDeletedExplanation}
            </p>`
          : nothing
      }
      ${extras.download ?? nothing} ${extras.statusMail ?? nothing}
      <h4 id="timeline-${id}">${t.timeline}</h4>
      <ol part="timeline" aria-labelledby="timeline-${id}">
        ${application.timeline.map(
          (entry) => html`
            ${
              entry.answer
                ? html`<li part="entry answer-entry" data-kind="answer">
                    <span class="entry-status">${t.yourAnswer}</span>
                    <time datetime=${entry.at}>${i18n.date(entry.at, true)}</time>
                    <p part="answer-text" class="answer-text">${entry.answer.text}</p>
                    ${
                      entry.answer.attachments.length > 0
                        ? html`<p class="message-label">${t.answerFilesSent}</p>
                            <ul part="answer-files">
                              ${entry.answer.attachments.map((file) => html`<li>${file.name} (${extras.size(file.size)})</li>`)}
                            </ul>`
                        : nothing
                    }
                  </li>`
                : html`<li part="entry" data-status=${entry.status}>
                    <span class="entry-status">${statuses[entry.status]}</span>
                    <time datetime=${entry.at}>${i18n.date(entry.at, true)}</time>
                    ${entry.message ? html`<p part="message"><span class="message-label">${t.message}</span> ${entry.message}</p>` : nothing}
                  </li>`
            }
          `,
        )}
      </ol>
      ${extras.answerForm ?? nothing}
    </article>
  `;
}
