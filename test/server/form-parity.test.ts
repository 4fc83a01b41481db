import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FormSource } from '../../contract/forms.ts';
import { configFromEnvironment } from '../../server/config.ts';
import { genericForm } from '../../server/forms/generic-form.ts';
import { compileFormValidator, createFormAjv } from '../../server/forms/form-validator.ts';
import { loadFormSources } from '../../server/forms/source/load-form-sources.ts';
import { allShownFields, stepsOf } from '../../src/elements/application-form/form-model.ts';
import { checkField } from '../../src/elements/application-form/form-validation.ts';
import { getAt } from '../../contract/json-pointer.ts';
import { sampleObject, variants, type Data } from './support/form-data.ts';

/**
 * The kit checks what the citizen types; the server checks what arrives. Both read the same form definition
 * with two validators (the kit's field checks, the server's Ajv), so for every form, a valid application and each
 * way of getting one field wrong must get the same verdict from both: the same fields, no more, no fewer.
 */

const sources = await loadFormSources(configFromEnvironment({}).catalogueDir, () => true);
const ajv = createFormAjv();
const generic = genericForm(
  {
    key: '99123456789012',
    name: 'Sondernutzung öffentlicher Verkehrsflächen beantragen',
    summary: '',
    keywords: [],
    synonyms: [],
    category: 'Bauen und Wohnen',
    level: 'gemeinde',
    trustLevel: 'niedrig',
    fee: { amount: { kind: 'gebuehrenfrei' }, text: 'gebührenfrei', verified: false },
    documents: ['Lageplan'],
  },
  sources.blocks,
);

/** The fields the server objects to (an error below a file field, like "/foto/size", belongs to the file field). */
function serverVerdict(form: FormSource, data: Data, fields: string[]): string[] {
  const errors = compileFormValidator(ajv, form.schema)(data);
  const owner = (pointer: string) =>
    fields.filter((f) => pointer === f || pointer.startsWith(`${f}/`)).sort((a, b) => b.length - a.length)[0] ?? pointer;
  return [...new Set(errors.map((error) => owner(error.pointer)))].sort();
}

/** The fields the kit would mark before sending. */
function kitVerdict(form: FormSource, data: Data): string[] {
  const wrong: string[] = [];
  for (const { field, pointer, required } of allShownFields(stepsOf(form.schema), data)) {
    if (field.widget === 'group' || field.widget === 'repeat') continue;
    const value = getAt(data, pointer);
    const input =
      field.widget === 'file' ? { value: undefined, required, file: value ? (value as unknown as File) : undefined } : { value, required };
    if (checkField(field, input)) wrong.push(pointer);
  }
  return wrong.sort();
}

function fieldsOf(form: FormSource, data: Data): string[] {
  return [...allShownFields(stepsOf(form.schema), data)].map((placed) => placed.pointer);
}

for (const form of [...sources.forms.values(), generic]) {
  test(`${form.title}: the kit and the server agree on a valid application and on every field got wrong`, () => {
    const valid = sampleObject(form.schema);
    assert.deepEqual(serverVerdict(form, valid, fieldsOf(form, valid)), [], 'the server refuses the valid example');
    assert.deepEqual(kitVerdict(form, valid), [], 'the kit refuses the valid example');
    let refused = 0;
    for (const { what, data } of variants(form.schema, valid)) {
      const server = serverVerdict(form, data, fieldsOf(form, data));
      assert.deepEqual(kitVerdict(form, data), server, what);
      if (server.length > 0) refused++;
    }
    assert.ok(refused >= 5, `only ${refused} variants are wrong at all`);
  });
}
