// Moods pass: each actor's attitude toward Kazakhstan drifts back toward its usual stance, closing a share of
// the gap each turn.
import { change, type StepContext } from '../context.ts';
import { own } from '../records.ts';
import { textOf } from '../text.ts';

export function drift(ctx: StepContext): void {
  for (const actor of ctx.rules.actors) {
    const attitude = own(ctx.state.actors, actor.id)?.attitude ?? 0;
    const pull = (actor.baseline - attitude) * actor.drift;
    if (Math.abs(pull) < 0.05) continue;
    change(ctx, { kind: 'attitude', actor: actor.id }, pull, { kind: 'drift', actor: actor.id },
      `${textOf(actor.name)} drifts back toward its usual stance (${actor.baseline})`);
  }
}
