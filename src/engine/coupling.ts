// The heart of the multi-vector idea: a move that warms one great power cools its rivals, in proportion to
// how tense their rivalry is, unless it is a move every side values (hosting talks, neutral mediation).
import { change, type StepContext } from './context.ts';
import { lookup } from './lookup.ts';
import { round1 } from './numbers.ts';
import { readRef } from './refs.ts';
import { textOf } from './text.ts';
import type { Rules, GameState } from './types.ts';

export interface CouplingShare {
  readonly rival: string;
  readonly tension: number;
  readonly loss: number;
}

/** What each rival of `favoured` would lose if its attitude rose by `rise`. */
export function couplingShares(rules: Rules, state: GameState, favoured: string, rise: number): CouplingShare[] {
  const index = lookup(rules);
  if (rise <= 0 || !index.actor.get(favoured)?.greatPower) return [];
  const shares: CouplingShare[] = [];
  for (const rival of index.greatPowers) {
    if (rival.id === favoured) continue;
    const tension = readRef(rules, state, { kind: 'tension', a: favoured, b: rival.id });
    const loss = round1((rise * rules.params.coupling * tension) / 100);
    if (loss > 0) shares.push({ rival: rival.id, tension, loss });
  }
  return shares;
}

export function applyCoupling(ctx: StepContext, favoured: string, rise: number, decision: string): void {
  const index = lookup(ctx.rules);
  const favouredName = textOf(index.actor.get(favoured)?.name ?? favoured);
  for (const share of couplingShares(ctx.rules, ctx.state, favoured, rise)) {
    const rivalName = textOf(index.actor.get(share.rival)?.name ?? share.rival);
    change(
      ctx,
      { kind: 'attitude', actor: share.rival },
      -share.loss,
      { kind: 'coupling', decision },
      `${rivalName} resents a move toward ${favouredName} (tension ${share.tension})`,
    );
  }
}
