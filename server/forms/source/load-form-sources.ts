import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Value } from 'typebox/value';
import type { FormSource, FormTexts } from '../../../contract/forms.ts';
import { createFormAjv } from '../form-validator.ts';
import { compileObject, type Report } from './compile-fields.ts';
import { compileForm } from './compile-form.ts';
import { BlockFileSource, FormFileSource } from './source-schema.ts';
import { TextOverlayFile, textsOf, withTexts } from './text-overlay.ts';
import { readYamlFile, type SourceProblem, type YamlFile } from './yaml-file.ts';

export interface FormSources {
  /** The building blocks by name, for forms compiled later (the generic fallback). */
  blocks: Map<string, BlockFileSource>;
  /** Compiled forms by LeiKa key. */
  forms: Map<string, FormSource>;
  /** Leichte Sprache texts of the forms by LeiKa key (catalogue/leichte-sprache), where there are any. */
  leichteSprache: Map<string, FormTexts>;
  /** The form files whose next steps (how long it takes, where to go) the office has not confirmed yet. */
  unverified: string[];
  /** Every problem found, with file and line; the forms of files with problems are left out. */
  problems: SourceProblem[];
}

/**
 * Reads the building blocks (catalogue/blocks/*.yaml) and the forms (catalogue/forms/*.yaml), checks them and
 * compiles each form into a JSON Schema form definition that the server's own Ajv accepts. The Leichte Sprache
 * texts (catalogue/leichte-sprache/blocks and …/forms, named like the German files) are put into the same
 * sources and compiled again; what differs is each form's Leichte Sprache.
 */
export async function loadFormSources(catalogueDir: string, isService: (key: string) => boolean): Promise<FormSources> {
  const problems: SourceProblem[] = [];
  const blockFiles = await readAll(join(catalogueDir, 'blocks'), problems);
  const formFiles = await readAll(join(catalogueDir, 'forms'), problems);
  const easyBlockFiles = await readAll(join(catalogueDir, 'leichte-sprache', 'blocks'), problems);
  const easyFormFiles = await readAll(join(catalogueDir, 'leichte-sprache', 'forms'), problems);

  const blocks = new Map<string, BlockFileSource>();
  const blockFileOf = new Map<string, YamlFile>();
  for (const file of blockFiles) {
    if (!checkShape(BlockFileSource, file, problems)) continue;
    const block = file.value;
    if (basename(file.file) !== `${block.block}.yaml`) problems.push(file.problem('/block', `Die Datei muss ${block.block}.yaml heißen.`));
    if (blocks.has(block.block)) problems.push(file.problem('/block', `Den Baustein "${block.block}" gibt es schon.`));
    blocks.set(block.block, block);
    blockFileOf.set(block.block, file);
  }
  for (const [name, block] of blocks) {
    const file = blockFileOf.get(name)!;
    compileObject(block.fields, '/fields', { blocks, report: reporter(file, problems), expanding: [name] });
  }

  const easyBlocks = new Map(blocks);
  for (const file of easyBlockFiles) {
    if (!checkShape(TextOverlayFile, file, problems)) continue;
    const name = basename(file.file, '.yaml');
    const block = blocks.get(name);
    if (!block) problems.push(file.problem('', `Den Baustein "${name}" gibt es nicht (catalogue/blocks/${name}.yaml).`));
    else easyBlocks.set(name, withTexts(block, file.value, '', reporter(file, problems)));
  }
  const easyForms = new Map<string, YamlFile>();
  const formNames = new Set(formFiles.map((file) => basename(file.file)));
  for (const file of easyFormFiles) {
    if (!checkShape(TextOverlayFile, file, problems)) continue;
    if (formNames.has(basename(file.file))) easyForms.set(basename(file.file), file);
    else problems.push(file.problem('', `Das Formular catalogue/forms/${basename(file.file)} gibt es nicht.`));
  }

  const ajv = createFormAjv();
  const forms = new Map<string, FormSource>();
  const leichteSprache = new Map<string, FormTexts>();
  const fileOfService = new Map<string, string>();
  const unverified: string[] = [];
  for (const file of formFiles) {
    if (!checkShape(FormFileSource, file, problems)) continue;
    const before = problems.length;
    const report = reporter(file, problems);
    const source = file.value;
    if (!source.verified.nextSteps) unverified.push(basename(file.file));
    if (!isService(source.service)) report('/service', `Die Leistung ${source.service} gibt es im Katalog nicht.`);
    const twin = fileOfService.get(source.service);
    if (twin) report('/service', `Für die Leistung ${source.service} gibt es schon ${twin}.`);
    fileOfService.set(source.service, file.file);
    const form = compileForm(source, blocks, report);
    if (problems.length > before) continue;
    try {
      ajv.compile(form.schema);
    } catch (error) {
      report('', `Das Formular ergibt kein gültiges JSON Schema: ${(error as Error).message}`);
      continue;
    }
    forms.set(source.service, form);
    const easy = easyForms.get(basename(file.file));
    const easySource = easy ? withTexts(source, easy.value, '', reporter(easy, problems)) : source;
    const texts = textsOf(form, compileForm(easySource, easyBlocks, report));
    if (texts) leichteSprache.set(source.service, texts);
  }
  return { blocks, forms, leichteSprache, unverified, problems };
}

async function readAll(dir: string, problems: SourceProblem[]): Promise<YamlFile[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.yaml')).sort();
  const files: YamlFile[] = [];
  for (const name of names) {
    const read = await readYamlFile(join(dir, name));
    if ('problems' in read) problems.push(...read.problems);
    else files.push(read.file);
  }
  return files;
}

function checkShape<T extends typeof FormFileSource | typeof BlockFileSource | typeof TextOverlayFile>(
  schema: T,
  file: YamlFile,
  problems: SourceProblem[],
): file is YamlFile & { value: import('typebox').Static<T> } {
  if (Value.Check(schema, file.value)) return true;
  for (const error of Value.Errors(schema, file.value)) problems.push(file.problem(error.instancePath, error.message));
  return false;
}

function reporter(file: YamlFile, problems: SourceProblem[]): Report {
  return (pointer, message) => problems.push(file.problem(pointer, message));
}
