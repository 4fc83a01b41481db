import type { FormDefinition } from '../../contract/forms.ts';

/** Annotations only the renderer needs; `x-block` stays, because it tells a procedure which block an object is. */
const RENDERER_ANNOTATIONS = new Set(['x-widget', 'x-prefill', 'x-autocomplete', 'x-item-title', 'x-add-label', 'x-accept', 'x-max-bytes']);

/**
 * A form's data schema as published for specialist procedures: JSON Schema 2020-12 whose only own keyword is the
 * annotation `x-block` (the shared building block an object is made of: its keys are the same in every form,
 * so a procedure maps "anschrift-inland" once). The IBAN format, which only our two validators know, becomes a
 * pattern with a comment that the check digits are checked as well.
 */
export function publishedSchema(form: FormDefinition, id: string): Record<string, unknown> {
  return {
    ...(strip(form.schema) as Record<string, unknown>),
    $id: id,
    title: form.title,
    description: `Daten eines Antrags „${form.title}“, Formularversion ${form.version} (LeiKa ${form.service}).`,
  };
}

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (RENDERER_ANNOTATIONS.has(key)) continue;
    out[key] = strip(value);
  }
  if (out.format === 'iban') {
    delete out.format;
    out.pattern = '^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 ]{11,40}$';
    out.$comment = 'IBAN; the county also checks its check digits (ISO 13616) on submission.';
  }
  return out;
}
