// The goals a player sees are derived from the scenario's own endings: what wins and what loses, each part with
// the game's own figures, the ending the game would reach if the calendar ran out now, and the score.
import { describe, expect, test } from 'vitest';
import { endingNow, newGame, nextMove, parseStrategy, scoreOf, step, textOf, type GameState, type Rules } from '../../src/engine/index.ts';
import { goalsView } from '../../src/present/goals.ts';
import { loadShipped, shippedScenarioFiles } from '../shipped.ts';

const jet = loadShipped('jet-crisis-2015.yaml');

function playHistory(rules: Rules, seed: string): GameState {
  const strategy = parseStrategy('historical')!;
  const noChance = { next: () => 0.5 };
  let state = newGame(rules, { seed }).state;
  const refused = new Set<string>();
  for (let guard = 0; state.status === 'playing' && guard < 2000; guard++) {
    const result = step(rules, state, nextMove(rules, state, strategy, noChance, refused));
    if (!result.ok) throw new Error(result.rejected.message);
    state = result.state;
  }
  return state;
}

describe('the goals panel', () => {
  test("in the jet crisis, brokering the reconciliation needs the talks at agreement and Kazakhstan's credit, shown against today's figures", () => {
    const goals = goalsView(jet, newGame(jet, { seed: 'goals' }).state);
    const broker = goals.victories.find((g) => g.title === 'The broker of the reconciliation')!;
    expect(broker.checked).toBe('at-the-end');
    expect(broker.any).toBe(false);
    expect(broker.parts.map((p) => p.words)).toContain('the Russia–Turkey reconciliation at “agreement” or beyond (now at “none”)');
    expect(broker.parts.find((p) => p.words.startsWith("Kazakhstan's credit"))).toMatchObject({ met: false, words: expect.stringMatching(/at least \d+ \(now 0\)$/) });
    expect(broker.met).toBe(false);
    expect(goals.defeats.find((g) => g.title === 'Pulled into one camp')).toMatchObject({ checked: 'every-turn', any: true });
  });

  test('the likely ending and the score are the engine’s own, turn by turn', () => {
    for (const file of shippedScenarioFiles()) {
      const rules = loadShipped(file);
      let state = newGame(rules, { seed: 'likely' }).state;
      for (let turn = 0; state.status === 'playing' && turn < 3; turn++) {
        const goals = goalsView(rules, state);
        const likely = endingNow(rules, state, true)!;
        expect(goals.likely, file).toEqual({ title: textOf(likely.title), kind: likely.kind, reached: false });
        expect(goals.score.total, file).toBe(scoreOf(rules, state, likely.bonus));
        const answer = state.pending[0];
        const option = answer === undefined ? undefined : rules.events.find((e) => e.id === answer)?.choices[0]?.id;
        const next = step(rules, state, answer !== undefined && option !== undefined ? { type: 'choose', event: answer, option } : { type: 'end-turn' });
        if (!next.ok) throw new Error(next.rejected.message);
        state = next.state;
      }
    }
  });

  test('the historical line of the jet crisis ends with the reconciliation brokered, and the panel says it was reached, with every part met', () => {
    const state = playHistory(jet, 'goals');
    const goals = goalsView(jet, state);
    expect(goals.likely).toEqual({ title: 'The broker of the reconciliation', kind: 'victory', reached: true });
    expect(goals.victories[0]?.met).toBe(true);
    expect(goals.score.total).toBe(state.ending?.score);
  });

  test('no goal names an id: every part is in words', () => {
    for (const file of shippedScenarioFiles()) {
      const rules = loadShipped(file);
      const ids = [...rules.events, ...rules.decisions, ...rules.tracks, ...rules.actors, ...(rules.flags ?? [])].map((x) => x.id).filter((id) => id.includes('-'));
      const goals = goalsView(rules, newGame(rules, { seed: 'words' }).state);
      for (const part of [...goals.victories, ...goals.defeats].flatMap((g) => g.parts)) {
        for (const id of ids) expect(part.words, file).not.toContain(id);
      }
    }
  });
});
