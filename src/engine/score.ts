// The grade: how well Kazakhstan came out of it. The weighted mean of its indicators and of the balance between
// the great powers (100 when they are equally content, less as their attitudes spread), plus the ending's bonus.
import { clamp } from './numbers.ts';
import { INDICATORS, type EndingKind, type GameState, type Rules } from './types.ts';
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

/**
 * The grade of a game that ended this way: a defeat grades no higher than the pivot band and a victory no lower,
 * so the letter never contradicts the ending. The pivot is the band named "C", or the middle band (bands are
 * listed highest first) when the scenario has none.
 */
export function endingGradeOf(rules: Rules, score: number, kind: EndingKind): string {
  const bands = rules.grade.bands;
  const by = gradeOf(rules, score);
  if (kind === 'draw' || bands.length === 0) return by;
  const named = bands.findIndex((b) => b.grade === 'C');
  const pivot = named >= 0 ? named : Math.floor((bands.length - 1) / 2);
  const at = bands.findIndex((b) => b.grade === by);
  if (at < 0) return by;
  const index = kind === 'defeat' ? Math.max(at, pivot) : Math.min(at, pivot);
  return bands[index]?.grade ?? by;
}
