// Moods pass: each actor's attitude toward Kazakhstan drifts back toward its usual stance, closing a share of
// the gap each turn; an actor that still remembers moves against it (its memory, see world/memory.ts) settles
// that much below its usual stance.
import { change, type StepContext } from '../context.ts';
import { own } from '../records.ts';
import { textOf } from '../text.ts';

export function drift(ctx: StepContext): void {
  for (const actor of ctx.rules.actors) {
    const state = own(ctx.state.actors, actor.id);
    const attitude = state?.attitude ?? 0;
    const memory = state?.memory ?? 0;
    const pull = (actor.baseline - memory - attitude) * actor.drift;
    if (Math.abs(pull) < 0.05) continue;
    const remembered = Math.round(memory);
    const reason = remembered > 0
      ? `${textOf(actor.name)} drifts back toward its usual stance (${actor.baseline}), less ${remembered} it still remembers`
      : `${textOf(actor.name)} drifts back toward its usual stance (${actor.baseline})`;
    change(ctx, { kind: 'attitude', actor: actor.id }, pull, { kind: 'drift', actor: actor.id }, reason);
  }
}
