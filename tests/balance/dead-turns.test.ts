// Dead turns (src/engine/balance/dead-turns.ts): a turn in which nothing the player could choose changes the
// ending or moves the final score by a point. Issue 9 asks that no scenario has more than one.
import { describe, expect, test } from 'vitest';
import { deadTurns, deadTurnsOf, parseStrategy, type Rules } from '../../src/engine/index.ts';
import { loadShipped } from '../shipped.ts';

const GAMES = 12;

const worlds: readonly [string, string][] = [
  ['the jet crisis', 'jet-crisis-2015.yaml'],
  ['the Astana talks', 'astana-talks-2017.yaml'],
  ['the tutorial', 'tutorial.yaml'],
];

describe('every turn offers a choice that changes the game', () => {
  for (const [world, file] of worlds) {
    const rules = loadShipped(file);
    for (const name of ['historical', 'balanced']) {
      test(`in ${world}, every turn but at most one offers a choice that changes the game (${name} play)`, () => {
        const report = deadTurns(rules, { runs: GAMES, seed: 'dead-turns', strategy: parseStrategy(name)!, allowed: 1 });
        expect(report.worst, `dead turns by turn: ${report.byTurn.join(', ')}`).toBeLessThanOrEqual(1);
        expect(report.within).toBe(1);
      });
    }
  }
});

describe('what counts as a dead turn', () => {
  const jet = loadShipped('jet-crisis-2015.yaml');

  test('a turn with nothing to choose is dead: with no decisions, one answer to each event and no offers or demands, every turn is', () => {
    const bare: Rules = {
      ...jet,
      decisions: [],
      events: jet.events.map((e) => ({ ...e, choices: e.choices.slice(0, 1) })),
      actors: jet.actors.map((a) => ({ ...a, moves: [] })),
    };
    const game = deadTurnsOf(bare, 'nothing-to-choose', parseStrategy('balanced')!);
    expect(game.dead).toEqual([...Array(game.turns).keys()]);
  });

  test('the same seed and the same player find the same dead turns: every copy of the game meets the same world', () => {
    const twice = [0, 1].map(() => deadTurnsOf(jet, 'same-world/3', parseStrategy('historical')!));
    expect(twice[0]).toEqual(twice[1]);
  });

  test('read strictly (only another ending counts), some turns of the historical line are dead: the measure can tell', () => {
    const strict = deadTurnsOf(jet, 'strict/0', parseStrategy('historical')!, 'tense', 'ending');
    const lenient = deadTurnsOf(jet, 'strict/0', parseStrategy('historical')!, 'tense', 'score');
    expect(strict.dead.length).toBeGreaterThan(lenient.dead.length);
  });
});
