import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { breakingNotes, checkApi, isAnnounced, removals } from '../../scripts/api-compatibility.ts';

/** A manifest with one element, shaped as @custom-elements-manifest/analyzer writes it. */
function manifest(element: { tag?: string; attributes?: string[]; events?: string[]; parts?: string[]; tokens?: string[] }) {
  const names = (list: string[] = []) => list.map((name) => ({ name }));
  return {
    modules: [
      {
        declarations: [
          {
            customElement: true,
            tagName: element.tag ?? 'rathaus-service-list',
            attributes: names(element.attributes),
            events: names(element.events),
            cssParts: names(element.parts),
            cssProperties: names(element.tokens),
          },
        ],
      },
    ],
  };
}

const released = manifest({
  attributes: ['municipality', 'api', 'form-url'],
  events: ['rathaus-service-select'],
  parts: ['list', 'item'],
  tokens: ['--rathaus-color-primary'],
});
const changelog = (breaking: string) =>
  `# Changelog\n\n## 0.3.0\n\n### Added\n\n- \`rathaus-service-list\`: part \`item\` restyled\n\n### Breaking changes\n\n${breaking}\n\n## 0.2.0\n\n### Breaking changes\n\n- \`rathaus-service-list\`: attribute \`api\` removed\n`;

describe('the public API check', () => {
  test('passes additions: a new attribute, event, part, token or element breaks nothing', () => {
    const grown = manifest({
      attributes: ['municipality', 'api', 'form-url', 'lang'],
      events: ['rathaus-service-select', 'rathaus-new'],
      parts: ['list', 'item', 'extra'],
      tokens: ['--rathaus-color-primary', '--rathaus-color-new'],
    });
    grown.modules.push(manifest({ tag: 'rathaus-new-element' }).modules[0]);
    assert.deepEqual(
      checkApi({ version: '0.3.0', manifest: grown, baselines: new Map([['0.2.0', released]]), changelog: changelog('None.') }),
      {
        baseline: '0.2.0',
        problems: [],
      },
    );
  });

  test('fails on each unannounced removal, naming it, and on a release without its CHANGELOG section', () => {
    const shrunk = manifest({ attributes: ['municipality', 'form-url'], events: [], parts: ['list'], tokens: [] });
    const result = checkApi({
      version: '0.3.0',
      manifest: shrunk,
      baselines: new Map([['0.2.0', released]]),
      changelog: changelog('None.'),
    });
    assert.equal(result.baseline, '0.2.0');
    assert.deepEqual(result.problems, [
      'Not announced: attribute `api` of `<rathaus-service-list>` was in 0.2.0 and is gone (CHANGELOG.md, ## 0.3.0, ### Breaking changes).',
      'Not announced: event `rathaus-service-select` of `<rathaus-service-list>` was in 0.2.0 and is gone (CHANGELOG.md, ## 0.3.0, ### Breaking changes).',
      'Not announced: part `item` of `<rathaus-service-list>` was in 0.2.0 and is gone (CHANGELOG.md, ## 0.3.0, ### Breaking changes).',
      'Not announced: css property `--rathaus-color-primary` of `<rathaus-service-list>` was in 0.2.0 and is gone (CHANGELOG.md, ## 0.3.0, ### Breaking changes).',
    ]);
    const gone = checkApi({
      version: '0.4.0',
      manifest: manifest({ tag: 'rathaus-other' }),
      baselines: new Map([['0.2.0', released]]),
      changelog: changelog(''),
    });
    assert.deepEqual(gone.problems, [
      'CHANGELOG.md has no section "## 0.4.0" for the version in package.json.',
      'Not announced: element `<rathaus-service-list>` was in 0.2.0 and is gone (CHANGELOG.md, ## 0.4.0, ### Breaking changes).',
    ]);
  });

  test('passes removals that the release’s "Breaking changes" announce with their element', () => {
    const shrunk = manifest({
      attributes: ['municipality', 'form-url'],
      events: ['rathaus-service-select'],
      parts: ['list', 'item'],
      tokens: [],
    });
    const notes =
      '- `rathaus-service-list`: attribute `api` removed; use `<meta name="rathaus-api">`.\n- Token `--rathaus-color-primary` removed.';
    assert.deepEqual(
      checkApi({ version: '0.3.0', manifest: shrunk, baselines: new Map([['0.2.0', released]]), changelog: changelog(notes) }).problems,
      [],
    );
    // The same words elsewhere do not count: under "Added", in an older release's section, or without the element.
    assert.equal(
      isAnnounced({ tag: 'rathaus-service-list', kind: 'part', name: 'item' }, breakingNotes(changelog('None.'), '0.3.0')),
      false,
    );
    assert.equal(
      isAnnounced({ tag: 'rathaus-service-list', kind: 'attribute', name: 'api' }, breakingNotes(changelog('None.'), '0.3.0')),
      false,
    );
    assert.equal(isAnnounced({ tag: 'rathaus-service-list', kind: 'attribute', name: 'api' }, ['- attribute `api` removed']), false);
  });

  test('asks for a new version when a released API changes, and for a new major once past 1.0', () => {
    const shrunk = manifest({
      attributes: ['municipality', 'form-url'],
      events: ['rathaus-service-select'],
      parts: ['list', 'item'],
      tokens: ['--rathaus-color-primary'],
    });
    const announced = (version: string) =>
      `## ${version}\n\n### Breaking changes\n\n- \`rathaus-service-list\`: attribute \`api\` removed\n`;
    const check = (version: string, baseline: string) =>
      checkApi({ version, manifest: shrunk, baselines: new Map([[baseline, released]]), changelog: announced(version) }).problems;
    assert.deepEqual(check('0.2.0', '0.2.0'), [
      'The API of 0.2.0 is released; a breaking change needs a new version (package.json) and its CHANGELOG entry.',
    ]);
    assert.deepEqual(check('0.2.1', '0.2.0'), ['Breaking changes in 0.x need a new minor version: 0.2.0 → 0.2.1 keeps the minor.']);
    assert.deepEqual(check('1.1.0', '1.0.0'), ['Breaking changes need a new major version: 1.0.0 → 1.1.0 keeps the major.']);
    assert.deepEqual(check('2.0.0', '1.0.0'), []);
    // Compared with the newest release not newer than the version: 0.1.0's API, not a later one's.
    assert.deepEqual(removals(released, shrunk), [{ tag: 'rathaus-service-list', kind: 'attribute', name: 'api' }]);
  });

  describe('as CI runs it (npm run check:api) on a checkout', () => {
    let root: string;
    const run = () =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/api-compatibility.ts', '--root', root]).then(
        ({ stdout }) => ({ code: 0, out: stdout }),
        (error: { code: number; stderr: string }) => ({ code: error.code, out: error.stderr }),
      );
    before(async () => {
      root = await mkdtemp(join(tmpdir(), 'rathaus-api-'));
      await mkdir(join(root, 'api'));
      await writeFile(join(root, 'package.json'), JSON.stringify({ version: '0.3.0' }));
      await writeFile(join(root, 'api', '0.2.0.custom-elements.json'), JSON.stringify(released));
      await writeFile(
        join(root, 'custom-elements.json'),
        JSON.stringify(
          manifest({
            attributes: ['municipality', 'form-url'],
            events: ['rathaus-service-select'],
            parts: ['list', 'item'],
            tokens: ['--rathaus-color-primary'],
          }),
        ),
      );
    });
    after(() => rm(root, { recursive: true, force: true }));

    test('fails with the reason while the removal is unannounced, passes once CHANGELOG.md announces it', async () => {
      await writeFile(join(root, 'CHANGELOG.md'), changelog('None.'));
      const failing = await run();
      assert.equal(failing.code, 1);
      assert.match(failing.out, /Not announced: attribute `api` of `<rathaus-service-list>` was in 0\.2\.0/);
      await writeFile(join(root, 'CHANGELOG.md'), changelog('- `rathaus-service-list`: attribute `api` removed.'));
      const passing = await run();
      assert.equal(passing.code, 0, passing.out);
      assert.match(passing.out, /compatible with 0\.2\.0/);
    });

    test('--snapshot keeps the release’s API once and refuses to overwrite it', async () => {
      const snapshot = () =>
        promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/api-compatibility.ts', '--snapshot', '--root', root]).then(
          () => 0,
          (error: { code: number }) => error.code,
        );
      assert.equal(await snapshot(), 0);
      assert.equal(
        await readFile(join(root, 'api', '0.3.0.custom-elements.json'), 'utf8'),
        await readFile(join(root, 'custom-elements.json'), 'utf8'),
      );
      assert.equal(await snapshot(), 1);
    });
  });
});
