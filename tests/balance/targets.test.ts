// Every shipped scenario is a game that needs the multi-vector trade-off to be won: the balance targets of
// src/engine/balance/targets.ts, measured with fixed seeds over 2,000 simulated games per strategy (500 per
// strategy on calm and on volatile; 30 for the lookahead player, whose every move plays many games in its head).
// docs/balance.md reports the same figures (`npm run balance`).
import { describe, expect, test } from 'vitest';
import { measureTargets } from '../../src/engine/index.ts';
import { loadShipped, shippedScenarioFiles } from '../shipped.ts';

export const TARGET_RUNS = { runs: 2000, difficultyRuns: 500, searchRuns: 30, seed: 'balance' } as const;

describe('balance targets', () => {
  for (const file of shippedScenarioFiles()) {
    test(`${file} is won by playing every vector, not by a shortcut: every balance target holds`, () => {
      const { targets } = measureTargets(loadShipped(file), TARGET_RUNS);
      const failing = targets.filter((t) => !t.pass).map((t) => `${t.name}: ${t.measured}`);
      expect(failing).toEqual([]);
    }, 1_200_000);
  }
});
