import { Value } from 'typebox/value';
import type { FormSource } from '../../../contract/forms.ts';
import { compileObject, type Blocks, type Report } from './compile-fields.ts';
import { DIALECT, object } from './schema-builders.ts';
import { StepSource, type FormFileSource } from './source-schema.ts';

/**
 * A form file's steps, each a closed object, in the written order, under a root that requires the steps that
 * have a required field (a step of optional fields may be left out entirely).
 */
export function compileForm(source: FormFileSource, blocks: Blocks, report: Report): FormSource {
  const steps: Record<string, ReturnType<typeof compileObject>> = {};
  for (const [name, raw] of Object.entries(source.steps)) {
    const at = `/steps/${name}`;
    if (!Value.Check(StepSource, raw)) {
      for (const error of Value.Errors(StepSource, raw)) report(at + error.instancePath, error.message);
      continue;
    }
    steps[name] = compileObject(
      raw.fields,
      `${at}/fields`,
      { blocks, report, expanding: [] },
      {
        title: raw.title,
        ...(raw.help ? { description: raw.help } : {}),
      },
    );
  }
  return {
    service: source.service,
    title: source.title,
    nextSteps: source.nextSteps.trim(),
    schema: {
      $schema: DIALECT,
      ...object(
        steps,
        Object.keys(steps).filter((name) => (steps[name].required ?? []).length > 0),
      ),
    },
  };
}
