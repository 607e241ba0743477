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

  test('--json prints { ok, scenario, ending, fingerprint, turn }', () => {
    const run = multivector(['replay', tutorialSave, '--json']);
    const result = JSON.parse(run.stdout);
    const save = JSON.parse(readFileSync(tutorialSave, 'utf8'));
    expect(result).toEqual({ ok: true, scenario: 'tutorial', ending: save.ending, fingerprint: save.fingerprint, turn: save.turn });
    expect(run.code).toBe(0);
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
    refused([join(dir, 'notes.json')], /notes\.json is not a save file: it is not JSON \(/);
    writeFileSync(join(dir, 'list.json'), '[1, 2, 3]');
    refused([join(dir, 'list.json'), '--scenario', caspian], 'A save file is a JSON object.');
    writeFileSync(join(dir, 'other.json'), '{"format": "chess-pgn"}');
    refused([join(dir, 'other.json'), '--scenario', caspian], 'This is not a Multivector save');
    writeFileSync(join(dir, 'escape.json'), '{"format": "multivector-save", "scenario": "../../etc/passwd"}');
    refused([join(dir, 'escape.json')], 'it names no valid scenario id');
    refused([join(dir, 'missing.json')], 'missing.json does not exist');
    refused([dir], 'is a directory, not a save file');
    writeFileSync(join(dir, 'huge.json'), `"${'x'.repeat(5 * 1024 * 1024)}"`);
    refused([join(dir, 'huge.json')], 'huge.json is 5.0 MB; a save file may be at most 4.0 MB');
  });

  test('--json reports a failure as { ok: false, code, message } and exits 1', () => {
    const file = edited('fingerprint-json.json', tutorialSave, (s) => (s['fingerprint'] = 'f'.repeat(64)));
    const run = multivector(['replay', file, '--json']);
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, code: 'fingerprint-mismatch', message: expect.stringContaining('does not match') });
    expect(run.code).toBe(1);
    const missing = multivector(['replay', join(dir, 'nope.json'), '--json']);
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, code: 'file-missing' });
    expect(missing.code).toBe(1);
  });
});
