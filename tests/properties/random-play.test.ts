// Properties over every shipped scenario and random legal sequences of moves: numbers stay in their ranges and
// are never NaN; the same seed and moves give the same fingerprint; saving, loading and continuing is the same
// as continuing.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  boundsProblem, decisionOptions, fingerprint, lookupEvent, makeSave, newGame, parseSaveText, parseStrategy, playOut, replay, replayMoves, step, INDICATORS, SAVE_LIMITS,
  type GameState, type Move, type Rules,
} from './moves.ts';
import { loadShipped, shippedScenarioFiles } from '../shipped.ts';

/** The legal moves in a state: the answers to a waiting event, or the open decisions and ending the turn. */
function legalMoves(rules: Rules, state: GameState): Move[] {
  const waiting = state.pending[0];
  if (waiting !== undefined) {
    return (lookupEvent(rules, waiting)?.choices ?? []).map((c) => ({ type: 'choose', event: waiting, option: c.id }));
  }
  const open = decisionOptions(rules, state).filter((o) => o.available).map((o): Move => ({ type: 'decide', decision: o.def.id }));
  return [...open, { type: 'end-turn' }];
}

/** Play by picking, at each step, the legal move the next number points at; then (if `finish`) answer events and end turns until the game ends. */
function play(rules: Rules, state: GameState, picks: readonly number[], check: (s: GameState) => void, finish = true): { state: GameState; moves: Move[] } {
  const moves: Move[] = [];
  const next = (i: number) => (i < picks.length ? picks[i]! : Number.MAX_SAFE_INTEGER);
  for (let i = 0; state.status === 'playing' && i < 400 && (finish || i < picks.length); i++) {
    const legal = legalMoves(rules, state);
    const move = i < picks.length ? legal[next(i) % legal.length]! : (legal.find((m) => m.type !== 'decide') ?? legal[0]!);
    const result = step(rules, state, move);
    if (!result.ok) throw new Error(`a legal move was refused: ${result.rejected.message}`);
    state = result.state;
    moves.push(move);
    check(state);
  }
  return { state, moves };
}

function checkRanges(rules: Rules, state: GameState): void {
  const bad: string[] = [];
  const within = (what: string, v: number, min: number, max: number) => {
    if (!Number.isFinite(v) || v < min || v > max) bad.push(`${what} = ${v}`);
  };
  for (const id of INDICATORS) within(id, state.indicators[id], 0, 100);
  within('capital', state.capital, 0, rules.capital.max);
  for (const [id, a] of Object.entries(state.actors)) {
    within(`attitude.${id}`, a.attitude, -100, 100);
    within(`trust.${id}`, a.trust, 0, 100);
    within(`dependence.${id}`, a.dependence, 0, 100);
  }
  for (const [key, t] of Object.entries(state.tensions)) within(`tension ${key}`, t, 0, 100);
  for (const [id, t] of Object.entries(state.tracks)) {
    within(`stage.${id}`, t.stage, 0, 5);
    within(`progress.${id}`, t.progress, 0, 100);
    within(`cost.${id}`, t.cost, 0, 100);
    for (const [party, r] of Object.entries(t.readiness)) within(`readiness.${id}.${party}`, r, 0, 100);
  }
  for (const [flag, v] of Object.entries(state.flags)) within(`flag.${flag}`, v, -1000, 1000);
  for (const [id, turn] of Object.entries(state.fired)) within(`fired.${id}`, turn, 0, rules.calendar.length - 1);
  for (const [id, turns] of Object.entries(state.taken)) for (const t of turns) within(`taken.${id}`, t, 0, rules.calendar.length - 1);
  within('turn', state.turn, 0, rules.calendar.length - 1);
  for (const cause of state.ledger) if (!Number.isFinite(cause.delta) || !Number.isFinite(cause.value)) bad.push(`ledger ${cause.reason}`);
  if (bad.length > 0) throw new Error(`out of range: ${bad.join(', ')}`);
}

const seeds = fc.string({ minLength: 1, maxLength: 12 });
const picks = fc.array(fc.nat({ max: 1000 }), { maxLength: 120 });
const difficulties = fc.constantFrom('calm' as const, 'tense' as const, 'volatile' as const);

/** Values no save should hold: deep nesting, huge texts and lists, and every wrong JSON type. */
const hostileValues = fc.oneof(
  fc.integer({ min: 9, max: 30_000 }).map((depth) => {
    let value: unknown = [];
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { ending: value };
    return value;
  }),
  fc.integer({ min: 1_001, max: 3_000_000 }).map((length) => 'x'.repeat(length)),
  fc.integer({ min: 0, max: 300_000 }).map((length) => new Array(length).fill(0)),
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, '', '1', 'end-turn', [], {}, { type: 'end-turn', turn: -1 }),
);

