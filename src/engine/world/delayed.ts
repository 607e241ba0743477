// Consequences over time, at the end of a turn: the delayed effects that fall due now (set going by `after: N`
// turns ago), then the upkeep of every standing commitment whose window holds this turn. Each is recorded with
// its original cause and a reason that says it comes from an earlier turn; spreads are rolled now, under names
// that hold the origin and the effect's index, so they differ from the move's own rolls.
import { applyEffect, applyEffects } from '../effects.ts';
import { dueOn, upkeepOf } from '../commitments.ts';
import type { StepContext } from '../context.ts';
import { purposeOf } from '../origin.ts';
import { textOf } from '../text.ts';
import type { CauseSource } from '../types.ts';

export function settleDue(ctx: StepContext): void {
  applyDueEffects(ctx);
  applyUpkeep(ctx);
}

function applyDueEffects(ctx: StepContext): void {
  const { state } = ctx;
  if (state.scheduled.length === 0) return;
  const due = state.scheduled.filter((s) => s.turn <= state.turn);
  if (due.length === 0) return;
  state.scheduled = state.scheduled.filter((s) => s.turn > state.turn);
  for (const item of due) {
    const reason = `${item.origin.reason}: falls due now (${ago(item.origin.source, state.turn - item.since)})`;
    applyEffect(ctx, item.effect, { ...item.origin, reason }, `delayed:${item.purpose}@${item.since}`);
  }
}

function applyUpkeep(ctx: StepContext): void {
  const { state } = ctx;
  if (state.commitments.length === 0) return;
  for (const c of state.commitments) {
    if (!dueOn(c, state.turn)) continue;
    const found = upkeepOf(ctx.rules, c.source);
    if (!found) continue;
    const { upkeep, title } = found;
    const count = state.turn - c.first + 1;
    const of = upkeep.turns === null ? '' : ` of ${upkeep.turns}`;
    // no coupling: an upkeep is the price of a move already made, not a new move toward anyone; an upkeep that
    // lowers a power's attitude is still the player's doing, so that power remembers it (see context.ts)
    applyEffects(ctx, upkeep.effects, {
      source: c.source,
      reason: `${title}: ${textOf(upkeep.reason)} (upkeep, turn ${count}${of})`,
      purpose: `upkeep:${purposeOf(c.source)}@${c.since}`,
    });
  }
  state.commitments = state.commitments.filter((c) => c.last === null || c.last > state.turn);
}

/** "taken 4 turns ago", in the words of what set it going. */
function ago(source: CauseSource, turns: number): string {
  const when = turns === 1 ? '1 turn ago' : `${turns} turns ago`;
  switch (source.kind) {
    case 'decision':
      return `decided ${when}`;
    case 'choice':
      return `chosen ${when}`;
    default:
      return `set going ${when}`;
  }
}
