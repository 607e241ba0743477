// What the balance tests of every scenario read off a set of simulation reports, written once.
import type { Rules, SimulationReport } from '../../src/engine/index.ts';

type Reports = Readonly<Record<string, SimulationReport>>;

/** Endings no strategy reached in any game. */
export function unreachedEndings(rules: Rules, reports: Reports): string[] {
  const reached = new Set(Object.values(reports).flatMap((r) => Object.keys(r.endings).filter((e) => (r.endings[e] ?? 0) > 0)));
  return rules.endings.map((e) => e.id).filter((e) => !reached.has(e));
}

/** Events that fired in no game of any strategy. */
export function unfiredEvents(rules: Rules, reports: Reports): string[] {
  const fired = new Set(Object.values(reports).flatMap((r) => Object.keys(r.eventsFired).filter((e) => (r.eventsFired[e] ?? 0) > 0)));
  return rules.events.map((e) => e.id).filter((e) => !fired.has(e));
}

/** For each strategy with the highest win rate, its most taken decision and the share of turns it was taken on. */
export function bestStrategiesTopMoves(reports: Reports): { strategy: string; decision: string; share: number }[] {
  const best = Math.max(...Object.values(reports).map((r) => r.winRate));
  return Object.entries(reports)
    .filter(([, r]) => r.winRate === best)
    .map(([strategy, r]) => {
      const [decision, share] = Object.entries(r.decisionShare).sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
      return { strategy, decision, share };
    });
}