/** The save with the value at one place (a field, or a field of one of its moves) replaced by `value`. */
function tampered(save: Record<string, unknown>, place: number, value: unknown): Record<string, unknown> {
  const keys = Object.keys(save);
  const moves = save['moves'] as Record<string, unknown>[];
  if (place % 2 === 0 || moves.length === 0) return { ...save, [keys[place % keys.length]!]: value };
  const i = place % moves.length;
  const move = moves[i]!;
  const field = Object.keys(move)[place % Object.keys(move).length]!;
  return { ...save, moves: moves.map((m, j) => (j === i ? { ...m, [field]: value } : m)) };
}

describe.each(shippedScenarioFiles())('random play of %s', (file) => {
  const rules = loadShipped(file);

  test('every number stays within its range and is never NaN, and every game reaches an ending', () => {
    fc.assert(
      fc.property(seeds, picks, difficulties, (seed, p, difficulty) => {
        const start = newGame(rules, { seed, difficulty }).state;
        checkRanges(rules, start);
        const { state } = play(rules, start, p, (s) => checkRanges(rules, s));
        expect(state.status).toBe('ended');
      }),
      { numRuns: 150 },
    );
  });

  test('the same seed and moves give the same fingerprint', () => {
    fc.assert(
      fc.property(seeds, picks, (seed, p) => {
        const first = play(rules, newGame(rules, { seed }).state, p, () => {});
        let again = newGame(rules, { seed }).state;
        for (const move of first.moves) {
          const r = step(rules, again, move);
          if (!r.ok) throw new Error(r.rejected.message);
          again = r.state;
        }
        expect(fingerprint(again)).toBe(fingerprint(first.state));
      }),
      { numRuns: 60 },
    );
  });

  test('a save file made midway replays, and continuing the replayed game equals continuing the original', () => {
    fc.assert(
      fc.property(seeds, picks, picks, difficulties, (seed, before, after, difficulty) => {
        const midway = play(rules, newGame(rules, { seed, difficulty }).state, before.slice(0, 30), () => {}, false).state;
        const file = JSON.parse(JSON.stringify(makeSave(rules, midway)));
        const replayed = replay(rules, file);
        if (!replayed.ok) throw new Error(replayed.message);
        expect(fingerprint(replayed.state)).toBe(fingerprint(midway));
        expect(fingerprint(play(rules, replayed.state, after, () => {}).state)).toBe(fingerprint(play(rules, midway, after, () => {}).state));
      }),
      { numRuns: 40 },
    );
  });

  test('a save with hostile values anywhere is refused with a reason or replays to the same game, and never throws', () => {
    fc.assert(
      fc.property(seeds, picks, fc.nat(), hostileValues, (seed, before, place, value) => {
        const midway = play(rules, newGame(rules, { seed }).state, before.slice(0, 30), () => {}, false).state;
        const save = tampered(JSON.parse(JSON.stringify(makeSave(rules, midway))) as Record<string, unknown>, place, value);
        const results = [replay(rules, save)];
        let text: string | null = null;
        try {
          text = JSON.stringify(save);
        } catch {
          // too deep for JSON.stringify itself: such a value can reach the game only as text, checked below
        }
        if (text !== null) {
          const read = parseSaveText(text);
          if (read.ok) results.push(replay(rules, read.value));
          for (const cut of [1, Math.floor(text.length / 2)]) expect(parseSaveText(text.slice(0, cut)).ok).toBe(false);
        }
        const beyondLimits = boundsProblem(value, SAVE_LIMITS, 'the value') !== null;
        for (const result of results) {
          if (result.ok) expect(fingerprint(result.state)).toBe(fingerprint(midway));
          else if (beyondLimits) expect(result.code).toBe('too-large');
          else expect(result.message).toMatch(/^(The|This|Move \d+)/);
        }
      }),
      { numRuns: 40 },
    );
  });

  test('the simulator plays each strategy by the same rules as step', () => {
    const powers = rules.actors.filter((a) => a.greatPower).map((a) => `aligned:${a.id}`);
    for (const name of ['random', 'historical', 'balanced', ...powers]) {
      for (let i = 0; i < 5; i++) {
        const played = playOut(rules, `equivalence/${i}`, parseStrategy(name)!, 'volatile');
        const replayed = replayMoves(rules, `equivalence/${i}`, 'volatile', played.moves.map((m) => m.move));
        expect(replayed.ok && fingerprint(replayed.state)).toBe(fingerprint(played));
      }
    }
  });

  test('saving, loading and continuing equals continuing', () => {
    fc.assert(
      fc.property(seeds, picks, picks, (seed, before, after) => {
        const midway = play(rules, newGame(rules, { seed }).state, before.slice(0, 30), () => {}, false).state;
        const reloaded = JSON.parse(JSON.stringify(midway)) as GameState;
        const a = play(rules, midway, after, () => {}).state;
        const b = play(rules, reloaded, after, () => {}).state;
        expect(fingerprint(b)).toBe(fingerprint(a));
      }),
      { numRuns: 60 },
    );
  });
});
