import type { FormDefinition } from './forms.ts';
import { getAt, isUnsafeSegment, segments, setAt, type FormValues } from './json-pointer.ts';

export type TextLanguage = keyof NonNullable<FormDefinition['texts']>;

/**
 * The definition as it reads in `language`: its title, next steps and each text of its schema replaced where the
 * definition has a text in that language; German everywhere else. Only existing texts (strings) are replaced, so
 * the structure, and with it the data and its checks, stays the same.
 */
export function inLanguage(definition: FormDefinition, language: string): FormDefinition {
  const texts = definition.texts?.[language as TextLanguage];
  if (!texts) return definition;
  const schema = structuredClone(definition.schema) as FormValues;
  for (const [pointer, text] of Object.entries(texts.schema)) {
    if (!segments(pointer).some(isUnsafeSegment) && typeof getAt(schema, pointer) === 'string') setAt(schema, pointer, text);
  }
  return {
    ...definition,
    title: texts.title ?? definition.title,
    nextSteps: texts.nextSteps ?? definition.nextSteps,
    schema: schema as FormDefinition['schema'],
  };
}
