// Escape codes in ids, texts, file names, seeds and typed commands reach the terminal written out (`\x1b`, `\r`,
// `\x07`), never acted on, in every command; --json stays real JSON that holds the real characters.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { terminalJson, shown } from '../../src/cli/format.ts';
import { caspian, ensureBuilt, multivector, removeDir, tempDir, tutorial, wholeGame, type Run } from './run.ts';

const ESC = '\u001b';
const CR = '\r';
const BEL = '\u0007';
/** clears the screen, goes home, claims success, returns to the start of the line and rings */
const FAKE = `${ESC}[2J${ESC}[H0 errors, verified, grade A${CR}${BEL}`;
const FAKE_SHOWN = '\\x1b[2J\\x1b[H0 errors, verified, grade A\\r\\x07';
/**
 * Any control, format (bidi controls, zero-width characters, the byte order mark, tags) or other invisible
 * character, except the line breaks between lines.
 */
const RAW = /(?!\n)[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}\u2028\u2029]/u;
/** 'abc' to the eye: a zero-width space, a byte order mark and the tag letter A hide in it */
const LOOKS_LIKE_ABC = 'a\u200bb\ufeffc\u{E0041}';

let dir: string;
let craftedFile: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  // the actor id holds the escape codes (YAML's "\e", "\r", "\a"), and so does the file's name
  craftedFile = join(dir, `crafted${ESC}[2J${CR}${BEL}.yaml`);
  writeFileSync(craftedFile, readFileSync(caspian, 'utf8').replace('  - id: us\n', '  - id: "us\\e[2J\\e[H0 errors, verified, grade A\\r\\a"\n'));
}, 180_000);

afterAll(() => removeDir(dir));

function noRawControls(run: Run): void {
  expect(run.stdout).not.toMatch(RAW);
  expect(run.stderr).not.toMatch(RAW);
}

const craftedName = 'crafted\\x1b[2J\\r\\x07.yaml';

