// The actors' reactions to the moves Kazakhstan made this turn, by the tags of those moves. Each reaction
// rolls its chance once for each move it answers, so the same move on the same turn of a world meets the same
// reaction.
import { chance, type StepContext } from '../context.ts';
import { applyEffects } from '../effects.ts';
import { lookup } from '../lookup.ts';

export function react(ctx: StepContext): void {
  // the per-rules index of reactions by tag (actors, then their reactions, in file order: the order a walk of
  // every actor's reactions would meet them) spares walking every reaction of every actor for every tag
  const reactionsTo = lookup(ctx.rules).reactionsTo;
  for (const { tag, source } of ctx.state.thisTurnTags) {
    for (const { actor, reaction, says } of reactionsTo.get(tag) ?? []) {
      // a sure reaction rolls nothing (see chance), so its purpose is written only when it rolls
      const comes = reaction.chance >= 1 || (reaction.chance > 0 && chance(ctx, reaction.chance, `react:${actor.id}/${reaction.id}/${source}`));
      if (!comes) continue;
      applyEffects(ctx, reaction.effects, {
        source: { kind: 'reaction', actor: actor.id, id: reaction.id },
        reason: says,
        // a reaction to two moves of one turn rolls its effects for each move apart
        purpose: `reaction:${actor.id}/${reaction.id}/${source}`,
      });
    }
  }
}
