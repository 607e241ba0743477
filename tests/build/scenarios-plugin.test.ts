// The site is built with its scenarios compiled in: what the page receives is the engine's own rules, and a
// scenario that does not load is named with its first error's position, not shipped broken.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fingerprint, playOut, parseStrategy } from '../../src/engine/index.ts';
import { compileShipped, loadScenario } from '../../src/scenario/index.ts';
import { compileFolders } from '../../scripts/scenarios-plugin.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the scenarios compiled into the browser game', () => {
  const { shipped } = compileFolders(root, ['scenarios']);

  test('every shipped scenario is in the site, none left out', () => {
    expect(shipped.problems).toEqual([]);
    expect(shipped.scenarios.map((s) => s.file).sort()).toEqual(['scenarios/astana-talks-2017.yaml', 'scenarios/jet-crisis-2015.yaml', 'scenarios/tutorial.yaml']);
  });

  test.each(['tutorial', 'jet-crisis-2015', 'astana-talks-2017'])('%s plays the same game from the page\'s copy of its rules as from the file', (id) => {
    const compiled = shipped.scenarios.find((s) => s.rules.id === id)!;
    // the page reads the rules back from JSON; they must be the very rules the command line loads
    const inPage = JSON.parse(JSON.stringify(compiled.rules));
    const fromFile = loadScenario(readFileSync(join(root, compiled.file), 'utf8'), compiled.file).rules!;
    expect(inPage).toEqual(fromFile);
    for (const strategy of ['random', 'balanced', 'historical']) {
      expect(fingerprint(playOut(inPage, 'page', parseStrategy(strategy)!, 'volatile'))).toBe(fingerprint(playOut(fromFile, 'page', parseStrategy(strategy)!, 'volatile')));
    }
    expect(compiled.texts.objectives.length).toBeGreaterThan(0);
  });

  test('a scenario that does not load is named with the place of its first error, and the others still ship', () => {
    const { shipped: mixed } = compileFolders(root, ['scenarios', 'tests/fixtures/scenarios']);
    expect(mixed.scenarios.length).toBe(shipped.scenarios.length);
    const broken = mixed.problems.find((p) => p.file === 'tests/fixtures/scenarios/broken-everywhere.yaml');
    expect(broken?.message).toMatch(/^tests\/fixtures\/scenarios\/broken-everywhere\.yaml:\d+:\d+: error [a-z-]+: /);
    expect(mixed.problems.length).toBe(5);
    // every error is listed for the author, not only the first
    expect(broken!.errors.length).toBeGreaterThan(1);
    expect(broken!.errors.every((e) => e.startsWith('tests/fixtures/scenarios/broken-everywhere.yaml:'))).toBe(true);
  });

  test('a scenario with ids named like JavaScript built-ins (constructor, toString, __proto__) is left out with its errors, not a crash', () => {
    const { shipped: mixed } = compileFolders(root, ['scenarios', 'tests/fixtures/scenarios']);
    const named = mixed.problems.find((p) => p.file === 'tests/fixtures/scenarios/prototype-names.yaml');
    expect(named?.errors.some((e) => e.includes("error bad-id: 'constructor' is reserved and cannot be an actor id"))).toBe(true);
    expect(named?.errors.some((e) => e.includes("unknown reference 'toString'"))).toBe(true);
    expect(named?.errors.some((e) => e.includes('internal-error'))).toBe(false);
  });

  test('a folder that is not there holds no scenarios', () => {
    expect(compileFolders(root, ['no-such-folder']).shipped).toEqual({ scenarios: [], problems: [] });
  });

  test('a %YAML 1.1 file read with its byte order mark is left out of the site, as validate refuses it, not shipped with 015 read as 13', () => {
    const text = `\uFEFF%YAML 1.1\n---\n${readFileSync(join(root, 'scenarios/tutorial.yaml'), 'utf8')}`;
    const compiled = compileShipped([{ file: 'scenarios/bom.yaml', text }]);
    expect(compiled.scenarios).toEqual([]);
    expect(compiled.problems[0]?.message).toMatch(/^scenarios\/bom\.yaml:1:1: error yaml-version: /);
  });

  test('a folder named drafts.yaml, a link to a file that is gone and a file over 4 MB are left out with a reason, and the tutorial beside them still ships', () => {
    const dir = mkdtempSync(join(tmpdir(), 'multivector-scenarios-'));
    try {
      mkdirSync(join(dir, 'scenarios', 'drafts.yaml'), { recursive: true });
      symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'scenarios', 'gone.yaml'));
      writeFileSync(join(dir, 'scenarios', 'huge.yaml'), '');
      truncateSync(join(dir, 'scenarios', 'huge.yaml'), 5 * 1024 * 1024);
      copyFileSync(join(root, 'scenarios', 'tutorial.yaml'), join(dir, 'scenarios', 'tutorial.yaml'));
      const { shipped: folder } = compileFolders(dir, ['scenarios']);
      expect(folder.scenarios.map((s) => s.file)).toEqual(['scenarios/tutorial.yaml']);
      const reasons = Object.fromEntries(folder.problems.map((p) => [p.file, p.message]));
      expect(reasons).toEqual({
        'scenarios/drafts.yaml': 'scenarios/drafts.yaml: not a file (a folder named like a scenario?)',
        'scenarios/gone.yaml': 'scenarios/gone.yaml: the file is not there (a link to a file that is gone?)',
        'scenarios/huge.yaml': 'scenarios/huge.yaml: the file is larger than 4 MB; a scenario is a few hundred kilobytes at most',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
