import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { inLanguage } from '../../contract/form-texts.ts';
import type { FormDefinition } from '../../contract/forms.ts';
import { getAt } from '../../contract/json-pointer.ts';
import { configFromEnvironment } from '../../server/config.ts';
import { loadFormSources } from '../../server/forms/source/load-form-sources.ts';
import { formatProblem } from '../../server/forms/source/yaml-file.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

const CATALOGUE = configFromEnvironment({}).catalogueDir;
const GEBURTSURKUNDE = '99027002012000';

describe('forms in Leichte Sprache (catalogue/leichte-sprache)', () => {
  let t: TestApp;
  const made: string[] = [];
  before(async () => {
    t = await startTestApp();
  });
  after(async () => {
    await t.close();
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const get = async (url: string) => {
    const response = await t.app.inject({ url });
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as FormDefinition;
  };

  test('the current form comes with its Leichte Sprache texts when asked for; a stored version without them', async () => {
    assert.equal((await get(`/api/v1/forms/${GEBURTSURKUNDE}`)).texts, undefined, 'only when asked for');
    const current = await get(`/api/v1/forms/${GEBURTSURKUNDE}?texts=de-x-ls`);
    const easy = current.texts?.['de-x-ls'];
    assert.ok(easy, 'Leichte Sprache texts');
    const person = '/properties/antragsteller/properties/person/properties';
    assert.equal(easy.schema[`${person}/familienname/title`], 'Nach-Name', 'from the block natuerliche-person');
    assert.equal(getAt(current.schema, `${person}/familienname/title`), 'Familienname', 'German stays the form');

    const stored = await get(`/api/v1/forms/${GEBURTSURKUNDE}/versions/${current.version}`);
    assert.equal(stored.texts, undefined);
    assert.deepEqual({ ...current, texts: undefined }, { ...stored, texts: undefined }, 'the texts are not a new version');

    const read = inLanguage(current, 'de-x-ls');
    assert.equal(getAt(read.schema, `${person}/familienname/title`), 'Nach-Name');
    assert.deepEqual(inLanguage(current, 'en'), current, 'no English texts: German');
  });

  test('every text of every form names a text the German schema has, and changes only texts', async () => {
    const { forms, leichteSprache } = await loadFormSources(CATALOGUE, () => true);
    assert.ok(leichteSprache.size > 0);
    for (const [key, texts] of leichteSprache) {
      const form = forms.get(key)!;
      for (const pointer of Object.keys(texts.schema)) {
        assert.equal(typeof getAt(form.schema, pointer), 'string', `${form.title}: ${pointer}`);
        assert.match(pointer, /\/(title|description|x-item-title|x-add-label)$/, `${form.title}: ${pointer} is a text`);
      }
      const translated = inLanguage({ ...form, version: 1, texts: { 'de-x-ls': texts } }, 'de-x-ls');
      const structure = (schema: unknown) =>
        JSON.stringify(schema, (name, value: unknown) =>
          ['title', 'description', 'x-item-title', 'x-add-label'].includes(name) ? undefined : value,
        );
      assert.equal(structure(translated.schema), structure(form.schema), `${form.title}: same structure`);
    }
  });

  test('a text for a field the German form does not have, or anything but a text, is reported with file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rathaus-catalogue-'));
    made.push(dir);
    await cp(CATALOGUE, dir, { recursive: true });
    await mkdir(join(dir, 'leichte-sprache', 'forms'), { recursive: true });
    await writeFile(
      join(dir, 'leichte-sprache', 'forms', 'fundsache-melden.yaml'),
      [
        'reviewed: false',
        'steps:',
        '  fund:',
        '    fields:',
        '      fundstunde:',
        '        label: Wann',
        '      fundort:',
        '        required: false',
        '      funddatum:',
        '        help: Der Tag',
        '',
      ].join('\n'),
    );
    await writeFile(join(dir, 'leichte-sprache', 'forms', 'hund-melden.yaml'), 'reviewed: false\ntitle: Hund\n');
    await writeFile(join(dir, 'leichte-sprache', 'blocks', 'kontakt.yaml'), 'title: Kontakt\n');
    const { problems } = await loadFormSources(dir, () => true);
    const named = problems.map((problem) => formatProblem({ ...problem, file: relative(dir, join(process.cwd(), problem.file)) }));
    assert.deepEqual(named.sort(), [
      'leichte-sprache/blocks/kontakt.yaml:1: must have required properties reviewed',
      'leichte-sprache/forms/fundsache-melden.yaml:10 (/steps/fund/fields/funddatum/help): Im deutschen Formular steht hier kein "help"; ein Text ohne deutsches Gegenstück wird nie gezeigt.',
      'leichte-sprache/forms/fundsache-melden.yaml:6 (/steps/fund/fields/fundstunde): "fundstunde" gibt es im deutschen Formular nicht.',
      'leichte-sprache/forms/fundsache-melden.yaml:8 (/steps/fund/fields/fundort/required): "required" ist kein Text. Übersetzt werden nur title, nextSteps, help, label, options, itemLabel und addLabel.',
      'leichte-sprache/forms/hund-melden.yaml:1: Das Formular catalogue/forms/hund-melden.yaml gibt es nicht.',
    ]);
  });
});
