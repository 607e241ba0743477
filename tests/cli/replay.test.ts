// `multivector replay`: a teacher checks a student's saved game. Saves are made by playing through the real
// binary; edited, broken and mismatched files are refused with a clear message and exit 1.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { caspian, ensureBuilt, hasStackTrace, multivector, removeDir, tempDir, tutorial, wholeGame } from './run.ts';

let dir: string;
let tutorialSave: string;
let caspianSave: string;

function playAndSave(scenario: string, seed: string, save: string, rounds: number): void {
  const run = multivector(['play', scenario, '--seed', seed], { input: [...wholeGame(rounds), `save ${save}`, 'q'].join('\n') });
  if (run.code !== 0 || !run.stdout.includes(`Saved to ${save}`)) throw new Error(`could not make ${save}:\n${run.stdout}\n${run.stderr}`);
}

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  tutorialSave = join(dir, 'tutorial.json');
  caspianSave = join(dir, 'caspian.json');
  playAndSave(tutorial, 'student-1', tutorialSave, 9);
  playAndSave(caspian, 'student-2', caspianSave, 2);
}, 180_000);

afterAll(() => removeDir(dir));

/** A copy of a save whose ending is { "a": { "a": ... } }, `depth` objects deep (written as text: JSON.stringify would overflow). */
function nestedSave(name: string, depth: number): string {
  const file = edited(name, tutorialSave, (s) => (s['ending'] = 'DEEP'));
  writeFileSync(file, readFileSync(file, 'utf8').replace('"DEEP"', `${'{"a":'.repeat(depth)}null${'}'.repeat(depth)}`));
  return file;
}

/** A copy of a save with some of its JSON changed. */
function edited(name: string, from: string, change: (save: Record<string, unknown>) => void): string {
  const save = JSON.parse(readFileSync(from, 'utf8')) as Record<string, unknown>;
  change(save);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(save));
  return file;
}

function refused(args: string[], message: string | RegExp): void {
  const run = multivector(['replay', ...args]);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  if (typeof message === 'string') expect(run.stderr).toContain(message);
  else expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(hasStackTrace(run.stderr)).toBe(false);
}

