// The debrief's charts read a game's numbers over time: the player's game, and the historical line in the same world.
import { describe, expect, test } from 'vitest';
import {
  historicalSeries,
  INDICATORS,
  makeSave,
  newGame,
  parseStrategy,
  playOut,
  replay,
  replayMoves,
  seriesOf,
  type GameSeries,
  type GameState,
  type Rules,
} from '../../src/engine/index.ts';
import { loadShipped, shippedScenarioFiles } from '../shipped.ts';
import { apply, decide, endTurn } from './play.ts';
import { decision, event, indicator, world } from './world.ts';

const tutorial = loadShipped('tutorial.yaml');
const random = parseStrategy('random')!;

/** Point `i` of every column of a series, as one record, to compare with a state. */
function pointOf(rules: Rules, series: GameSeries, i: number) {
  return {
    indicators: Object.fromEntries(INDICATORS.map((id) => [id, series.indicators[id][i]])),
    attitude: Object.fromEntries(rules.actors.map((a) => [a.id, series.attitude[a.id]?.[i]])),
    trust: Object.fromEntries(rules.actors.map((a) => [a.id, series.trust[a.id]?.[i]])),
  };
}

function numbersOf(rules: Rules, state: GameState) {
  return {
    indicators: { ...state.indicators },
    attitude: Object.fromEntries(rules.actors.map((a) => [a.id, state.actors[a.id]?.attitude])),
    trust: Object.fromEntries(rules.actors.map((a) => [a.id, state.actors[a.id]?.trust])),
  };
}

function columnsOf(series: GameSeries): (readonly number[])[] {
  return [...Object.values(series.indicators), ...Object.values(series.attitude), ...Object.values(series.trust)];
}

describe("a game's series", () => {
  test("the series of a tutorial game starts at the scenario's opening values and has one point per turn played", () => {
    const state = playOut(tutorial, 'class-7b', random, 'tense');
    const series = seriesOf(tutorial, state);
    expect(series.turns).toBe(state.ending!.turn + 1);
    for (const column of columnsOf(series)) expect(column).toHaveLength(series.turns + 1);
    expect(pointOf(tutorial, series, 0)).toEqual({
      indicators: tutorial.indicators,
      attitude: Object.fromEntries(tutorial.actors.map((a) => [a.id, a.attitude])),
      trust: Object.fromEntries(tutorial.actors.map((a) => [a.id, a.trust])),
    });
  });

  test.each(shippedScenarioFiles())('a finished game of %s ends its series on the numbers it finished with', (file) => {
    const rules = loadShipped(file);
    for (const seed of ['a', 'b', 'c']) {
      const state = playOut(rules, seed, random, 'volatile');
      const series = seriesOf(rules, state);
      expect(pointOf(rules, series, series.turns)).toEqual(numbersOf(rules, state));
      expect(series.ending).toEqual(state.ending);
    }
  });

  test("a turn's point is taken at its end, before the next turn's news moves anything", () => {
    const rules = world({
      decisions: [decision('invest', [indicator('economy', 5)])],
      events: [event('boom', { trigger: { kind: 'dated', turn: 1 }, effects: [indicator('economy', 10)] })],
    });
    const { state } = apply(rules, newGame(rules, { seed: 's' }).state, decide('invest'), endTurn, endTurn, decide('invest'));
    expect(state.indicators.economy).toBe(70);
    // two turns ended; the decision of the third turn, still being played, is not yet a point
    expect(seriesOf(rules, state)).toMatchObject({ turns: 2, indicators: { economy: [50, 55, 65] } });
  });

  test('a saved game replayed from its file draws the same series as the game that was saved', () => {
    const state = playOut(tutorial, 'saved', random, 'calm');
    const replayed = replay(tutorial, JSON.parse(JSON.stringify(makeSave(tutorial, state))));
    expect(replayed.ok && seriesOf(tutorial, replayed.state)).toEqual(seriesOf(tutorial, state));
  });
});

describe("the historical line's series", () => {
  test.each(shippedScenarioFiles())("the historical line's series of %s ends on the turn its game ended", (file) => {
    const rules = loadShipped(file);
    const history = playOut(rules, 'class-7b', { kind: 'historical' }, 'tense');
    const series = historicalSeries(rules, 'class-7b', 'tense');
    expect(series.ending).toEqual(history.ending);
    expect(series.turns).toBe(history.ending!.turn + 1);
    expect(pointOf(rules, series, series.turns)).toEqual(numbersOf(rules, history));
  });

  test('a player who makes exactly the historical moves draws the historical line', () => {
    const history = playOut(tutorial, 'astana', { kind: 'historical' }, 'volatile');
    const replayed = replayMoves(tutorial, 'astana', 'volatile', history.moves.map((m) => m.move));
    expect(replayed.ok && seriesOf(tutorial, replayed.state)).toEqual(historicalSeries(tutorial, 'astana', 'volatile'));
  });

  test('the historical line is played in the same world: its seed and difficulty', () => {
    // the series is the historical game of that very seed and difficulty...
    expect(historicalSeries(tutorial, 'one', 'tense')).toEqual(seriesOf(tutorial, playOut(tutorial, 'one', { kind: 'historical' }, 'tense')));
    // ...so another seed or another difficulty is another world, with another line
    expect(historicalSeries(tutorial, 'one', 'tense')).not.toEqual(historicalSeries(tutorial, 'two', 'tense'));
    expect(historicalSeries(tutorial, 'one', 'calm')).not.toEqual(historicalSeries(tutorial, 'one', 'volatile'));
  });
});
