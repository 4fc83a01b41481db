import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadSynonyms } from '../../server/catalogue/synonyms.ts';
import { loadCatalogue } from '../../server/catalogue/load-catalogue.ts';
import { formatProblem } from '../../server/forms/source/yaml-file.ts';

const { data } = await loadCatalogue('catalogue');
const isService = (key: string) => data.services.some((service) => service.key === key);
const dirs: string[] = [];
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true }))));

async function load(yaml: string) {
  const dir = await mkdtemp(join(tmpdir(), 'synonyms-'));
  dirs.push(dir);
  await writeFile(join(dir, 'synonyms.yaml'), yaml);
  return loadSynonyms(dir, isService);
}

describe('catalogue/synonyms.yaml', () => {
  it("the county's list loads without problems and has the issue's everyday words", async () => {
    const { synonyms, problems } = await loadSynonyms('catalogue', isService);
    assert.deepEqual(problems.map(formatProblem), []);
    const words = synonyms.groups.flat();
    for (const word of [
      'Perso',
      'Auto',
      'KFZ',
      'Umzug',
      'neue Wohnung',
      'Hochzeit',
      'heiraten',
      'Kindergarten',
      'Müll',
      'laut',
      'Lärm',
      'Firma gründen',
    ]) {
      assert.ok(words.includes(word), word);
    }
  });

  it('names the line of a word listed in two groups, of a filler word that is also searched, and of an unknown service', async () => {
    const { problems, synonyms } = await load(
      ['groups:', '  - [Auto, KFZ]', '  - [Wagen, kfz]', 'ignore: [ich, auto]', 'frequent:', "  - '99000000000000'", ''].join('\n'),
    );
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.pointer]),
      [
        [3, '/groups/1/1'],
        [4, '/ignore/1'],
        [6, '/frequent/0'],
      ],
    );
    assert.match(problems[0]!.message, /steht schon in Gruppe 1/);
    assert.deepEqual(synonyms.groups, [], 'a broken list is not used');
  });

  it('reports a wrong shape and YAML syntax errors with their line', async () => {
    const shape = await load('groups:\n  - [allein]\nignore: []\n');
    assert.equal(shape.problems.length, 1);
    assert.equal(shape.problems[0]!.line, 2);
    const syntax = await load('groups: [\n');
    assert.ok(syntax.problems.length > 0);
  });

  it('is empty, without problems, when the file does not exist', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'synonyms-'));
    dirs.push(dir);
    assert.deepEqual(await loadSynonyms(dir, isService), { synonyms: { groups: [], ignore: [] }, problems: [] });
  });
});
