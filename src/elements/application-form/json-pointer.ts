/**
 * JSON Pointers (RFC 6901) into the form data: the same addresses the server uses for its field errors and for
 * the multipart parts that carry files, so one pointer names a field everywhere.
 */

export type FormValues = Record<string, unknown>;

export function segments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function child(pointer: string, name: string | number): string {
  return `${pointer}/${String(name).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

export function getAt(data: unknown, pointer: string): unknown {
  return segments(pointer).reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
}

/** Sets a value, creating the objects (or arrays, for numeric segments) on the way; `undefined` removes it. */
export function setAt(data: FormValues, pointer: string, value: unknown): void {
  const keys = segments(pointer);
  const last = keys.pop();
  if (last === undefined) return;
  let parent: Record<string, unknown> = data;
  keys.forEach((key, i) => {
    let next = parent[key];
    if (next === null || typeof next !== 'object') {
      next = /^\d+$/.test(keys[i + 1] ?? last) ? [] : {};
      parent[key] = next;
    }
    parent = next as Record<string, unknown>;
  });
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    parent[last] = value;
  }
}

/** Whether `pointer` is `ancestor` itself or lies below it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/** Removes the entries of item `index` of the array at `pointer` and renumbers those of the items after it. */
export function renumberItems(map: Map<string, unknown>, pointer: string, index: number): void {
  const prefix = `${pointer}/`;
  const moved: [string, unknown][] = [];
  for (const [key, value] of [...map]) {
    if (!key.startsWith(prefix)) continue;
    const [position, ...rest] = key.slice(prefix.length).split('/');
    const n = Number(position);
    if (n < index) continue;
    map.delete(key);
    if (n > index) moved.push([[pointer, n - 1, ...rest].join('/'), value]);
  }
  for (const [key, value] of moved) map.set(key, value);
}
