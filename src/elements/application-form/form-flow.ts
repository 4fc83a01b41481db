import type { ReactiveControllerHost } from 'lit';
import type { ServiceEntry } from '../../../contract/catalogue.ts';
import type { FormDefinition, Receipt } from '../../api/client.ts';
import type { LocalizeController } from '../../i18n/localize.ts';
import type { FormMessages } from '../../i18n/form-messages.ts';
import type { CitizenSession, SessionSnapshot } from '../../session/session.ts';
import { afterPointerRelease } from './after-pointer-release.ts';
import { DraftStore, draftKey, newIdempotencyKey } from './draft-store.ts';
import { addButtonId, fieldId, restoreFiles, type FieldContext } from './form-fields.ts';
import { allShownFields, shownFields, stepsOf, type PlacedField, type StepModel } from './form-model.ts';
import { checkField, messageFor, type FieldProblem } from './form-validation.ts';
import { addDefaults, dropHidden, newObject } from './form-values.ts';
import { isLocked, prefill } from './prefill.ts';
import { child, getAt, isWithin, renumberItems, setAt, type FormValues } from '../../../contract/json-pointer.ts';

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

export type SendFailure = { kind: 'network' | 'unauthorized' | 'trust' } | { kind: 'other'; detail: string };

/**
 * The state of one application being filled in: the data, the step, the errors, the files, the draft in
 * sessionStorage and where focus goes next. Sending lives in form-send.ts; the templates read this.
 */
export class FormFlow implements FieldContext {
  readonly host: FlowHost;
  readonly i18n: LocalizeController<FormMessages>;
  readonly session: CitizenSession;
  readonly api: string;
  readonly municipality: string;
  readonly definition: FormDefinition;
  readonly entry: ServiceEntry;
  readonly steps: StepModel[];

  data: FormValues = {};
  readonly files = new Map<string, File>();
  /** Files the restored draft referred to, by pointer: their content is never stored, so they must be chosen again. */
  readonly missingFiles = new Map<string, string>();
  readonly errors = new Map<string, FieldProblem>();
  readonly badInput = new Set<string>();
  /** Server errors that belong to no field. */
  generalErrors: string[] = [];
  /** The step shown; `steps.length` is the review page. */
  stepIndex = 0;
  showSummary = false;
  /** After "Ändern" on the review page, "Weiter" leads back there. */
  returnToReview = false;
  restored = false;
  sending = false;
  signInFailed = false;
  failure?: SendFailure;
  receipt?: Receipt;
  idempotencyKey = newIdempotencyKey();

  private readonly store: DraftStore;
  private focusTarget?: string;
  private lastStatus: SessionSnapshot['status'];

  constructor(options: FlowOptions) {
    ({ host: this.host, i18n: this.i18n, session: this.session, api: this.api, municipality: this.municipality } = options);
    ({ definition: this.definition, entry: this.entry } = options);
    this.steps = stepsOf(this.definition.schema);
    this.store = new DraftStore(draftKey(this.municipality, this.entry.key));
    this.lastStatus = this.session.snapshot.status;
    const draft = this.store.load();
    if (draft) {
      this.data = draft.data;
      this.stepIndex = Math.min(Math.max(draft.step, 0), this.steps.length);
      this.idempotencyKey = draft.idempotencyKey;
      for (const [pointer, name] of Object.entries(draft.files)) this.missingFiles.set(pointer, name);
      this.restored = true;
    }
    this.addDefaults();
    prefill(this.steps, this.data, this.session.identity);
  }

  get isReview(): boolean {
    return this.stepIndex === this.steps.length;
  }

  get step(): StepModel | undefined {
    return this.steps[this.stepIndex];
  }

  // ---- FieldContext -------------------------------------------------------------------------------------------

  file(pointer: string): File | undefined {
    return this.files.get(pointer);
  }

  missingFile(pointer: string): string | undefined {
    return this.missingFiles.get(pointer);
  }

  message(placed: PlacedField): string | undefined {
    const problem = this.errors.get(placed.pointer);
    return problem && messageFor(problem, placed.field, this.i18n, this.missingFiles.get(placed.pointer));
  }

  locked(placed: PlacedField): boolean {
    return isLocked(placed, this.data, this.session.identity);
  }

  edit({ field, pointer }: PlacedField, value: unknown): void {
    setAt(this.data, pointer, value);
    this.badInput.delete(pointer);
    // A choice may show or hide other fields; hidden ones lose their values, so nothing hidden is sent.
    if (['select', 'radio', 'yes-no', 'checkbox'].includes(field.widget)) this.dropHidden();
    this.changed();
  }

  commit(placed: PlacedField): void {
    // The browser also reports a change when it removes a focused input (e.g. of a removed person): ignore it.
    if (!this.placedFields().has(placed.pointer)) return;
    const problem = this.check(placed);
    if (problem) this.errors.set(placed.pointer, problem);
    else this.errors.delete(placed.pointer);
    afterPointerRelease(() => this.host.requestUpdate());
  }

  setBadInput(pointer: string, bad: boolean): void {
    if (bad) this.badInput.add(pointer);
    else this.badInput.delete(pointer);
  }

  chooseFile(placed: PlacedField, file: File | undefined): void {
    this.missingFiles.delete(placed.pointer);
    if (file) this.files.set(placed.pointer, file);
    else {
      this.files.delete(placed.pointer);
      this.focusTarget = fieldId(placed.pointer);
    }
    this.commit(placed);
    if (!file && !placed.required) this.errors.delete(placed.pointer);
    this.changed();
  }

