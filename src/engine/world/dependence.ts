// Ties concentrated on one partner leave Kazakhstan less room to act without it: sovereignty erodes each turn
// the largest dependence is above the scenario's threshold share of all ties.
import { change, type StepContext } from '../context.ts';
import { own } from '../records.ts';
import { textOf } from '../text.ts';

export function erodeSovereignty(ctx: StepContext): void {
  const { rules, state } = ctx;
  let total = 0;
  let top: { id: string; dependence: number } | null = null;
  for (const actor of rules.actors) {
    const dependence = own(state.actors, actor.id)?.dependence ?? 0;
    total += dependence;
    if (!top || dependence > top.dependence) top = { id: actor.id, dependence };
  }
  if (!top || total <= 0) return;
  const share = (top.dependence / total) * 100;
  const excess = share - rules.params.concentrationThreshold;
  if (excess <= 0) return;
  const name = textOf(rules.actors.find((a) => a.id === top.id)?.name ?? top.id);
  change(
    ctx,
    { kind: 'indicator', indicator: 'sovereignty' },
    (-rules.params.erosion * excess) / 10,
    { kind: 'dependence', actor: top.id },
    `Dependence concentrated on ${name}: ${Math.round(share)}% of Kazakhstan's ties (above ${rules.params.concentrationThreshold}%)`,
  );
}
