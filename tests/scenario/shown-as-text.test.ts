// What a scenario file may not smuggle in: escape codes in its texts, ids that JavaScript objects already use,
// and flag values the game would round.
import { describe, expect, test } from 'vitest';
import { load, only, patch, spot } from './minimal.ts';

describe('a scenario is shown as text', () => {
  test('a title with a terminal escape code is refused at its line, without echoing the code', () => {
    const text = patch('title: ', 'title: "\\e[2J\\e]0;pwned\\a" #');
    const problem = only(load(text).diagnostics, 'bad-value');
    expect(problem).toMatchObject({ severity: 'error', line: spot(text, 'title:').line });
    expect(problem.message).toContain('control characters');
    expect(problem.message).not.toContain('\u001b');
  });

  test('new lines and tabs inside a text are fine', () => {
    const text = patch('title: ', 'title: "Two\\tlines\\nof title" #');
    expect(load(text).diagnostics).toEqual([]);
  });
});

describe('ids and values the game state cannot hold as written', () => {
  test('an actor called "constructor" is refused as a reserved id', () => {
    const text = patch('  - id: turkey', '  - id: constructor');
    const problem = load(text).diagnostics.find((d) => d.code === 'bad-id');
    expect(problem?.message).toBe('"constructor" is reserved and cannot be an actor id');
  });

  test('a flag is set to whole numbers only, as the game stores them', () => {
    const text = patch('decisions:\n', 'decisions:\n  - id: half-measure\n    title: Half\n    text: Half\n    cost: 1\n    effects:\n      - set: flag.half\n        to: 0.25\n');
    expect(only(load(text).diagnostics, 'wrong-type').message).toBe('expected a whole number, got 0.25');
  });
});
