import { child, isUnsafeSegment } from '../../contract/json-pointer.ts';
import { Problem } from './problem.ts';
import type { Limits } from './limits.ts';

type JsonLimits = Pick<Limits, 'maxJsonDepth' | 'maxJsonProperties' | 'maxJsonItems' | 'maxStringLength'>;

/**
 * Parses a JSON body and checks it against the limits (see `checkedJson`). JSON.parse itself does not recurse,
 * so a body nested 10,000 levels deep is parsed, and refused here, instead of overflowing the stack later.
 */
export function parseJson(text: string, limits: JsonLimits): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Problem(400, 'invalid-json', 'Ungültiges JSON', 'Der Inhalt der Anfrage ist kein gültiges JSON.');
  }
  return checkedJson(parsed, limits);
}

/**
 * A copy of parsed JSON within the limits of depth, properties, items and string length, made without recursion,
 * whose objects have no prototype: no walk through it reaches Object.prototype. Keys that name a prototype
 * (`__proto__`, `constructor`, `prototype`) are refused, as Fastify's own parser refuses `__proto__`.
 */
export function checkedJson<T>(value: T, limits: JsonLimits): T {
  return copy(value, limits);
}

/** The same copy without limits, for values the server made or checked already. */
export function withoutPrototypes<T>(value: T): T {
  return copy(value, undefined);
}

function copy<T>(value: T, limits: JsonLimits | undefined): T {
  const shell = (source: unknown, pointer: string, depth: number): unknown => {
    if (typeof source === 'string' && limits && source.length > limits.maxStringLength) {
      throw limitProblem(pointer, 'max-length', `Ein Text darf höchstens ${limits.maxStringLength} Zeichen lang sein.`);
    }
    if (source === null || typeof source !== 'object') return source;
    if (limits && depth > limits.maxJsonDepth) {
      throw limitProblem(pointer, 'max-depth', `Die Daten dürfen höchstens ${limits.maxJsonDepth} Ebenen tief verschachtelt sein.`);
    }
    if (Array.isArray(source)) {
      if (limits && source.length > limits.maxJsonItems) {
        throw limitProblem(pointer, 'max-items', `Eine Liste darf höchstens ${limits.maxJsonItems} Einträge haben.`);
      }
      return new Array<unknown>(source.length);
    }
    if (limits && Object.keys(source).length > limits.maxJsonProperties) {
      throw limitProblem(pointer, 'max-properties', `Ein Objekt darf höchstens ${limits.maxJsonProperties} Felder haben.`);
    }
    return Object.create(null);
  };
  const root = shell(value, '', 1);
  const stack: { source: unknown; target: unknown; pointer: string; depth: number }[] = [
    { source: value, target: root, pointer: '', depth: 1 },
  ];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { source, target, pointer, depth } = next;
    if (source === null || typeof source !== 'object') continue;
    for (const key of Object.keys(source)) {
      const keyPointer = child(pointer, key);
      if (limits && !Array.isArray(source) && isUnsafeSegment(key)) {
        throw limitProblem(keyPointer, 'forbidden-key', `Der Feldname „${key}“ ist nicht erlaubt.`);
      }
      const item = (source as Record<string, unknown>)[key];
      const copied = shell(item, keyPointer, depth + 1);
      Object.defineProperty(target, key, { value: copied, enumerable: true, writable: true, configurable: true });
      if (copied !== item) stack.push({ source: item, target: copied, pointer: keyPointer, depth: depth + 1 });
    }
  }
  return root as T;
}

function limitProblem(pointer: string, code: string, detail: string): Problem {
  return new Problem(400, 'limit-exceeded', 'Anfrage überschreitet eine Grenze', detail, { errors: [{ pointer, code, detail }] });
}
