// One world per seed: every roll of chance is keyed by the seed, the turn and what it is for, so players of one
// class who choose differently still meet the same world: the same random event on a turn whenever it can
// happen for both, and the same roll for the same thing on the same turn.
import seedrandom from 'seedrandom';
import { describe, expect, test } from 'vitest';
import { decisionOptions, newGame, nextMove, parseStrategy, step, type GameState, type Happening, type Move, type Rules } from '../../src/engine/index.ts';
import { loadShipped, shippedScenarioFiles } from '../shipped.ts';

const GAMES = 120;
/** the kinds of number a decision's uncertain effects move by their roll alone, whatever the state */
const ROLLED = new Set(['attitude', 'indicator', 'dependence', 'tension']);

/** Each turn's random draw of one game: what could occur, and what did. */
function randomDraws(rules: Rules, seed: string, strategyName: string): Map<number, { among: readonly string[]; drawn: string | null }> {
  const strategy = parseStrategy(strategyName);
  if (!strategy) throw new Error(`unknown strategy ${strategyName}`);
  const whims = seedrandom(`${seed}/whims/${strategyName}`);
  const rng = { next: () => whims() };
  const draws = new Map<number, { among: readonly string[]; drawn: string | null }>();
  const note = (happened: readonly Happening[]) => {
    for (const h of happened) if (h.kind === 'random-draw') draws.set(h.turn, { among: h.among, drawn: h.drawn });
  };
  const start = newGame(rules, { seed });
  note(start.happened);
  let state: GameState = start.state;
  let refused = new Set<string>();
  for (let guard = 0; state.status === 'playing' && guard < 2000; guard++) {
    const move: Move = nextMove(rules, state, strategy, rng, refused);
    const result = step(rules, state, move);
    if (!result.ok) {
      refused.add(move.type === 'decide' ? move.decision : move.type === 'choose' ? `${move.event}/${move.option}` : 'end-turn');
      continue;
    }
    note(result.happened);
    if (move.type === 'end-turn') refused = new Set();
    state = result.state;
  }
  return draws;
}

describe('one world per seed', () => {
  for (const file of shippedScenarioFiles()) {
    test(`in ${file}, a random player and a balanced player with one seed meet the same random event on at least 95% of the turns it could be either's`, () => {
      const rules = loadShipped(file);
      let comparable = 0;
      let same = 0;
      for (let i = 0; i < GAMES; i++) {
        const seed = `class-${i}`;
        const a = randomDraws(rules, seed, 'random');
        const b = randomDraws(rules, seed, 'balanced');
        for (const [turn, drawA] of a) {
          const drawB = b.get(turn);
          if (!drawB || drawA.among.join() !== drawB.among.join()) continue;
          comparable += 1;
          if (drawA.drawn === drawB.drawn) same += 1;
        }
      }
      expect(comparable).toBeGreaterThan(GAMES);
      expect(same / comparable).toBeGreaterThanOrEqual(0.95);
    });
  }

  test('an event that one player can meet and another cannot does not change what the other meets', () => {
    // Where the two players' eligible events differ, the one drawn by either is the other's too whenever the
    // other could meet it: each event's chance is its own roll, not a share of one roll over the list.
    const rules = loadShipped('jet-crisis-2015.yaml');
    let comparable = 0;
    let same = 0;
    for (let i = 0; i < GAMES; i++) {
      const a = randomDraws(rules, `class-${i}`, 'random');
      const b = randomDraws(rules, `class-${i}`, 'aligned:russia');
      for (const [turn, drawA] of a) {
        const drawB = b.get(turn);
        if (!drawB || drawA.drawn === null || !drawB.among.includes(drawA.drawn)) continue;
        // both could meet A's event; B meets it unless B alone could meet an event that came earlier in the race
        const onlyB = drawB.among.filter((id) => !drawA.among.includes(id));
        if (onlyB.length > 0) continue;
        comparable += 1;
        if (drawB.drawn === drawA.drawn) same += 1;
      }
    }
    expect(comparable).toBeGreaterThan(0);
    expect(same).toBe(comparable);
  });

  test('the same decision on the same turn of one world rolls the same, whatever was done before it', () => {
    const rules = loadShipped('jet-crisis-2015.yaml');
    // the first turn opens with events, answered (each by its first option) before anything is decided
    const opened = (seed: string) => {
      let state = newGame(rules, { seed }).state;
      for (let event = state.pending[0]; event !== undefined; event = state.pending[0]) {
        const option = rules.events.find((e) => e.id === event)?.choices[0]?.id ?? '';
        const answered = step(rules, state, { type: 'choose', event, option });
        if (!answered.ok) throw new Error(answered.rejected.message);
        state = answered.state;
      }
      return state;
    };
    const open = decisionOptions(rules, opened('x')).filter((o) => o.available && o.def.cost <= 2).map((o) => o.def);
    const uncertainDecision = open.find((d) => d.effects.some((e) => 'spread' in e && e.spread > 0));
    const other = open.find((d) => d !== uncertainDecision);
    if (!uncertainDecision || !other) throw new Error('the jet crisis has no cheap uncertain decision to test with');
    const take = (state: GameState, id: string) => {
      const result = step(rules, state, { type: 'decide', decision: id });
      if (!result.ok) throw new Error(result.rejected.message);
      return result;
    };
    for (const seed of ['a', 'b', 'c', 'd']) {
      const first = opened(seed);
      const alone = take(first, uncertainDecision.id).happened;
      const afterOther = take(take(first, other.id).state, uncertainDecision.id).happened;
      // a push on a track is scaled by the parties' trust, and what it cannot add waits, both of which the other
      // decision may have changed: the numbers compared are those the roll alone decides
      const ownChanges = (happened: readonly Happening[]) =>
        happened.flatMap((h) => (h.kind === 'cause' && h.cause.source.kind === 'decision' && ROLLED.has(h.cause.target.kind) ? [h.cause.delta] : []));
      expect(ownChanges(afterOther)).toEqual(ownChanges(alone));
    }
  });
});
