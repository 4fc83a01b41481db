import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { meetsTrustLevel } from '../../session/identity.ts';
import { renderFields } from './form-fields.ts';
import type { FormFlow } from './form-flow.ts';
import { downloadReceipt, renderReceiptDownload } from '../../api/receipt-pdf.ts';
import type { Receipt } from '../../api/client.ts';
import { renderFee } from './fee.ts';
import { renderReceipt } from './receipt.ts';
import { renderAnswers } from './review.ts';

/** The whole form: title, then the sign-in it needs, the steps with progress and review, or the receipt. */
export function renderFlow(flow: FormFlow): TemplateResult {
  return html`<section class="application" aria-labelledby="form-title">
    <h2 id="form-title" part="title">${flow.definition.title}</h2>
    ${
      flow.receipt
        ? renderReceipt(flow, flow.receipt, flow.definition.nextSteps, [
            renderFee(flow.entry.fee, flow.i18n.messages.applicationForm.review, 4),
            renderDownload(flow, flow.receipt),
          ])
        : (renderGate(flow) ?? renderForm(flow))
    }
  </section>`;
}

/** The receipt as PDF, fetched with the access code shown above, or the citizen's token. */
function renderDownload(flow: FormFlow, receipt: Receipt): TemplateResult {
  const t = flow.i18n.messages.applicationForm.receipt;
  const token = flow.session.accessToken;
  const credentials = receipt.accessCode ? { accessCode: receipt.accessCode } : token ? { token } : undefined;
  return renderReceiptDownload(flow.host, receipt.reference, { download: t.downloadPdf, failed: t.downloadFailed }, () =>
    downloadReceipt(flow.api, receipt.reference, credentials),
  );
}

/** For services that need a trust level: why the citizen has to sign in (again), and the button to do so. */
function renderGate(flow: FormFlow): TemplateResult | undefined {
  const t = flow.i18n.messages.applicationForm;
  const level = flow.entry.trustLevel;
  const snapshot = flow.session.snapshot;
  if (level === 'none') return undefined;
  if (snapshot.status === 'restoring') return html`<p role="status">${t.checkingSignIn}</p>`;
  if (snapshot.status === 'signed-in' && meetsTrustLevel(snapshot.identity.trustLevel, level)) return undefined;
  const levelName = t.trust.levels[level];
  const explanation =
    snapshot.status === 'signed-in'
      ? t.trust.levelTooLow(t.trust.levels[snapshot.identity.trustLevel], levelName)
      : t.trust.signInNeeded(levelName);
  return html`<div class="panel gate" part="sign-in-required">
    <h3>${t.trust.heading}</h3>
    <p>${explanation}</p>
    <p>${t.trust.hints[level]}</p>
    ${
      flow.session.providers.length > 0
        ? html`<p>${t.trust.draftKept}</p>
            ${renderSignInButtons(flow, levelName)}`
        : html`<p>${t.trust.notConfigured}</p>`
    }
    ${flow.signInFailed ? html`<p class="error-text" role="alert">${t.trust.signInFailed}</p>` : nothing}
  </div>`;
}

/**
 * Signed in at too low a level: sign in again with the same provider. Signed out on a page with several
 * providers: the citizen chooses, as with the login button.
 */
function renderSignInButtons(flow: FormFlow, levelName: string): TemplateResult {
  const t = flow.i18n.messages.applicationForm.trust;
  const providers = flow.session.providers;
  if (flow.session.snapshot.status === 'signed-in' || providers.length === 1) {
    return html`<button type="button" part="sign-in-button" @click=${() => void flow.signIn()}>${t.signIn(levelName)}</button>`;
  }
  return html`<p id="choose-provider">${t.chooseProvider}</p>
    <ul class="providers" aria-labelledby="choose-provider">
      ${providers.map(
        (provider) =>
          html`<li>
            <button type="button" part="sign-in-button" @click=${() => void flow.signIn(provider.issuer)}>
              ${t.signInWith(provider.label)}
            </button>
          </li>`,
      )}
    </ul>`;
}

