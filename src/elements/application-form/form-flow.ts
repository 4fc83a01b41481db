import type { ReactiveControllerHost } from 'lit';
import type { ServiceEntry } from '../../../contract/catalogue.ts';
import type { FieldError } from '../../../contract/problem.ts';
import type { FormDefinition, Receipt } from '../../api/client.ts';
import type { LocalizeController } from '../../i18n/localize.ts';
import type { FormMessages } from '../../i18n/form-messages.ts';
import type { CitizenSession, SessionSnapshot } from '../../session/session.ts';
import { afterPointerRelease } from './after-pointer-release.ts';
import { DraftStore, draftKey, newIdempotencyKey } from './draft-store.ts';
import { addButtonId, fieldId, restoreFiles, type FieldContext } from './form-fields.ts';
import { allShownFields, shownFields, stepsOf, type PlacedField, type StepModel } from './form-model.ts';
import { checkField, messageFor, problemFromServer, type FieldProblem } from './form-validation.ts';
import { addDefaults, dropHidden, newObject, submissionData } from './form-values.ts';
import { isLocked, prefill } from './prefill.ts';
import { deliver, locateErrors, type SendFailure } from './form-send.ts';
import { emit } from '../../events/events.ts';
import { ACR_FOR_TRUST_LEVEL } from '../../../contract/trust-levels.ts';
import { child, getAt, isWithin, renumberItems, setAt, type FormValues } from '../../../contract/json-pointer.ts';

export type { SendFailure };

/** The language of the office's mails: there are no mail texts in Leichte Sprache yet, so its readers get German. */
function mailLanguage(language: string): 'de' | 'en' {
  return language === 'en' ? 'en' : 'de';
}

export type FlowHost = ReactiveControllerHost & HTMLElement;

export interface FlowOptions {
  host: FlowHost;
  i18n: LocalizeController<FormMessages>;
  session: CitizenSession;
  api: string;
  municipality: string;
  definition: FormDefinition;
  entry: ServiceEntry;
}

/**
 * The state of one application being filled in: the data, the step, the errors, the files, the draft in
 * sessionStorage and where focus goes next. The templates read it and call its intents (edit, next, send, …);
 * only it changes its state and asks the element to render. It is long on purpose: split across files, other
 * files would set its fields again.
 */
export class FormFlow implements FieldContext {
  readonly host: FlowHost;
  readonly i18n: LocalizeController<FormMessages>;
  readonly session: CitizenSession;
  readonly api: string;
  readonly municipality: string;
  readonly entry: ServiceEntry;
  /** In the language the form is read in; the data's structure is the same in every language. */
  private shownDefinition: FormDefinition;
  private stepModels: StepModel[];

  private values: FormValues = {};
  private readonly chosenFiles = new Map<string, File>();
  /** Files the restored draft referred to, by pointer: their content is never stored, so they must be chosen again. */
  private readonly filesToChooseAgain = new Map<string, string>();
  private readonly problems = new Map<string, FieldProblem>();
  private readonly badInput = new Set<string>();
  /** Server errors that belong to no field. */
  private unplacedErrors: string[] = [];
  /** The step shown; `steps.length` is the review page. */
  private shownStep = 0;
  private summaryShown = false;
  /** After "Ändern" on the review page, "Weiter" leads back there. */
  private returnToReview = false;
  private draftRestored = false;
  private inFlight = false;
  private signInRefused = false;
  private sendFailure?: SendFailure;
  private sentReceipt?: Receipt;
  private idempotencyKey = newIdempotencyKey();

  private readonly store: DraftStore;
  private focusTarget?: string;
  private lastStatus: SessionSnapshot['status'];

  constructor(options: FlowOptions) {
    ({ host: this.host, i18n: this.i18n, session: this.session, api: this.api, municipality: this.municipality } = options);
    this.entry = options.entry;
    this.shownDefinition = options.definition;
    this.stepModels = stepsOf(this.shownDefinition.schema);
    this.store = new DraftStore(draftKey(this.municipality, this.entry.key));
    this.lastStatus = this.session.snapshot.status;
    const draft = this.store.load();
    if (draft) {
      this.values = draft.data;
      this.shownStep = Math.min(Math.max(draft.step, 0), this.steps.length);
      this.idempotencyKey = draft.idempotencyKey;
      for (const [pointer, name] of Object.entries(draft.files)) this.filesToChooseAgain.set(pointer, name);
      this.draftRestored = true;
    }
    this.addDefaults();
    prefill(this.steps, this.values, this.session.identity);
  }

