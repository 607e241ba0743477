// The Astana talks on Syria (Dec 2016 – Dec 2017): the historical line and the balance targets of issue 3,
// held with fixed seeds over 2,000 simulated games per strategy (the figures docs/balance.md reports).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseStrategy, simulate, type Rules, type SimulationReport } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { bestStrategiesTopMoves, unfiredEvents, unreachedEndings } from './balance-facts.ts';

const FILE = fileURLToPath(new URL('../../scenarios/astana-talks-2017.yaml', import.meta.url));
const RUNS = 2000;
const SEED = 'balance';
const STRATEGIES = ['random', 'historical', 'balanced', 'aligned:us', 'aligned:russia', 'aligned:china'] as const;
type StrategyName = (typeof STRATEGIES)[number];

let rules: Rules;
const reports = {} as Record<StrategyName, SimulationReport>;

beforeAll(() => {
  const loaded = loadScenario(readFileSync(FILE, 'utf8'), 'scenarios/astana-talks-2017.yaml');
  if (!loaded.rules) throw new Error(`the Astana scenario does not load: ${loaded.diagnostics[0]?.message}`);
  rules = loaded.rules;
  for (const name of STRATEGIES) {
    const strategy = parseStrategy(name);
    if (!strategy) throw new Error(`unknown strategy ${name}`);
    reports[name] = simulate(rules, { runs: RUNS, seed: SEED, strategy });
  }
}, 240_000);

const share = (report: SimulationReport, ending: string) => (report.endings[ending] ?? 0) / report.runs;

describe('the Astana talks, 2017', () => {
  test('a game lasts 10 to 20 turns, with 2 to 4 decisions a turn', () => {
    expect(rules.calendar.length).toBeGreaterThanOrEqual(10);
    expect(rules.calendar.length).toBeLessThanOrEqual(20);
    expect(rules.decisionsPerTurn).toBeGreaterThanOrEqual(2);
    expect(rules.decisionsPerTurn).toBeLessThanOrEqual(4);
  });

  test("the historical line casts Kazakhstan's real Security Council votes: three abstentions, then for all three JIM drafts", () => {
    const votes = Object.assign({}, ...rules.history.map((h) => h.choices));
    expect(votes).toMatchObject({
      'vote-sanctions': 'abstain',
      'vote-khan-shaykhun': 'abstain',
      'vote-jim-october': 'abstain',
      'vote-jim-november': 'for-all-three',
    });
  });

  test('the historical line of the Astana talks convenes in January 2017 and reaches the de-escalation memorandum by May in at least 90% of games', () => {
    expect(share(reports.historical, 'astana-memorandum')).toBeGreaterThanOrEqual(0.9);
  });

  test('a player who chooses at random wins in 5% to 35% of games', () => {
    expect(reports.random.winRate).toBeGreaterThanOrEqual(0.05);
    expect(reports.random.winRate).toBeLessThanOrEqual(0.35);
  });

  test.each(['aligned:us', 'aligned:russia', 'aligned:china'] as const)(
    'siding with one power (%s) wins less often than multi-vector play',
    (aligned) => {
      expect(reports[aligned].winRate).toBeLessThan(reports.balanced.winRate);
    },
  );

  test('every ending is reached in some game: the memorandum, a later agreement, the talks moving away, Astana as an instrument of either side', () => {
    expect(unreachedEndings(rules, reports)).toEqual([]);
  });

  test('every event fires in some game: each round, each Security Council vote, each spoiler', () => {
    expect(unfiredEvents(rules, reports)).toEqual([]);
  });

  test('the strategy that wins most often takes no single decision on more than 80% of turns', () => {
    for (const { strategy, decision, share: taken } of bestStrategiesTopMoves(reports)) {
      expect(taken, `${strategy} takes ${decision}`).toBeLessThanOrEqual(0.8);
    }
  });
});