function renderForm(flow: FormFlow): TemplateResult {
  const t = flow.i18n.messages.applicationForm;
  const step = flow.step;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    if (flow.isReview) void flow.send();
    else flow.next();
  };
  return html`
    ${renderRestored(flow)} ${renderProgress(flow)}
    <form part="form" novalidate @submit=${onSubmit}>
      ${flow.showSummary ? renderErrorSummary(flow) : nothing}
      <h3 id="step-heading" part="step-heading" tabindex="-1">
        <span class="caption" part="progress-text">${t.progress.step(flow.stepIndex + 1, flow.steps.length + 1)}</span>
        ${step ? step.title : t.review.heading}
      </h3>
      ${
        step
          ? html`${step.description ? html`<p class="intro">${step.description}</p>` : nothing}
              <p class="hint">${t.requiredNote}</p>
              ${renderFields(flow, step.fields, step.pointer)}`
          : html`<p class="intro">${t.review.intro}</p>
              ${renderAnswers(flow, { headingLevel: 4, onChange: (index) => flow.change(index) })} ${renderFee(flow.entry.fee, t.review, 4)}`
      }
      ${renderFailure(flow)}
      <p class="sending" role="status">${flow.sending ? t.sending : nothing}</p>
      <div class="actions">
        ${
          step
            ? html`<button type="submit" part="next-button">${t.next}</button>`
            : html`<button type="submit" part="submit-button" aria-disabled=${flow.sending ? 'true' : 'false'}>${t.send}</button>`
        }
        ${flow.stepIndex > 0 ? html`<button type="button" class="secondary" part="back-button" @click=${() => flow.back()}>${t.back}</button>` : nothing}
      </div>
    </form>
  `;
}

function renderProgress(flow: FormFlow): TemplateResult {
  const t = flow.i18n.messages.applicationForm;
  const titles = [...flow.steps.map((step) => step.title), t.review.heading];
  return html`<ol class="progress" part="progress" aria-label=${t.progress.label}>
    ${titles.map((title, index) => {
      const state = index === flow.stepIndex ? 'current' : index < flow.stepIndex ? 'done' : 'todo';
      return html`<li class=${state} aria-current=${ifDefined(state === 'current' ? 'step' : undefined)}>
        ${title}${state === 'done' ? html`<span class="visually-hidden"> ${t.progress.done}</span>` : nothing}
      </li>`;
    })}
  </ol>`;
}

/** GOV.UK's error summary: focused when shown; each link moves focus to its field. */
function renderErrorSummary(flow: FormFlow): TemplateResult | typeof nothing {
  const items = flow.summary();
  if (items.length === 0) return nothing;
  // Fragment links do not reach into a shadow root: the click moves focus itself.
  const follow = (event: Event, id: string) => {
    event.preventDefault();
    flow.focus(id);
  };
  return html`<div
    id="error-summary"
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    <h3 id="error-summary-title">${flow.i18n.messages.applicationForm.errorSummary}</h3>
    <ul>
      ${items.map(({ id, message }) =>
        id ? html`<li><a href="#${id}" @click=${(event: Event) => follow(event, id)}>${message}</a></li>` : html`<li>${message}</li>`,
      )}
    </ul>
  </div>`;
}

function renderRestored(flow: FormFlow): TemplateResult | typeof nothing {
  if (!flow.restored) return nothing;
  const t = flow.i18n.messages.applicationForm;
  const fields = flow.placedFields();
  const missing = [...flow.missingFiles].filter(([pointer]) => fields.has(pointer));
  return html`<div class="notice" part="notice">
    <p>${t.restored}</p>
    ${
      missing.length > 0
        ? html`<p>${t.filesToChooseAgain}</p>
            <ul>
              ${missing.map(([pointer, name]) => html`<li>${fields.get(pointer)!.field.title}: ${name}</li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}

function renderFailure(flow: FormFlow): TemplateResult | typeof nothing {
  const failure = flow.failure;
  if (!failure) return nothing;
  const t = flow.i18n.messages.applicationForm;
  const identity = flow.session.identity;
  const level = flow.entry.trustLevel;
  let message: string;
  let action: TemplateResult | typeof nothing = nothing;
  switch (failure.kind) {
    case 'network':
      message = t.failure.network;
      action = html`<button type="button" class="secondary" part="retry-button" @click=${() => void flow.send()}>
        ${t.failure.retry}
      </button>`;
      break;
    case 'unauthorized':
    case 'trust':
      message =
        failure.kind === 'trust' && identity
          ? t.trust.levelTooLow(t.trust.levels[identity.trustLevel], t.trust.levels[level])
          : t.failure.unauthorized;
      action = html`<button type="button" class="secondary" part="sign-in-button" @click=${() => void flow.signIn()}>
        ${t.failure.signInAgain}
      </button>`;
      break;
    case 'other':
      message = t.failure.other(failure.detail);
      action = html`<button type="button" class="secondary" part="retry-button" @click=${() => void flow.send()}>
        ${t.failure.retry}
      </button>`;
  }
  return html`<div id="send-failure" class="failure" part="send-error" role="alert" tabindex="-1">
    <p>${message}</p>
    ${action} ${flow.signInFailed ? html`<p class="error-text">${t.trust.signInFailed}</p>` : nothing}
  </div>`;
}