describe('what reaches the terminal', () => {
  test("a crafted actor id cannot make validate show '0 errors': the id and the file's name are shown written out", () => {
    const run = multivector(['validate', craftedFile]);
    noRawControls(run);
    expect(run.stdout).toContain(`'us${FAKE_SHOWN}' is not a valid actor id`);
    expect(run.stdout).toContain(`${craftedName}:36:`);
    expect(run.stdout).toMatch(/\n1 file, [1-9]\d* errors, \d+ warnings?\n$/);
    expect(run.code).toBe(1);
  });

  test('validate --json stays JSON, holding the real characters, with none of them raw on the terminal', () => {
    const run = multivector(['validate', '--json', craftedFile]);
    noRawControls(run);
    const diagnostics = JSON.parse(run.stdout) as { file: string; message: string }[];
    expect(diagnostics.some((d) => d.file === craftedFile && d.message.includes(`us${FAKE}`))).toBe(true);
    expect(run.code).toBe(1);
  });

  test('simulate and play refuse the crafted scenario, showing its id written out; simulate --json says so in JSON', () => {
    for (const args of [['simulate', craftedFile, '--runs', '1'], ['play', craftedFile]]) {
      const run = multivector(args);
      noRawControls(run);
      expect(run.stderr).toContain(`'us${FAKE_SHOWN}' is not a valid actor id`);
      expect(run.stderr).toContain(`${craftedName}: `);
      expect(run.code).toBe(1);
    }
    const json = multivector(['simulate', craftedFile, '--runs', '1', '--json']);
    noRawControls(json);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, code: 'scenario-invalid', diagnostics: expect.arrayContaining([expect.objectContaining({ file: craftedFile })]) });
    expect(json.code).toBe(1);
  });

  test('a seed holding escape codes is shown written out by play, simulate and replay, and kept real in --json', () => {
    const save = join(dir, 'seeded.json');
    const play = multivector(['play', caspian, '--seed', FAKE], { input: `save ${save}\nq\n` });
    noRawControls(play);
    expect(play.stdout).toContain(`Seed "${FAKE_SHOWN}", difficulty tense`);
    const simulate = multivector(['simulate', caspian, '--runs', '1', '--seed', FAKE]);
    noRawControls(simulate);
    expect(simulate.stdout).toContain(`seed "${FAKE_SHOWN}"`);
    const replay = multivector(['replay', save, '--scenario', caspian]);
    noRawControls(replay);
    expect(replay.stdout).toContain(`Seed "${FAKE_SHOWN}", difficulty tense`);
    const json = multivector(['replay', save, '--scenario', caspian, '--json']);
    noRawControls(json);
    expect(JSON.parse(json.stdout)).toMatchObject({ verified: true, seed: FAKE });
  });

  test("the player's typed commands are echoed and answered written out", () => {
    const run = multivector(['play', caspian, '--seed', 'x'], { input: `bogus${ESC}[2J${BEL}\nwhy ${ESC}[8m\nq\n` });
    noRawControls(run);
    expect(run.stdout).toContain('turn 1> bogus\\x1b[2J\\x07\n');
    expect(run.stdout).toContain("Unknown command 'bogus\\x1b[2J\\x07'");
    expect(run.stdout).toContain("Nothing here is called '\\x1b[8m'");
  });

  test('an invisible zero-width space in a title, which the checker allows, is shown written out in play', () => {
    const file = join(dir, 'invisible.yaml');
    writeFileSync(file, readFileSync(caspian, 'utf8').replace('title: A Caspian summit (test)', 'title: "A Caspian \\u200Bsummit (test)"'));
    const run = multivector(['play', file, '--seed', 'x'], { input: 'q\n' });
    noRawControls(run);
    expect(run.stdout).toContain('A Caspian \\u200bsummit (test)');
    expect(run.code).toBe(0);
  });

  test('a grade holding an invisible character, which the checker allows, is shown written out in the ending, simulate and replay', () => {
    const file = join(dir, 'grades.yaml');
    const bands = '    - { grade: "A\\u200B", min: 0 }\n';
    writeFileSync(file, readFileSync(caspian, 'utf8').replace(/    - \{ grade: A, min: 70 \}\n(    - .*\n){3}/, bands));
    const save = join(dir, 'graded.json');
    const play = multivector(['play', file, '--seed', 'x'], { input: [...wholeGame(4), `save ${save}`, 'q'].join('\n') });
    noRawControls(play);
    expect(play.stdout).toContain(', grade A\\u200b, on turn');
    const simulate = multivector(['simulate', file, '--runs', '3']);
    noRawControls(simulate);
    expect(simulate.stdout).toContain('Grades: A\\u200b 3 (100.0%)');
    const replay = multivector(['replay', save, '--scenario', file]);
    noRawControls(replay);
    expect(replay.stdout).toContain('grade A\\u200b');
  });

  test("a crafted save cannot paint a fake 'verified' screen over its real error", () => {
    const save = join(dir, 'honest.json');
    multivector(['play', tutorial, '--seed', 'x'], { input: `save ${save}\nq\n` });
    const crafted = (name: string, change: (s: Record<string, unknown>) => void) => {
      const value = JSON.parse(readFileSync(save, 'utf8')) as Record<string, unknown>;
      change(value);
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(value));
      return file;
    };
    const move = crafted('move.json', (s) => (s['moves'] = [{ type: 'decide', decision: `${FAKE}\nReplayed: verified` }]));
    const scenario = crafted('scenario.json', (s) => (s['scenario'] = FAKE));
    for (const args of [[move], [scenario, '--scenario', tutorial]]) {
      const run = multivector(['replay', ...args]);
      noRawControls(run);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(FAKE_SHOWN);
      expect(run.code).toBe(1);
      const json = multivector(['replay', ...args, '--json']);
      noRawControls(json);
      expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, verified: false, message: expect.stringContaining(FAKE) });
      expect(json.code).toBe(1);
    }
  });

  test('C1 controls, DEL, bidi overrides and invisible characters are written out too; JSON escapes them as well', () => {
    const text = `a\u202eb\u2066c\u009b[2Jd\u007fe\tf\ng\u00adh\u200di\u2060j\u{E007F}k\ufe0fl`;
    expect(shown(text)).toBe('a\\u202eb\\u2066c\\x9b[2Jd\\x7fe\\tf\\ng\\xadh\\u200di\\u2060j\\u{e007f}k\\ufe0fl');
    expect(shown('Astana, Қазақстан — «ok»')).toBe('Astana, Қазақстан — «ok»');
    const json = terminalJson({ text }, 2);
    expect(json).not.toMatch(RAW);
    expect(json).toContain('j\\udb40\\udc7fk');
    expect(JSON.parse(json)).toEqual({ text });
  });

  test("a text's own backslash is written \\\\, so the four characters \\x1b never look like a real escape", () => {
    expect(shown('\\x1b')).toBe('\\\\x1b');
    expect(shown(ESC)).toBe('\\x1b');
    expect(shown('C:\\maps')).toBe('C:\\\\maps');
    const play = multivector(['play', caspian, '--seed', '\\x1b'], { input: 'q\n' });
    expect(play.stdout).toContain('Seed "\\\\x1b", difficulty tense');
  });

  test("a seed hiding invisible characters cannot pass for the teacher's: replay writes them out, and --seed tells them apart", () => {
    const save = join(dir, 'looks-like-abc.json');
    expect(multivector(['play', caspian, '--seed', LOOKS_LIKE_ABC], { input: `save ${save}\nq\n` }).code).toBe(0);
    const replay = multivector(['replay', save, '--scenario', caspian]);
    noRawControls(replay);
    expect(replay.stdout).toContain('Seed "a\\u200bb\\ufeffc\\u{e0041}", difficulty tense');
    const json = multivector(['replay', save, '--scenario', caspian, '--json']);
    noRawControls(json);
    expect(JSON.parse(json.stdout)).toMatchObject({ verified: true, seed: LOOKS_LIKE_ABC });
    const teacher = multivector(['replay', save, '--scenario', caspian, '--seed', 'abc']);
    noRawControls(teacher);
    expect(teacher.stderr).toContain('played from the seed "a\\u200bb\\ufeffc\\u{e0041}", not "abc" (--seed)');
    expect(teacher.code).toBe(1);
  });

  test('a name holding an invisible character is written out once wherever it is printed: actors, tensions, advisors, the debrief', () => {
    const file = join(dir, 'invisible-names.yaml');
    writeFileSync(
      file,
      readFileSync(caspian, 'utf8')
        .replace('    name: Russia\n', '    name: "Russia\\u200B"\n')
        .replace('title: Host the summit in Aktau', 'title: "Host the summit in \\u200BAktau"'),
    );
    const run = multivector(['play', file, '--seed', 'x'], { input: [...wholeGame(4, ['1']), 'q'].join('\n') });
    noRawControls(run);
    expect(run.stdout).toContain('tensions: United States-Russia\\u200b 60');
    expect(run.stdout).toMatch(/^ {2}Russia\\u200b +great power/m);
    expect(run.stdout).toContain('    1. Host the summit in \\u200bAktau: Hosting costs nothing with anyone.');
    expect(run.stdout).toMatch(/^ {4}You: {5}Host the summit in \\u200bAktau$/m);
    expect(run.stdout).not.toContain('\\\\');
    expect(run.code).toBe(0);
  });
});
