// What a scenario file may not smuggle in: escape codes in its texts, ids that JavaScript objects already use,
// and flag values the game would round.
import { describe, expect, test } from 'vitest';
import { load, MINIMAL, only, patch, spot } from './minimal.ts';

describe('a scenario is shown as text', () => {
  test('a title with a terminal escape code is refused at its line, without echoing the code', () => {
    const text = patch('title: ', 'title: "\\e[2J\\e]0;pwned\\a" #');
    const problem = only(load(text).diagnostics, 'bad-value');
    expect(problem).toMatchObject({ severity: 'error', line: spot(text, 'title:').line });
    expect(problem.message).toContain('control characters');
    expect(problem.message).not.toContain('\u001b');
  });

  test('a title whose letters a right-to-left override would reverse on screen is refused at its line', () => {
    const text = patch('title: ', 'title: "Grade \u202eA\u202c for all" #');
    const problem = only(load(text).diagnostics, 'bad-value');
    expect(problem).toMatchObject({ severity: 'error', line: spot(text, 'title:').line });
    expect(problem.message).toContain('text-direction overrides');
  });

  test('a grade letter that is an escape code is refused where it is written', () => {
    const text = `${MINIMAL}grade:\n  bands:\n    - { grade: "\\e[J", min: 0 }\n`;
    const problem = only(load(text).diagnostics, 'bad-value');
    expect(problem).toMatchObject({ severity: 'error', line: spot(text, 'grade: "').line });
  });

  test('the right-to-left mark an Arabic or Hebrew text needs is fine', () => {
    const text = patch('title: ', 'title: "\u0627\u0644\u0623\u0633\u062a\u0627\u0646\u0629\u200f (Astana)" #');
    expect(load(text).diagnostics).toEqual([]);
  });

  test('new lines and tabs inside a text are fine', () => {
    const text = patch('title: ', 'title: "Two\\tlines\\nof title" #');
    expect(load(text).diagnostics).toEqual([]);
  });
});

describe('ids and values the game state cannot hold as written', () => {
  test('an actor called "constructor" is refused as a reserved id, at the id, with a hint', () => {
    const text = patch('  - id: turkey', '  - id: constructor');
    const problem = load(text).diagnostics.find((d) => d.code === 'bad-id');
    expect(problem?.message).toBe("'constructor' is reserved and cannot be an actor id");
    expect(problem).toMatchObject(spot(text, 'constructor'));
    expect(problem?.hint).toContain('reserved');
  });

  // every name a JavaScript object has, wherever an id or a name in a reference is written
  const builtIns = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];

  test.each(builtIns)('a decision with the id %s is refused at the id as reserved', (name) => {
    const text = patch('  - id: pipeline', `  - id: ${name}`);
    const problem = only(load(text).diagnostics, 'bad-id');
    expect(problem.message).toBe(`'${name}' is reserved and cannot be a decision id`);
    expect(problem).toMatchObject(spot(text, name));
  });

  test.each(builtIns)('an event with the id %s is refused at the id as reserved', (name) => {
    const text = patch('  - id: jet-downed', `  - id: ${name}`);
    expect(only(load(text).diagnostics, 'bad-id')).toMatchObject({ ...spot(text, name), message: `'${name}' is reserved and cannot be an event id` });
  });

  test.each(builtIns)('set: flag.%s is refused at the flag name as reserved', (name) => {
    const text = patch('      - change: attitude.china\n        by: 5', `      - set: flag.${name}\n        to: 1`);
    const problem = only(load(text).diagnostics, 'bad-reference');
    expect(problem.message).toContain(`'${name}' is reserved`);
    expect(problem).toMatchObject(spot(text, name));
  });

  test.each(builtIns)('a condition reading flag.%s is refused at the flag name as reserved', (name) => {
    const text = patch('available: stage.jet-crisis < implementation', `available: flag.${name} > 0`);
    expect(only(load(text).diagnostics, 'bad-reference')).toMatchObject(spot(text, name));
  });

  test.each(builtIns)('%s alone in a condition, or as what an effect changes, is an unknown reference, not a crash', (name) => {
    const condition = patch('available: stage.jet-crisis < implementation', `available: ${name}`);
    expect(only(load(condition).diagnostics, 'unknown-reference').message).toContain(`unknown reference '${name}'`);
    const effect = patch('      - change: attitude.china', `      - change: ${name}`);
    expect(only(load(effect).diagnostics, 'unknown-reference')).toMatchObject(spot(effect, name));
  });

  test.each(['constructor', 'toString', 'valueOf'])("a track's readiness for an actor called %s is refused at its key", (name) => {
    const text = patch('readiness: { russia: 10, turkey: 20 }', `readiness: { russia: 10, turkey: 20, ${name}: 5 }`);
    const problems = load(text).diagnostics.filter((d) => d.code === 'bad-id' || d.code === 'forbidden-key');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject(spot(text, `${name}:`));
  });

  test('a flag is set to whole numbers only, as the game stores them', () => {
    const text = patch('decisions:\n', 'decisions:\n  - id: half-measure\n    title: Half\n    text: Half\n    cost: 1\n    effects:\n      - set: flag.half\n        to: 0.25\n');
    expect(only(load(text).diagnostics, 'wrong-type').message).toBe('expected a whole number, got 0.25');
  });
});
