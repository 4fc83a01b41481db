import { Type } from 'typebox';
import type { FormSource, FormTexts, JsonSchema } from '../../../contract/forms.ts';
import { child } from '../../../contract/json-pointer.ts';
import type { Report } from './compile-fields.ts';

/**
 * A form's or a block's texts in another language (catalogue/leichte-sprache): the same structure as the German
 * file, holding only texts. `reviewed` says whether readers of the target group (a Prüfgruppe) have checked them.
 */
export const TextOverlayFile = Type.Object(
  {
    reviewed: Type.Boolean(),
    title: Type.Optional(Type.String({ minLength: 1 })),
    nextSteps: Type.Optional(Type.String({ minLength: 1 })),
    help: Type.Optional(Type.String({ minLength: 1 })),
    steps: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    fields: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);

const TEXTS = new Set(['title', 'nextSteps', 'help', 'label', 'itemLabel', 'addLabel']);
const NESTED = new Set(['steps', 'fields']);

/**
 * The German source with the overlay's texts put in. Everything the overlay names must be there in German (a
 * renamed field would otherwise lose its translation silently); only texts may be given, never structure.
 */
export function withTexts<T>(source: T, overlay: unknown, at: string, report: Report): T {
  if (overlay === null || typeof overlay !== 'object' || Array.isArray(overlay)) {
    report(at, 'Hier werden Texte erwartet (title, help, label, options, fields …).');
    return source;
  }
  const result: Record<string, unknown> = { ...(source as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overlay)) {
    const where = `${at}/${key}`;
    if (key === 'reviewed' && at === '') continue;
    if (TEXTS.has(key)) {
      // A block's use may name the block's own title and help; anything else must have a German text to replace,
      // or it would silently never be shown.
      const replaces = Object.hasOwn(result, key) || (Object.hasOwn(result, 'block') && (key === 'label' || key === 'help'));
      if (!replaces) report(where, `Im deutschen Formular steht hier kein "${key}"; ein Text ohne deutsches Gegenstück wird nie gezeigt.`);
      else if (typeof value === 'string' && value.trim()) result[key] = value;
      else report(where, 'Ein Text darf nicht leer sein.');
    } else if (key === 'options' || NESTED.has(key)) {
      const german = result[key] as Record<string, unknown> | undefined;
      if (!german || typeof value !== 'object' || value === null) {
        report(where, `Im deutschen Formular gibt es hier keine "${key}".`);
        continue;
      }
      const merged: Record<string, unknown> = { ...german };
      for (const [name, text] of Object.entries(value)) {
        if (!Object.hasOwn(german, name)) report(`${where}/${name}`, `"${name}" gibt es im deutschen Formular nicht.`);
        else if (key !== 'options') merged[name] = withTexts(german[name], text, `${where}/${name}`, report);
        else if (typeof text === 'string' && text.trim()) merged[name] = text;
        else report(`${where}/${name}`, 'Ein Text darf nicht leer sein.');
      }
      result[key] = merged;
    } else {
      report(where, `"${key}" ist kein Text. Übersetzt werden nur title, nextSteps, help, label, options, itemLabel und addLabel.`);
    }
  }
  return result as T;
}

/**
 * What differs between a form compiled from German and the same form compiled from another language's texts:
 * every string of the schema by its JSON pointer. The structure is the same, as only texts were put in.
 */
export function textsOf(german: FormSource, other: FormSource): FormTexts | undefined {
  const schema: Record<string, string> = {};
  const walk = (de: unknown, translated: unknown, pointer: string) => {
    if (typeof de === 'string' && typeof translated === 'string') {
      if (de !== translated) schema[pointer] = translated;
      return;
    }
    if (de === null || typeof de !== 'object' || translated === null || typeof translated !== 'object') return;
    for (const [key, value] of Object.entries(de as JsonSchema)) {
      walk(value, (translated as Record<string, unknown>)[key], child(pointer, key));
    }
  };
  walk(german.schema, other.schema, '');
  const texts: FormTexts = {
    ...(other.title !== german.title ? { title: other.title } : {}),
    ...(other.nextSteps !== german.nextSteps ? { nextSteps: other.nextSteps } : {}),
    schema,
  };
  return texts.title || texts.nextSteps || Object.keys(schema).length > 0 ? texts : undefined;
}
