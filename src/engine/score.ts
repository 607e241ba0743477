// The grade: how well Kazakhstan came out of it. The weighted mean of its indicators and of the balance between
// the great powers (100 when they are equally content, less as their attitudes spread), plus the ending's bonus.
import { clamp } from './numbers.ts';
import { INDICATORS, type GameState, type Rules } from './types.ts';
import { own } from './records.ts';

export function balanceOf(rules: Rules, state: GameState): number {
  const attitudes = rules.actors.filter((a) => a.greatPower).map((a) => own(state.actors, a.id)?.attitude ?? 0);
  if (attitudes.length < 2) return 100;
  const spread = Math.max(...attitudes) - Math.min(...attitudes);
  return clamp(100 - spread / 2, 0, 100);
}

export function scoreOf(rules: Rules, state: GameState, bonus: number): number {
  let sum = 0;
  let weights = 0;
  for (const indicator of INDICATORS) {
    const weight = rules.grade.weights[indicator] ?? 0;
    sum += weight * state.indicators[indicator];
    weights += weight;
  }
  const balanceWeight = rules.grade.weights.balance ?? 0;
  sum += balanceWeight * balanceOf(rules, state);
  weights += balanceWeight;
  const mean = weights > 0 ? sum / weights : 0;
  return Math.round(clamp(mean + bonus, 0, 100));
}

export function gradeOf(rules: Rules, score: number): string {
  for (const band of rules.grade.bands) if (score >= band.min) return band.grade;
  return rules.grade.bands[rules.grade.bands.length - 1]?.grade ?? '-';
}
