import type { FieldError } from '../../contract/problem.ts';
import type { JsonSchema } from '../../contract/forms.ts';
import { child, propertySchema } from '../../contract/json-pointer.ts';

/**
 * The one text policy of the API, applied to every string it accepts (form data, other bodies, query strings,
 * path parameters and file names):
 * - never NUL or a lone surrogate (the database refuses both, and no person types them);
 * - no control characters, except tab and line feed in multi-line text (a CR LF or lone CR becomes a line feed);
 * - in single-line text and file names no bidirectional formatting characters either: an override turns
 *   "foto<U+202E>gnp.exe" into what looks like "fotoexe.png", and a name never needs them (the Unicode
 *   bidirectional algorithm orders Arabic or Hebrew names by itself);
 * - leading and trailing white space is removed, so a value of only white space is empty: an optional field is
 *   then left out and a required one reported as missing.
 * Multi-line is what a schema marks `x-widget: "textarea"` (contract/forms.ts); everything else is single-line.
 */
export type TextKind = 'single-line' | 'multi-line' | 'file-name';

// In a /u pattern a surrogate pair is one code point; only a lone surrogate is of category Cs.
const LONE_SURROGATE = /\p{Cs}/u;
// C0 controls, DEL and C1 controls: matching them is the point.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_TAB_AND_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/* eslint-enable no-control-regex */
// ALM, LRM, RLM, the embeddings and overrides (LRE…RLO) and the isolates (LRI…PDI).
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export type TextCheck = { ok: true; value: string } | { ok: false; code: string; detail: string };

export function checkText(raw: string, kind: TextKind): TextCheck {
  if (LONE_SURROGATE.test(raw)) return { ok: false, code: 'text-encoding', detail: 'Der Text enthält ein ungültiges Zeichen.' };
  const text = kind === 'multi-line' ? raw.replace(/\r\n?/g, '\n') : raw;
  if (text.includes('\u0000')) return { ok: false, code: 'text-control', detail: 'Der Text enthält ein Nullzeichen.' };
  if (kind === 'multi-line' ? CONTROL_EXCEPT_TAB_AND_NEWLINE.test(text) : CONTROL.test(text)) {
    return {
      ok: false,
      code: 'text-control',
      detail:
        kind === 'multi-line'
          ? 'Der Text enthält Steuerzeichen; erlaubt sind Zeilenumbrüche und Tabulatoren.'
          : 'Der Text darf keine Steuerzeichen und keine Zeilenumbrüche enthalten.',
    };
  }
  if (kind !== 'multi-line' && BIDI_CONTROL.test(text)) {
    return { ok: false, code: 'text-bidi', detail: 'Der Text enthält Steuerzeichen für die Schreibrichtung.' };
  }
  return { ok: true, value: text.trim() };
}

/**
 * Applies the policy to every string of a JSON value, in place, without recursion. `schema` (a form's or a
 * route's) says which strings are multi-line; strings the schema does not define count as single-line. A string
 * that is empty after trimming is removed from its object. Answers the problems, each with its pointer.
 */
export function applyTextPolicy(value: unknown, schema: JsonSchema | undefined, base = ''): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { container: Record<string, unknown>; schema: JsonSchema | undefined; pointer: string }[] = [];
  if (value !== null && typeof value === 'object') stack.push({ container: value as Record<string, unknown>, schema, pointer: base });
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { container, schema: containerSchema, pointer } = next;
    const isArray = Array.isArray(container);
    for (const key of Object.keys(container)) {
      const item = container[key];
      const itemPointer = child(pointer, key);
      const itemSchema = containerSchema && (isArray ? containerSchema.items : propertySchema(containerSchema, key));
      if (typeof item === 'string') {
        const checked = checkText(item, itemSchema?.['x-widget'] === 'textarea' ? 'multi-line' : 'single-line');
        if (!checked.ok) errors.push({ pointer: itemPointer, code: checked.code, detail: checked.detail });
        else if (checked.value === '' && !isArray) delete container[key];
        else container[key] = checked.value;
      } else if (item !== null && typeof item === 'object') {
        stack.push({ container: item as Record<string, unknown>, schema: itemSchema, pointer: itemPointer });
      }
    }
  }
  return errors.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}
