// `multivector validate`, run as the real binary: clean files, broken ones, and files that are not scenarios at all.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { caspian, ensureBuilt, hasStackTrace, multivector, removeDir, root, tempDir, tutorial } from './run.ts';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
}, 180_000);

afterAll(() => removeDir(dir));

/** The test scenario with one piece of text replaced, written to the temp dir; and the line of the change. */
function broken(name: string, from: string, to: string): { file: string; line: number } {
  const text = readFileSync(caspian, 'utf8');
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`the fixture has no ${from}`);
  const file = join(dir, name);
  writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
  return { file, line: text.slice(0, at).split('\n').length };
}

describe('multivector validate', () => {
  test('the tutorial and the test scenario are clean: one summary line and exit 0', () => {
    const run = multivector(['validate', relative(root, tutorial), caspian]);
    expect(run.stdout).toBe('2 files, 0 errors, 0 warnings\n');
    expect(run.code).toBe(0);
  });

  test("a misspelt actor in a scenario is reported at its line with a suggestion, and validate exits 1", () => {
    const { file, line } = broken('misspelt.yaml', '{ between: [us, russia], level: 60 }', '{ between: [us, rusia], level: 60 }');
    const run = multivector(['validate', file]);
    const problem = run.stdout.split('\n').find((l) => l.includes('rusia'));
    expect(problem).toMatch(new RegExp(`^${escape(file)}:${line}:\\d+: error [\\w-]+: `));
    expect(problem).toContain("'russia'");
    expect(run.stdout).toMatch(/1 file, [1-9]\d* errors?, \d+ warnings?\n$/);
    expect(run.code).toBe(1);
  });

  test('every problem in a file is reported, not just the first', () => {
    const text = readFileSync(caspian, 'utf8').replace('attitude.us, by: 8', 'attitude.usa, by: 8').replace('kind: sanctions', 'kind: sanctoins');
    const file = join(dir, 'two-problems.yaml');
    writeFileSync(file, text);
    const run = multivector(['validate', file]);
    expect(run.stdout).toContain('usa');
    expect(run.stdout).toContain('sanctoins');
    expect(run.code).toBe(1);
  });

  test('invalid YAML (a tab for indentation) is an error with a position, not a crash', () => {
    const { file } = broken('tabs.yaml', '  decisionsPerTurn: 2', '\tdecisionsPerTurn: 2');
    const run = multivector(['validate', file]);
    expect(run.stdout).toMatch(new RegExp(`^${escape(file)}:\\d+:\\d+: error `, 'm'));
    expect(run.code).toBe(1);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
  });

  test('a missing file is one diagnostic naming it, and exit 1', () => {
    const run = multivector(['validate', 'scenarios/no-such-scenario.yaml']);
    expect(run.stdout).toBe(
      'scenarios/no-such-scenario.yaml:1:1: error file-missing: scenarios/no-such-scenario.yaml does not exist\n' +
        '1 file, 1 error, 0 warnings\n',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  test('a directory is not a scenario', () => {
    const sub = join(dir, 'a-folder.yaml');
    mkdirSync(sub, { recursive: true });
    const run = multivector(['validate', sub]);
    expect(run.stdout).toContain(`${sub}:1:1: error file-not-regular: ${sub} is a directory`);
    expect(run.code).toBe(1);
  });

  test('an empty file and a blank file are each reported as empty', () => {
    writeFileSync(join(dir, 'empty.yaml'), '');
    writeFileSync(join(dir, 'blank.yaml'), '  \n\n');
    const run = multivector(['validate', join(dir, 'empty.yaml'), join(dir, 'blank.yaml')]);
    expect(run.stdout.match(/error file-empty/g)).toHaveLength(2);
    expect(run.stdout).toContain('2 files, 2 errors, 0 warnings');
    expect(run.code).toBe(1);
  });

  test('binary junk is not a text file', () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    writeFileSync(join(dir, 'junk.yaml'), junk);
    const run = multivector(['validate', join(dir, 'junk.yaml')]);
    expect(run.stdout).toContain('error file-binary');
    expect(run.code).toBe(1);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
  });

  test('a 20 MB file is refused by its size at once, without being read', () => {
    const huge = join(dir, 'huge.yaml');
    writeFileSync(huge, `# ${'x'.repeat(20 * 1024 * 1024)}\n`);
    const run = multivector(['validate', huge]);
    expect(run.stdout).toContain(`${huge}:1:1: error file-too-large: ${huge} is 20.0 MB; a scenario file may be at most 4.0 MB`);
    expect(run.code).toBe(1);
  });

  test('good and bad files together: each bad one reported, counted in the summary, exit 1', () => {
    const run = multivector(['validate', caspian, join(dir, 'nothing-here.yaml')]);
    expect(run.stdout).toMatch(/\n2 files, 1 error, 0 warnings\n$/);
    expect(run.code).toBe(1);
  });

  test('--json prints the diagnostics as a JSON array on stdout', () => {
    const { file, line } = broken('json.yaml', '{ between: [us, russia], level: 60 }', '{ between: [us, rusia], level: 60 }');
    const run = multivector(['validate', '--json', file, join(dir, 'nothing-here.yaml')]);
    const diagnostics = JSON.parse(run.stdout) as { severity: string; code: string; file: string; line: number; column: number; message: string }[];
    expect(Array.isArray(diagnostics)).toBe(true);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', file, line }));
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'file-missing', line: 1, column: 1 }));
    expect(run.code).toBe(1);
  });

  test('--json on clean files prints an empty array and exits 0', () => {
    const run = multivector(['validate', '--json', caspian]);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
  });

  test('no file, or an unknown option, is bad usage: exit 2 with a message on stderr', () => {
    const none = multivector(['validate']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("missing required argument 'files'");
    const unknown = multivector(['validate', '--strict', caspian]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--strict'");
    expect(unknown.stdout).toBe('');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
