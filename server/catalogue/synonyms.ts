import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { Value } from 'typebox/value';
import { Synonyms } from '../../contract/catalogue.ts';
import { foldGerman } from '../../contract/fold-german.ts';
import { readYamlFile, type SourceProblem } from '../forms/source/yaml-file.ts';

/**
 * Reads and checks catalogue/synonyms.yaml, the county's list of everyday words for the service search. A missing
 * file is an empty list (the search still works on the catalogue's own words); a broken one is a list of problems
 * with file and line, so that the API refuses to start on it as it does on a broken form.
 */
export async function loadSynonyms(
  catalogueDir: string,
  isService: (key: string) => boolean,
): Promise<{ synonyms: Synonyms; problems: SourceProblem[] }> {
  const path = join(catalogueDir, 'synonyms.yaml');
  const empty: Synonyms = { groups: [], ignore: [] };
  try {
    await access(path);
  } catch {
    return { synonyms: empty, problems: [] };
  }
  const read = await readYamlFile(path);
  if ('problems' in read) return { synonyms: empty, problems: read.problems };
  const { file } = read;
  if (!Value.Check(Synonyms, file.value)) {
    return {
      synonyms: empty,
      problems: [...Value.Errors(Synonyms, file.value)].map((error) => file.problem(error.instancePath, error.message)),
    };
  }
  const synonyms = file.value;
  const problems: SourceProblem[] = [];
  // A word in two groups would make both groups one without anyone deciding so.
  const groupOf = new Map<string, number>();
  synonyms.groups.forEach((group, index) =>
    group.forEach((word, position) => {
      const folded = foldGerman(word);
      const pointer = `/groups/${index}/${position}`;
      if (!folded) return problems.push(file.problem(pointer, `"${word}" enthält keinen Buchstaben und keine Ziffer.`));
      const earlier = groupOf.get(folded);
      if (earlier === index) problems.push(file.problem(pointer, `"${word}" steht zweimal in dieser Gruppe.`));
      else if (earlier !== undefined)
        problems.push(file.problem(pointer, `"${word}" steht schon in Gruppe ${earlier + 1} (${synonyms.groups[earlier]!.join(', ')}).`));
      groupOf.set(folded, index);
    }),
  );
  synonyms.ignore.forEach((word, position) => {
    if (groupOf.has(foldGerman(word)))
      problems.push(
        file.problem(`/ignore/${position}`, `"${word}" steht auch in einer Gruppe; ein Wort wird entweder gesucht oder übergangen.`),
      );
  });
  (synonyms.frequent ?? []).forEach((key, position) => {
    if (!isService(key)) problems.push(file.problem(`/frequent/${position}`, `Die Leistung ${key} gibt es im Katalog nicht.`));
  });
  return { synonyms: problems.length > 0 ? empty : synonyms, problems };
}