describe('multivector replay', () => {
  test("a finished game's save replays to its ending, score and fingerprint; the scenario is found from any folder", () => {
    const run = multivector(['replay', tutorialSave], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Ending: .+ \((victory|draw|defeat)\) on turn \d+$/m);
    expect(run.stdout).toMatch(/^Score: \d+, grade \S+$/m);
    expect(run.stdout).toMatch(/^Fingerprint: [0-9a-f]{64}$/m);
    expect(run.stdout).toContain('The recorded fingerprint matches the replayed game.');
    expect(JSON.parse(readFileSync(tutorialSave, 'utf8')).fingerprint).toBe(run.stdout.match(/Fingerprint: (\w+)/)?.[1]);
  });

  test('an unfinished game replays too, and says where it stopped', () => {
    const run = multivector(['replay', caspianSave, '--scenario', caspian]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Unfinished: the game stopped on turn 3 of 3');
  });

  test('the replay shows the seed, the difficulty, the scenario version and the moves, and says what it proves and what it cannot', () => {
    const run = multivector(['replay', tutorialSave]);
    const save = JSON.parse(readFileSync(tutorialSave, 'utf8'));
    expect(run.stdout).toContain(`(tutorial), scenario version ${save.scenarioFingerprint.slice(0, 12)}\n`);
    expect(run.stdout).toContain(`Seed "student-1", difficulty tense, ${save.moves.length} moves\n`);
    const said = run.stdout.replace(/\n(?!\n)/g, ' ');
    expect(said).toContain('Verified: a legal game of this scenario version, played from this seed at this difficulty, ending where the file says');
    expect(said).toContain('Not proven: who played it, or how many tries it took (a search over seeds, or over moves on the same seed, can find a verified good game)');
    expect(run.code).toBe(0);
  });

  test('--json gives a teacher one line per file: file, scenario version, seed, difficulty, moves, ending, grade, and what it proves', () => {
    const run = multivector(['replay', tutorialSave, '--json']);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(run.stdout);
    const save = JSON.parse(readFileSync(tutorialSave, 'utf8'));
    expect(result).toEqual({
      ok: true,
      verified: true,
      file: tutorialSave,
      scenario: 'tutorial',
      scenarioVersion: save.scenarioFingerprint,
      seed: 'student-1',
      difficulty: 'tense',
      moves: save.moves.length,
      turn: save.turn,
      ending: save.ending,
      grade: save.ending.grade,
      fingerprint: save.fingerprint,
      proves: expect.stringContaining('a legal game of this scenario version, played from this seed at this difficulty'),
      doesNotProve: expect.stringContaining('who played it, or how many tries it took'),
    });
    expect(run.code).toBe(0);
  });

  test('a student who chose another seed or difficulty is seen at once in --json', () => {
    const other = join(dir, 'other-seed.json');
    const run = multivector(['play', caspian, '--seed', 'lucky-7', '--difficulty', 'calm'], { input: `save ${other}\nq\n` });
    expect(run.code).toBe(0);
    const result = JSON.parse(multivector(['replay', other, '--scenario', caspian, '--json']).stdout);
    expect(result).toMatchObject({ verified: true, seed: 'lucky-7', difficulty: 'calm', moves: 0, ending: null, grade: null });
  });

  test('a save of a scenario outside the package is looked for in the scenarios folder of the current directory', () => {
    const here = join(dir, 'class');
    mkdirSync(join(here, 'scenarios'), { recursive: true });
    copyFileSync(caspian, join(here, 'scenarios', 'caspian-test.yaml'));
    expect(multivector(['replay', caspianSave], { cwd: here }).code).toBe(0);
    refused([caspianSave], 'The save is of the scenario "caspian-test", which is not in');
  });

  test('an edited fingerprint is caught', () => {
    const file = edited('fingerprint.json', tutorialSave, (s) => (s['fingerprint'] = '0'.repeat(64)));
    refused([file], 'The recorded fingerprint does not match the replayed game: the file was edited or is corrupt.');
  });

  test('edited moves are caught: a changed decision, and a dropped move', () => {
    const changed = edited('moves.json', tutorialSave, (s) => {
      const moves = s['moves'] as { type: string; decision?: string }[];
      const at = moves.findIndex((m) => m.type === 'decide');
      moves[at] = { type: 'decide', decision: 'annex-the-moon' };
    });
    refused([changed], /Move \d+ \(decide annex-the-moon\) is refused: There is no decision "annex-the-moon"/);
    const dropped = edited('dropped.json', caspianSave, (s) => (s['moves'] as unknown[]).splice(-1, 1));
    refused([dropped, '--scenario', caspian], 'does not match');
  });

  test('a save replayed against another scenario, or against a changed one, is refused', () => {
    refused([caspianSave, '--scenario', tutorial], 'This save is of the scenario "caspian-test", not "tutorial".');
    const changedScenario = join(dir, 'caspian-changed.yaml');
    writeFileSync(changedScenario, readFileSync(caspian, 'utf8').replace('cost: 3', 'cost: 2'));
    refused([caspianSave, '--scenario', changedScenario], 'The scenario "caspian-test" has changed since this game was saved');
  });

  test('a file that is not a save: not JSON, JSON of another kind, missing, a folder, too large', () => {
    writeFileSync(join(dir, 'notes.json'), 'Dear teacher, I won.');
    refused([join(dir, 'notes.json')], 'notes.json: The save is not readable: it is not valid JSON.');
    writeFileSync(join(dir, 'list.json'), '[1, 2, 3]');
    refused([join(dir, 'list.json'), '--scenario', caspian], 'A save file is a JSON object.');
    writeFileSync(join(dir, 'other.json'), '{"format": "chess-pgn"}');
    refused([join(dir, 'other.json'), '--scenario', caspian], 'This is not a Multivector save');
    writeFileSync(join(dir, 'escape.json'), '{"format": "multivector-save", "scenario": "../../etc/passwd"}');
    refused([join(dir, 'escape.json')], 'it names no valid scenario id');
    refused([join(dir, 'missing.json')], 'missing.json does not exist');
    refused([dir], 'is a directory, not a save file');
    writeFileSync(join(dir, 'huge.json'), `"${'x'.repeat(5 * 1024 * 1024)}"`);
    refused([join(dir, 'huge.json')], 'huge.json is 5.0 MB; a save file may be at most 1.9 MB');
  });

  test('a save nested 20,000 deep is refused in one line naming the limit, not with a stack overflow', () => {
    const file = nestedSave('deep.json', 20_000);
    refused([file], /deep\.json: The save nests more than \d+ levels deep, the limit\./);
  });

  test('--json reports every failure as one JSON object { ok: false, code, message } and exits 1', () => {
    const broken = join(dir, 'broken-scenario.yaml');
    writeFileSync(broken, readFileSync(caspian, 'utf8').replace('id: caspian-test', 'id: Caspian Test'));
    writeFileSync(join(dir, 'prose.json'), 'Dear teacher, I won.');
    const failures: [string[], string][] = [
      [[edited('fingerprint-json.json', tutorialSave, (s) => (s['fingerprint'] = 'f'.repeat(64)))], 'fingerprint-mismatch'],
      [[nestedSave('deep-json.json', 20_000)], 'too-large'],
      [[join(dir, 'prose.json')], 'not-json'],
      [[join(dir, 'nope.json')], 'file-missing'],
      [[caspianSave, '--scenario', broken], 'scenario-invalid'],
      [[caspianSave, '--scenario', join(dir, 'no-such-scenario.yaml')], 'scenario-invalid'],
    ];
    for (const [args, code] of failures) {
      const run = multivector(['replay', ...args, '--json']);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
      expect(JSON.parse(run.stdout)).toEqual({ ok: false, verified: false, file: args[0], code, message: expect.any(String) });
      expect(run.stderr).not.toContain('unexpected error');
      expect(run.code).toBe(1);
    }
  });
});
