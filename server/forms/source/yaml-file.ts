import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { segments } from '../../../contract/json-pointer.ts';

/** A problem in a data file, named by file, line and JSON pointer, so that an editor at the county can find it. */
export interface SourceProblem {
  file: string;
  line: number;
  pointer: string;
  message: string;
}

export interface YamlFile {
  /** Path relative to the working directory, as problems name it. */
  file: string;
  value: unknown;
  /** A problem at `pointer`, placed on the line of the nearest node that exists. */
  problem(pointer: string, message: string): SourceProblem;
}

/** Reads one YAML file; syntax errors come back as problems with their line, never as a thrown error. */
export async function readYamlFile(path: string): Promise<{ file: YamlFile } | { problems: SourceProblem[] }> {
  const file = relative(process.cwd(), path) || path;
  const lineCounter = new LineCounter();
  const document = parseDocument(await readFile(path, 'utf8'), { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        pointer: '',
        message: error.message.split('\n')[0],
      })),
    };
  }
  let value: unknown;
  try {
    // No aliases: an editor reads every field where it stands, and a "billion laughs" file cannot blow up the start.
    value = document.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return {
      problems: [
        {
          file,
          line: 1,
          pointer: '',
          message: `Anker und Aliase (&, *) sind nicht erlaubt; bitte ausschreiben (${(error as Error).message}).`,
        },
      ],
    };
  }
  const lineOf = (pointer: string): number => {
    let node: unknown = document.contents;
    let line = 1;
    for (const key of segments(pointer)) {
      const range = (node as Node | null)?.range;
      if (range) line = lineCounter.linePos(range[0]).line;
      if (isMap(node)) {
        const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === key);
        if (!pair) return line;
        const keyRange = (pair.key as Node | null)?.range;
        if (keyRange) line = lineCounter.linePos(keyRange[0]).line;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(key)];
      } else {
        return line;
      }
    }
    const range = (node as Node | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : line;
  };
  return {
    file: {
      file,
      value,
      problem: (pointer, message) => ({ file, line: lineOf(pointer), pointer, message }),
    },
  };
}

export function formatProblem({ file, line, pointer, message }: SourceProblem): string {
  return `${file}:${line}${pointer ? ` (${pointer})` : ''}: ${message}`;
}
