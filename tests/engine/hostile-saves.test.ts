// Saves come from outside: a student's file, browser storage. Whatever they hold, checking one ends in a sentence,
// never a stack overflow or a wrong game; and a move meant for one turn never lands on the next.
import { describe, expect, test } from 'vitest';
import { canonicalJson, makeSave, parseSaveText, replay, SAVE_LIMITS, SAVE_VERSION, step, type GameState, type Rules } from '../../src/engine/index.ts';
import { apply, decide, endTurn, start } from './play.ts';
import { decision, indicator, world } from './world.ts';

function smallWorld(): Rules {
  return world({ decisions: [decision('trade', [indicator('economy', 2)]), decision('visit', [indicator('prestige', 1)])] });
}

function playedSave(rules: Rules): Record<string, unknown> {
  const state = apply(rules, start(rules), decide('trade'), endTurn, decide('visit')).state;
  return JSON.parse(JSON.stringify(makeSave(rules, state))) as Record<string, unknown>;
}

/** `{a: {a: ... {}}}`, `depth` objects deep, built without recursion. */
function nested(depth: number): unknown {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('a save that holds far more than a game', () => {
  test('an ending nested 20,000 deep is refused with the depth limit named, and nothing overflows', () => {
    const rules = smallWorld();
    const save = { ...playedSave(rules), ending: nested(20_000) };
    const result = replay(rules, save);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('too-large');
    expect(result.message).toContain(`more than ${SAVE_LIMITS.depth} levels deep`);
  });

  test('the same save read from its text is refused the same way, before anything walks it', () => {
    const text = `{"format":"multivector-save","ending":${'{"a":'.repeat(20_000)}{}${'}'.repeat(20_000)}}`;
    const read = parseSaveText(text);
    expect(read).toMatchObject({ ok: false, code: 'too-large' });
    expect(!read.ok && read.message).toContain('levels deep');
  });

  test('a seed a megabyte long, a million moves, or a text longer than any save are each refused with their limit', () => {
    const rules = smallWorld();
    const longSeed = replay(rules, { ...playedSave(rules), seed: 'x'.repeat(1_000_000) });
    expect(!longSeed.ok && longSeed.message).toContain(`the limit is ${SAVE_LIMITS.textLength}`);
    const manyMoves = replay(rules, { ...playedSave(rules), moves: new Array(1_000_000).fill({ type: 'end-turn' }) });
    expect(!manyMoves.ok && manyMoves.message).toContain(`more than ${SAVE_LIMITS.values} values`);
    const huge = parseSaveText(' '.repeat(SAVE_LIMITS.characters + 1));
    expect(!huge.ok && huge.message).toContain(`at most ${SAVE_LIMITS.characters}`);
  });

  test('text that is not JSON is said to be unreadable', () => {
    expect(parseSaveText('{"format": "multivector-save",')).toMatchObject({ ok: false, code: 'not-json' });
  });

  test('a real save read from its text is within the limits', () => {
    const rules = smallWorld();
    const read = parseSaveText(JSON.stringify(playedSave(rules)));
    expect(read.ok && replay(rules, read.value).ok).toBe(true);
  });

  test('writing a value 100,000 levels deep canonically does not overflow the stack', () => {
    const text = canonicalJson(nested(100_000));
    expect(text.startsWith('{"a":{"a":')).toBe(true);
    expect(text.length).toBe(100_000 * 6 + 2);
  });

  test('keys are written sorted, as before, whatever order they were made in', () => {
    expect(canonicalJson({ b: [1, { d: null, c: 'x' }], a: undefined, e: -0 })).toBe('{"b":[1,{"c":"x","d":null}],"e":0}');
  });
});

describe('a save of another version says which', () => {
  const cases: readonly [string, unknown, string][] = [
    ['a version written as text', '1', `"version" is "1", not a number`],
    ['no version at all', undefined, 'has no "version"'],
    ['a newer version', SAVE_VERSION + 1, 'made by a newer version of the game'],
    ['an older version', 0, 'made by an older version of the game'],
    ['a save of version 1, whose world drew its chances from one generator', 1, 'cannot be replayed exactly'],
  ];
  test.each(cases)('%s', (_, version, message) => {
    const rules = smallWorld();
    const result = replay(rules, { ...playedSave(rules), version });
    expect(result).toMatchObject({ ok: false, code: 'save-version' });
    expect(!result.ok && result.message).toContain(message);
    expect(!result.ok && result.message).not.toContain('undefined');
  });
});

describe('a move is taken on the turn it was made for', () => {
  test('a second End turn meant for the turn that has just ended is refused, and the game stays on the next turn', () => {
    const rules = smallWorld();
    const first = step(rules, start(rules), { type: 'end-turn', turn: 0 });
    expect(first.ok).toBe(true);
    const state = (first as { state: GameState }).state;
    const second = step(rules, state, { type: 'end-turn', turn: 0 });
    expect(second).toMatchObject({ ok: false, rejected: { code: 'other-turn' } });
    expect(!second.ok && second.rejected.message).toBe('This move was made on turn 1, but the game is on turn 2.');
  });

  test('a decision sent with the current turn is taken as usual', () => {
    const rules = smallWorld();
    expect(step(rules, start(rules), { type: 'decide', decision: 'trade', turn: 0 }).ok).toBe(true);
  });

  test('a save whose moves were moved to another turn by hand does not replay', () => {
    const rules = smallWorld();
    const save = playedSave(rules);
    const moves = save['moves'] as { turn: number }[];
    expect(moves.map((m) => m.turn)).toEqual([0, 0, 1]);
    const edited = { ...save, moves: moves.map((m, i) => (i === 2 ? { ...m, turn: 0 } : m)) };
    expect(replay(rules, edited)).toMatchObject({ ok: false, code: 'illegal-move' });
  });

  test('a save written before moves carried their turn still replays', () => {
    const rules = smallWorld();
    const save = playedSave(rules);
    const older = { ...save, moves: (save['moves'] as Record<string, unknown>[]).map(({ turn: _turn, ...move }) => move) };
    expect(replay(rules, older).ok).toBe(true);
  });
});
