// The jet crisis (Nov 2015 – Aug 2016): the historical line and the balance targets of issue 3, held with fixed
// seeds over 2,000 simulated games per strategy (the figures docs/balance.md reports).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseStrategy, playOut, runSeed, simulate, type Rules, type SimulationReport } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { bestStrategiesTopMoves, unfiredEvents, unreachedEndings } from './balance-facts.ts';

const FILE = fileURLToPath(new URL('../../scenarios/jet-crisis-2015.yaml', import.meta.url));
const RUNS = 2000;
const SEED = 'balance';
const STRATEGIES = ['random', 'historical', 'balanced', 'aligned:us', 'aligned:russia', 'aligned:china'] as const;
type StrategyName = (typeof STRATEGIES)[number];

let rules: Rules;
const reports = {} as Record<StrategyName, SimulationReport>;
/** historical games that end brokered, with the Putin–Erdogan call (the sign of the agreement) in June 2016 */
let brokeredInJune = 0;

beforeAll(() => {
  const loaded = loadScenario(readFileSync(FILE, 'utf8'), 'scenarios/jet-crisis-2015.yaml');
  if (!loaded.rules) throw new Error(`the jet crisis scenario does not load: ${loaded.diagnostics[0]?.message}`);
  rules = loaded.rules;
  for (const name of STRATEGIES) {
    const strategy = parseStrategy(name);
    if (!strategy) throw new Error(`unknown strategy ${name}`);
    reports[name] = simulate(rules, { runs: RUNS, seed: SEED, strategy });
  }
  // The same games as the historical report (same run seeds, same difficulty), looked at turn by turn: the call
  // fires at the start of the turn after the track reaches agreement.
  const historical = parseStrategy('historical');
  if (!historical) throw new Error('unknown strategy historical');
  for (let i = 0; i < RUNS; i++) {
    const final = playOut(rules, runSeed(SEED, i), historical, 'tense');
    const callTurn = final.fired['the-call'];
    const inJune = callTurn !== undefined && (rules.calendar[callTurn]?.date ?? '').startsWith('2016-06');
    if (inJune && final.ending?.id === 'broker-of-reconciliation') brokeredInJune += 1;
  }
}, 240_000);

const share = (report: SimulationReport, ending: string) => (report.endings[ending] ?? 0) / report.runs;

describe('the jet crisis, 2015–2016', () => {
  test('a game lasts 10 to 20 turns, with 2 to 4 decisions a turn', () => {
    expect(rules.calendar.length).toBeGreaterThanOrEqual(10);
    expect(rules.calendar.length).toBeLessThanOrEqual(20);
    expect(rules.decisionsPerTurn).toBeGreaterThanOrEqual(2);
    expect(rules.decisionsPerTurn).toBeLessThanOrEqual(4);
  });

  test('the historical line of the jet crisis ends in a reconciliation brokered with Kazakhstan credited in at least 90% of games', () => {
    expect(share(reports.historical, 'broker-of-reconciliation')).toBeGreaterThanOrEqual(0.9);
  });

  test('the historical line of the jet crisis reaches reconciliation in June 2016 with Kazakhstan credited in at least 90% of games', () => {
    expect(brokeredInJune / RUNS).toBeGreaterThanOrEqual(0.9);
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

  test('every ending is reached in some game: brokered, reconciled without Kazakhstan, frozen, trade strangled, pulled into one camp', () => {
    expect(unreachedEndings(rules, reports)).toEqual([]);
  });

  test('every event fires in some game: each beat of history, each spoiler, each back channel', () => {
    expect(unfiredEvents(rules, reports)).toEqual([]);
  });

  test('the strategy that wins most often takes no single decision on more than 80% of turns', () => {
    for (const { strategy, decision, share: taken } of bestStrategiesTopMoves(reports)) {
      expect(taken, `${strategy} takes ${decision}`).toBeLessThanOrEqual(0.8);
    }
  });
});
