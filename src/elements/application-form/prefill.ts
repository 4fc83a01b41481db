import { claim, type Identity } from '../../session/identity.ts';
import { allShownFields, type PlacedField, type StepModel } from './form-model.ts';
import { isEmpty } from './form-values.ts';
import { getAt, setAt, type FormValues } from '../../../contract/json-pointer.ts';

/**
 * Puts the signed-in citizen's claims (`x-prefill`, e.g. "address.postal_code") into the fields that are still
 * empty: what the citizen typed always wins. `only` limits it to some fields (those a choice just revealed).
 * Answers whether anything was filled in.
 */
export function prefill(
  steps: StepModel[],
  data: FormValues,
  identity: Identity | undefined,
  only: (pointer: string) => boolean = () => true,
): boolean {
  if (!identity) return false;
  let filled = false;
  for (const { field, pointer } of allShownFields(steps, data)) {
    if (!only(pointer)) continue;
    const name = field.schema['x-prefill'];
    const value = name ? claim(identity, name) : undefined;
    if ((typeof value === 'string' || typeof value === 'number') && String(value) !== '' && isEmpty(getAt(data, pointer))) {
      setAt(data, pointer, String(value));
      filled = true;
    }
  }
  return filled;
}

/** A field marked readOnly is locked only while it holds the value from the account, so nobody is stuck with an empty one. */
export function isLocked({ field, pointer }: PlacedField, data: FormValues, identity: Identity | undefined): boolean {
  if (!field.schema.readOnly || !field.schema['x-prefill']) return false;
  const value = claim(identity, field.schema['x-prefill']);
  return !isEmpty(value) && String(value) === getAt(data, pointer);
}