  // ---- What the templates read ---------------------------------------------------------------------------------

  get definition(): FormDefinition {
    return this.shownDefinition;
  }

  get steps(): StepModel[] {
    return this.stepModels;
  }

  get data(): FormValues {
    return this.values;
  }

  get stepIndex(): number {
    return this.shownStep;
  }

  get showSummary(): boolean {
    return this.summaryShown;
  }

  /** The form was filled in from a draft of an earlier visit. */
  get restored(): boolean {
    return this.draftRestored;
  }

  get sending(): boolean {
    return this.inFlight;
  }

  get signInFailed(): boolean {
    return this.signInRefused;
  }

  get failure(): SendFailure | undefined {
    return this.sendFailure;
  }

  get receipt(): Receipt | undefined {
    return this.sentReceipt;
  }

  /** Files of the restored draft that must be chosen again, by pointer. */
  get missingFiles(): ReadonlyMap<string, string> {
    return this.filesToChooseAgain;
  }

  get isReview(): boolean {
    return this.shownStep === this.steps.length;
  }

  get step(): StepModel | undefined {
    return this.steps[this.shownStep];
  }

  // ---- FieldContext -------------------------------------------------------------------------------------------

  file(pointer: string): File | undefined {
    return this.chosenFiles.get(pointer);
  }

  missingFile(pointer: string): string | undefined {
    return this.filesToChooseAgain.get(pointer);
  }

  message(placed: PlacedField): string | undefined {
    const problem = this.problems.get(placed.pointer);
    return problem && messageFor(problem, placed.field, this.i18n, this.filesToChooseAgain.get(placed.pointer));
  }

  locked(placed: PlacedField): boolean {
    return isLocked(placed, this.values, this.session.identity);
  }

  edit({ field, pointer }: PlacedField, value: unknown): void {
    const choice = ['select', 'radio', 'yes-no', 'checkbox'].includes(field.widget);
    const shownBefore = choice ? this.placedFields() : undefined;
    setAt(this.values, pointer, value);
    this.badInput.delete(pointer);
    if (shownBefore) {
      // A choice may show or hide other fields; hidden ones lose their values, so nothing hidden is sent, and the
      // ones it reveals (e.g. the contact for an answer) are filled in from the account like the rest of the form.
      this.dropHidden();
      prefill(this.steps, this.values, this.session.identity, (shown) => !shownBefore.has(shown));
    }
    this.changed();
  }

  commit(placed: PlacedField): void {
    // The browser also reports a change when it removes a focused input (e.g. of a removed person): ignore it.
    if (!this.placedFields().has(placed.pointer)) return;
    const problem = this.check(placed);
    if (problem) this.problems.set(placed.pointer, problem);
    else this.problems.delete(placed.pointer);
    afterPointerRelease(() => this.host.requestUpdate());
  }

  setBadInput(pointer: string, bad: boolean): void {
    if (bad) this.badInput.add(pointer);
    else this.badInput.delete(pointer);
  }

  chooseFile(placed: PlacedField, file: File | undefined): void {
    this.filesToChooseAgain.delete(placed.pointer);
    if (file) this.chosenFiles.set(placed.pointer, file);
    else {
      this.chosenFiles.delete(placed.pointer);
      this.focusTarget = fieldId(placed.pointer);
    }
    this.commit(placed);
    if (!file && !placed.required) this.problems.delete(placed.pointer);
    this.changed();
  }

  addItem({ field, pointer }: PlacedField): void {
    const items = this.items(pointer);
    items.push(newObject(field.fields));
    // The first input of the new item, inside its first group if it starts with one (e.g. a person block).
    const first = [...shownFields(field.fields, this.values, child(pointer, items.length - 1))].find(
      (placed) => placed.field.widget !== 'group' && placed.field.widget !== 'repeat',
    );
    this.focusTarget = first ? fieldId(first.pointer) : undefined;
    this.changed();
  }

  removeItem({ pointer }: PlacedField, index: number): void {
    this.items(pointer).splice(index, 1);
    // Files and errors of the following items move up by one, like the items themselves.
    for (const map of [this.chosenFiles, this.filesToChooseAgain, this.problems] as Map<string, unknown>[])
      renumberItems(map, pointer, index);
    this.focusTarget = addButtonId(pointer);
    this.changed();
  }

