import { html, nothing } from 'lit';
import type { Municipality, ServiceEntry } from '../../../contract/catalogue.ts';
import type { Messages } from '../../i18n/messages.ts';

type Office = Municipality['office'];

/** What an entry needs from the list around it. */
export interface ServiceItemContext {
  messages: Pick<Messages, 'common' | 'serviceList'>;
  /** A date in the element's language, e.g. "1. April 2027". */
  date: (value: string) => string;
  /** Slug of the town whose residents the list is for. */
  municipality: string;
  office: (slug: string) => Office | undefined;
  onApply: (entry: ServiceEntry) => void;
}

/** The element id of an entry's heading, to move focus to it after "show more". */
export function itemHeadingId(entry: ServiceEntry): string {
  return `service-${entry.key}`;
}

/** One service: what it is, whether it can be done online here, and otherwise where to go. */
export function renderServiceItem(entry: ServiceEntry, context: ServiceItemContext) {
  const { messages, municipality } = context;
  const t = messages.serviceList;
  const byOtherAuthority = entry.responsible.slug !== municipality;
  return html`
    <li part="item">
      <h3 part="item-title" id=${itemHeadingId(entry)} tabindex="-1">${entry.name}</h3>
      <p class="modes">
        ${
          entry.mode === 'online'
            ? html`<span class="mode online" part="mode">${messages.common.online}</span>`
            : html`<span class="mode in-person" part="mode">${messages.common.inPerson}</span>`
        }
        ${entry.onlineFrom ? html`<span class="mode planned" part="mode">${t.onlineFrom(context.date(entry.onlineFrom))}</span>` : nothing}
      </p>
      <p>${entry.summary}</p>
      ${byOtherAuthority ? html`<p class="handled-by">${t.handledBy(entry.responsible.name)}</p>` : nothing}
      ${
        entry.mode === 'online'
          ? html`<button part="apply-button" @click=${() => context.onApply(entry)}>
              ${t.apply}<span class="visually-hidden">: ${entry.name}</span>
            </button>`
          : renderOffice(context.office(entry.responsible.slug), t)
      }
      <details part="details">
        <summary>${t.details}<span class="visually-hidden">: ${entry.name}</span></summary>
        <dl>
          <dt>${t.fee}</dt>
          <dd>${entry.fee.text}</dd>
          <dt>${t.documents}</dt>
          <dd>
            ${
              entry.documents.length
                ? html`<ul>
                    ${entry.documents.map((document) => html`<li>${document}</li>`)}
                  </ul>`
                : t.noDocuments
            }
          </dd>
        </dl>
      </details>
    </li>
  `;
}

/** A Bürgerbüro's address, phone, e-mail and opening hours. */
export function renderOffice(office: Office | undefined, t: Messages['serviceList']) {
  if (!office) return nothing;
  return html`
    <div class="office" part="office">
      <p><strong>${t.office}: ${office.name}</strong><br />${office.street}<br />${office.postalCode} ${office.city}</p>
      <p>
        ${t.phone}: <a href="tel:${office.phone.replace(/[^\d+]/g, '')}">${office.phone}</a><br />
        ${t.email}: <a href="mailto:${office.email}">${office.email}</a>
      </p>
      <p class="hours-title">${t.openingHours}</p>
      <dl class="hours">
        ${office.openingHours.map(
          ({ days, hours }) =>
            html`<dt>${days}</dt>
              <dd>${hours}</dd>`,
        )}
      </dl>
    </div>
  `;
}