  addItem({ field, pointer }: PlacedField): void {
    const items = this.items(pointer);
    items.push(newObject(field.fields));
    // The first input of the new item, inside its first group if it starts with one (e.g. a person block).
    const first = [...shownFields(field.fields, this.data, child(pointer, items.length - 1))].find(
      (placed) => placed.field.widget !== 'group' && placed.field.widget !== 'repeat',
    );
    this.focusTarget = first ? fieldId(first.pointer) : undefined;
    this.changed();
  }

  removeItem({ pointer }: PlacedField, index: number): void {
    this.items(pointer).splice(index, 1);
    // Files and errors of the following items move up by one, like the items themselves.
    for (const map of [this.files, this.missingFiles, this.errors] as Map<string, unknown>[]) renumberItems(map, pointer, index);
    this.focusTarget = addButtonId(pointer);
    this.changed();
  }

  // ---- Navigation ---------------------------------------------------------------------------------------------

  /** "Weiter": checks the step; shows the error summary, or moves on. */
  next(): void {
    if (this.isReview) return;
    if (!this.checkStep(this.stepIndex)) {
      this.showErrors(this.stepIndex);
      return;
    }
    this.goTo(this.returnToReview ? this.steps.length : this.stepIndex + 1);
  }

  back(): void {
    this.returnToReview = false;
    this.goTo(Math.max(this.stepIndex - 1, 0));
  }

  /** "Ändern" on the review page. */
  change(step: number): void {
    this.returnToReview = true;
    this.goTo(step);
  }

  goTo(step: number): void {
    if (step === this.steps.length) this.returnToReview = false;
    this.stepIndex = step;
    this.showSummary = this.restored = false;
    this.failure = undefined;
    this.focusTarget = 'step-heading';
    this.changed();
  }

  showErrors(step: number): void {
    this.stepIndex = step;
    this.showSummary = true;
    this.focusTarget = 'error-summary';
    this.changed();
  }

  /** Checks every shown field of a step, replacing its errors; true if there are none. */
  checkStep(index: number): boolean {
    const step = this.steps[index];
    for (const pointer of [...this.errors.keys()]) if (isWithin(pointer, step.pointer)) this.errors.delete(pointer);
    for (const placed of shownFields(step.fields, this.data, step.pointer)) {
      const problem = this.check(placed);
      if (problem) this.errors.set(placed.pointer, problem);
    }
    return ![...this.errors.keys()].some((pointer) => isWithin(pointer, step.pointer));
  }

  /** The errors of the step shown, in the order of its fields, for the error summary. */
  summary(): { id?: string; message: string }[] {
    const step = this.step;
    const items = step
      ? [...shownFields(step.fields, this.data, step.pointer)]
          .filter((placed) => this.errors.has(placed.pointer))
          .map((placed) => ({ id: fieldId(placed.pointer), message: this.message(placed)! }))
      : [];
    return this.isReview ? [...items, ...this.generalErrors.map((message) => ({ message }))] : items;
  }

  /** Every shown field, wherever it is, by pointer: for placing the server's errors. */
  placedFields(): Map<string, PlacedField & { step: number }> {
    return new Map([...allShownFields(this.steps, this.data)].map((placed) => [placed.pointer, placed]));
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
    if (snapshot.status === 'signed-in') prefill(this.steps, this.data, this.session.identity);
    this.host.requestUpdate();
  }

  /** Forgets everything typed: after sign-out nothing personal may stay in the page. */
  reset(): void {
    this.store.clear();
    this.data = {};
    for (const collection of [this.files, this.missingFiles, this.errors, this.badInput]) collection.clear();
    this.generalErrors = [];
    this.stepIndex = 0;
    this.showSummary = this.returnToReview = this.restored = this.sending = this.signInFailed = false;
    this.failure = this.receipt = undefined;
    this.idempotencyKey = newIdempotencyKey();
    this.addDefaults();
  }

  saveDraft(): void {
    if (this.receipt) return;
    const files = Object.fromEntries([...this.missingFiles, ...[...this.files].map(([pointer, file]) => [pointer, file.name] as const)]);
    this.store.save({
      formVersion: this.definition.version,
      data: this.data,
      step: this.stepIndex,
      idempotencyKey: this.idempotencyKey,
      files,
    });
  }

  clearDraft(): void {
    this.store.clear();
  }

  focus(target: string): void {
    this.focusTarget = target;
    this.host.requestUpdate();
  }

  /** After each render: give file inputs back their chosen files and move focus where the last action asked. */
  updated(root: ShadowRoot): void {
    restoreFiles(root, this.files);
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
      value: getAt(this.data, placed.pointer),
      required: placed.required,
      file: this.files.get(placed.pointer),
      missingFile: this.missingFiles.get(placed.pointer),
      badInput: this.badInput.has(placed.pointer),
    });
  }

  private items(pointer: string): unknown[] {
    let items = getAt(this.data, pointer);
    if (!Array.isArray(items)) setAt(this.data, pointer, (items = []));
    return items as unknown[];
  }

  private addDefaults(): void {
    for (const step of this.steps) {
      if (typeof getAt(this.data, step.pointer) !== 'object') setAt(this.data, step.pointer, {});
      addDefaults(step.fields, this.data, step.pointer);
    }
  }

  private dropHidden(): void {
    const dropped = this.steps.flatMap((step) => dropHidden(step.fields, this.data, step.pointer));
    for (const collection of [this.files, this.missingFiles, this.errors]) {
      for (const pointer of [...collection.keys()]) if (dropped.some((hidden) => isWithin(pointer, hidden))) collection.delete(pointer);
    }
  }
}