  // ---- Navigation ---------------------------------------------------------------------------------------------

  /** "Weiter": checks the step; shows the error summary, or moves on. */
  next(): void {
    if (this.isReview) return;
    if (!this.checkStep(this.shownStep)) {
      this.showErrors(this.shownStep);
      return;
    }
    this.goTo(this.returnToReview ? this.steps.length : this.shownStep + 1);
  }

  back(): void {
    this.returnToReview = false;
    this.goTo(Math.max(this.shownStep - 1, 0));
  }

  /** "Ändern" on the review page. */
  change(step: number): void {
    this.returnToReview = true;
    this.goTo(step);
  }

  private goTo(step: number): void {
    if (step === this.steps.length) this.returnToReview = false;
    this.shownStep = step;
    this.summaryShown = this.draftRestored = false;
    this.sendFailure = undefined;
    this.focusTarget = 'step-heading';
    this.changed();
  }

  private showErrors(step: number): void {
    this.shownStep = step;
    this.summaryShown = true;
    this.focusTarget = 'error-summary';
    this.changed();
  }

  /** Checks every shown field of a step, replacing its errors; true if there are none. */
  private checkStep(index: number): boolean {
    const step = this.steps[index];
    for (const pointer of [...this.problems.keys()]) if (isWithin(pointer, step.pointer)) this.problems.delete(pointer);
    for (const placed of shownFields(step.fields, this.values, step.pointer)) {
      const problem = this.check(placed);
      if (problem) this.problems.set(placed.pointer, problem);
    }
    return ![...this.problems.keys()].some((pointer) => isWithin(pointer, step.pointer));
  }

  /** The errors of the step shown, in the order of its fields, for the error summary. */
  summary(): { id?: string; message: string }[] {
    const step = this.step;
    const items = step
      ? [...shownFields(step.fields, this.values, step.pointer)]
          .filter((placed) => this.problems.has(placed.pointer))
          .map((placed) => ({ id: fieldId(placed.pointer), message: this.message(placed)! }))
      : [];
    return this.isReview ? [...items, ...this.unplacedErrors.map((message) => ({ message }))] : items;
  }

  /** Every shown field, wherever it is, by pointer: for placing the server's errors. */
  placedFields(): Map<string, PlacedField & { step: number }> {
    return new Map([...allShownFields(this.steps, this.values)].map((placed) => [placed.pointer, placed]));
  }

  // ---- Sending and signing in ---------------------------------------------------------------------------------

  /**
   * "Absenden": checks every step (and shows the first one with problems), then sends with the draft's
   * idempotency key, so that a retry after a lost answer, or a reload and resend, files the application once.
   * Every failure keeps the draft.
   */
  async send(): Promise<void> {
    if (this.inFlight) return;
    this.unplacedErrors = [];
    const invalid = this.steps.map((_, index) => this.checkStep(index)).indexOf(false);
    if (invalid >= 0) return this.showErrors(invalid);
    this.inFlight = true;
    this.sendFailure = undefined;
    this.summaryShown = false;
    this.changed();
    const shown = this.placedFields();
    const files = new Map([...this.chosenFiles].filter(([pointer]) => shown.has(pointer)));
    const data = submissionData(this.steps, this.values);
    const outcome = await deliver(
      this.api,
      { municipality: this.municipality, service: this.entry.key, data, language: mailLanguage(this.i18n.language), files },
      { idempotencyKey: this.idempotencyKey, token: this.session.accessToken },
    );
    this.inFlight = false;
    if ('receipt' in outcome) {
      this.sentReceipt = outcome.receipt;
      this.store.clear();
      this.focus('receipt-heading');
      emit(this.host, 'rathaus-application-sent', {
        reference: outcome.receipt.reference,
        service: this.entry.key,
        municipality: this.municipality,
      });
    } else if (!this.placeErrors(shown.values(), outcome.fieldErrors)) {
      this.sendFailure = outcome.failure;
      this.focus('send-failure');
    }
  }

  /** Signs in (with the trust level the service needs); what was typed is in the draft and comes back with the citizen. */
  async signIn(issuer?: string): Promise<void> {
    const level = this.entry.trustLevel;
    try {
      await this.session.signIn({ ...(issuer ? { issuer } : {}), ...(level === 'none' ? {} : { acr: ACR_FOR_TRUST_LEVEL[level] }) });
    } catch {
      this.signInRefused = true;
      this.host.requestUpdate();
    }
  }

