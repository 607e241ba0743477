// The simulator's players beyond random, historical and balanced: one who never acts, one who takes only
// some decisions, and one who looks ahead on imagined futures without ever touching the real dice.
import { describe, expect, test } from 'vitest';
import {
  fingerprint, forRollout, gameTrace, newGame, nextMove, parseStrategy, playOut, replayMoves, simulate, step, strategyName, strategySeed, type GameState, type Move,
} from '../../src/engine/index.ts';
import { freshRng } from '../../src/engine/rng.ts';
import { loadShipped } from '../shipped.ts';

const tutorial = loadShipped('tutorial.yaml');
const decisionsOf = (state: GameState) => state.moves.flatMap(({ move }) => (move.type === 'decide' ? [move.decision] : []));

describe('the passive player', () => {
  test('a passive player who takes no decisions never takes one, but answers every event', () => {
    for (let i = 0; i < 10; i++) {
      const state = playOut(tutorial, `passive/${i}`, parseStrategy('passive')!, 'volatile');
      expect(state.status).toBe('ended');
      expect(decisionsOf(state)).toEqual([]);
      expect(state.pending).toEqual([]);
    }
  });
});

describe('the player who takes only some decisions', () => {
  test('only:host-talks takes host talks whenever it can, and nothing else', () => {
    const state = playOut(tutorial, 'only', parseStrategy('only:host-talks')!, 'tense');
    const taken = decisionsOf(state);
    expect(taken.length).toBeGreaterThan(0);
    expect(new Set(taken)).toEqual(new Set(['host-talks']));
  });

  test('only:A,B takes both, in the listed order within a turn', () => {
    const state = playOut(tutorial, 'only-two', parseStrategy('only:turkic-council,host-talks')!, 'tense');
    expect(new Set(decisionsOf(state))).toEqual(new Set(['turkic-council', 'host-talks']));
  });

  test('the strategy is named as it was written, without repeats', () => {
    expect(strategyName(parseStrategy('only:host-talks,fuel-bank,host-talks')!)).toBe('only:host-talks,fuel-bank');
    expect(parseStrategy('only:')).toBeNull();
    expect(parseStrategy('only:a,,b')).toBeNull();
  });
});

describe('the search player', () => {
  const search = parseStrategy('search')!;

  test('the same seed gives the same games', () => {
    expect(fingerprint(playOut(tutorial, 'search-seed', search, 'tense'))).toBe(fingerprint(playOut(tutorial, 'search-seed', search, 'tense')));
  });

  test("its rollouts never touch the real game's generator: the game it played is the game its moves replay to", () => {
    const played = playOut(tutorial, 'honest', search, 'volatile');
    const replayed = replayMoves(tutorial, 'honest', 'volatile', played.moves.map(({ move }) => move));
    expect(replayed.ok).toBe(true);
    if (replayed.ok) expect(fingerprint(replayed.state)).toBe(fingerprint(played));
  });

  test('looking ahead leaves the real game as it was, so its move does what the same move made directly does', () => {
    const state = newGame(tutorial, { seed: 'look', difficulty: 'volatile' }).state;
    const before = structuredClone(state);
    const move: Move = nextMove(tutorial, state, search, freshRng(strategySeed('look')), new Set());
    expect(state).toEqual(before);
    const searched = step(tutorial, state, move);
    const direct = step(tutorial, before, move);
    expect(searched.ok && direct.ok).toBe(true);
    if (searched.ok && direct.ok) expect(searched.state).toEqual(direct.state);
  });

  test("a rollout's world is a copy with chance of its own", () => {
    const state = newGame(tutorial, { seed: 'copy' }).state;
    const world = forRollout(state, 'elsewhere');
    expect(world.worldKey).not.toEqual(state.worldKey);
    world.actors['russia']!.attitude += 50;
    expect(state.actors['russia']!.attitude).not.toBe(world.actors['russia']!.attitude);
  });

  test('the search player wins the tutorial at least as often as the random player', () => {
    const runs = 6;
    const searched = simulate(tutorial, { runs, seed: 'contest', strategy: search });
    const random = simulate(tutorial, { runs, seed: 'contest', strategy: parseStrategy('random')! });
    expect(searched.winRate).toBeGreaterThanOrEqual(random.winRate);
    expect(searched.meanScore).toBeGreaterThan(random.meanScore);
  }, 60_000);
});

describe('the trace of a game', () => {
  test('each turn lists its events and moves, a place for the powers\' moves, and the game its ending', () => {
    const state = playOut(tutorial, 'traced', parseStrategy('balanced')!, 'tense');
    const trace = gameTrace(tutorial, state, 'balanced');
    expect(trace.seed).toBe('traced');
    expect(trace.ending).toEqual(state.ending);
    expect(trace.turns.length).toBe(state.turn + 1);
    expect(trace.turns.flatMap((t) => t.moves.filter((m) => m.type === 'decide').map((m) => m.type === 'decide' && m.decision))).toEqual(decisionsOf(state));
    for (const turn of trace.turns) {
      expect(turn.actorMoves).toEqual([]);
      for (const move of turn.moves) if (move.type === 'choose') expect(turn.events).toContain(move.event);
    }
    for (const [event, turn] of Object.entries(state.fired)) expect(trace.turns[turn]!.events).toContain(event);
  });
});
