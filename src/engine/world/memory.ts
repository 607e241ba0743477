// Memory fades: each turn an actor lets go of a share (rules.memoryFade) of what it still holds against
// Kazakhstan. It runs after drift, so a slight remembered this turn weighs on this turn's drift in full.
import { change, type StepContext } from '../context.ts';
import { own } from '../records.ts';
import { textOf } from '../text.ts';

export function fadeMemory(ctx: StepContext): void {
  const fade = ctx.rules.params.memoryFade ?? 0.25;
  if (fade <= 0) return;
  for (const actor of ctx.rules.actors) {
    const memory = own(ctx.state.actors, actor.id)?.memory ?? 0;
    if (memory <= 0) continue;
    // the last tenth of a point goes at once, so a memory does not linger at 0.1 for ever
    const loss = memory <= 0.2 ? memory : memory * fade;
    change(ctx, { kind: 'memory', actor: actor.id }, -loss, { kind: 'drift', actor: actor.id }, `${textOf(actor.name)} slowly forgets`);
  }
}