  /** Puts the server's field errors on their fields and shows the earliest step with one; false if none could be. */
  private placeErrors(shown: Iterable<PlacedField & { step: number }>, errors: FieldError[]): boolean {
    const { placed, unplaced } = locateErrors(shown, errors);
    this.unplacedErrors.push(...unplaced);
    for (const [field, error] of placed) {
      if (!this.problems.has(field.pointer)) this.problems.set(field.pointer, problemFromServer(field.field, error.code, error.detail));
    }
    if (placed.length) return (this.showErrors(Math.min(...placed.map(([field]) => field.step))), true);
    if (!unplaced.length) return false;
    this.showErrors(this.steps.length);
    return true;
  }

  // ---- Session, draft and rendering ---------------------------------------------------------------------------

  /** The page's session changed: prefill after sign-in, start over after sign-out. */
  sessionChanged(): void {
    const snapshot = this.session.snapshot;
    const previous = this.lastStatus;
    this.lastStatus = snapshot.status;
    // An expired sign-in keeps the input (the session keeps drafts then); a sign-out starts over.
    if (previous === 'signed-in' && snapshot.status === 'signed-out' && snapshot.notice !== 'expired') this.reset();
    // Not saved: the account fills the fields again on every load, and a draft is for what the citizen typed.
    if (snapshot.status === 'signed-in') prefill(this.steps, this.values, this.session.identity);
    this.host.requestUpdate();
  }

  /**
   * The same form in another language (Leichte Sprache at the citizen's or the page's wish): new texts, the same
   * fields, so everything typed, chosen and checked stays where it is.
   */
  retext(definition: FormDefinition): void {
    this.shownDefinition = definition;
    this.stepModels = stepsOf(definition.schema);
  }

  /** Forgets everything typed: after sign-out nothing personal may stay in the page. */
  private reset(): void {
    this.store.clear();
    this.values = {};
    for (const collection of [this.chosenFiles, this.filesToChooseAgain, this.problems, this.badInput]) collection.clear();
    this.unplacedErrors = [];
    this.shownStep = 0;
    this.summaryShown = this.returnToReview = this.draftRestored = this.inFlight = this.signInRefused = false;
    this.sendFailure = this.sentReceipt = undefined;
    this.idempotencyKey = newIdempotencyKey();
    this.addDefaults();
  }

  private saveDraft(): void {
    if (this.sentReceipt) return;
    const files = Object.fromEntries([
      ...this.filesToChooseAgain,
      ...[...this.chosenFiles].map(([pointer, file]) => [pointer, file.name] as const),
    ]);
    this.store.save({
      formVersion: this.definition.version,
      data: this.values,
      step: this.shownStep,
      idempotencyKey: this.idempotencyKey,
      files,
    });
  }

  focus(target: string): void {
    this.focusTarget = target;
    this.host.requestUpdate();
  }

  /** After each render: give file inputs back their chosen files and move focus where the last action asked. */
  updated(root: ShadowRoot): void {
    restoreFiles(root, this.chosenFiles);
    if (!this.focusTarget) return;
    const target = root.getElementById(this.focusTarget);
    this.focusTarget = undefined;
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  private changed(): void {
    this.saveDraft();
    this.host.requestUpdate();
  }

  private check(placed: PlacedField): FieldProblem | undefined {
    return checkField(placed.field, {
      value: getAt(this.values, placed.pointer),
      required: placed.required,
      file: this.chosenFiles.get(placed.pointer),
      missingFile: this.filesToChooseAgain.get(placed.pointer),
      badInput: this.badInput.has(placed.pointer),
    });
  }

  private items(pointer: string): unknown[] {
    let items = getAt(this.values, pointer);
    if (!Array.isArray(items)) setAt(this.values, pointer, (items = []));
    return items as unknown[];
  }

  private addDefaults(): void {
    for (const step of this.steps) {
      if (typeof getAt(this.values, step.pointer) !== 'object') setAt(this.values, step.pointer, {});
      addDefaults(step.fields, this.values, step.pointer);
    }
  }

  private dropHidden(): void {
    const dropped = this.steps.flatMap((step) => dropHidden(step.fields, this.values, step.pointer));
    for (const collection of [this.chosenFiles, this.filesToChooseAgain, this.problems]) {
      for (const pointer of [...collection.keys()]) if (dropped.some((hidden) => isWithin(pointer, hidden))) collection.delete(pointer);
    }
  }
}
