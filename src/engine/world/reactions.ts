// The actors' reactions to the moves Kazakhstan made this turn, by the tags of those moves. Each reaction
// rolls its chance once for each move it answers, so the same move on the same turn of a world meets the same
// reaction.
import { chance, type StepContext } from '../context.ts';
import { applyEffects } from '../effects.ts';
import { textOf } from '../text.ts';

export function react(ctx: StepContext): void {
  for (const { tag, source } of ctx.state.thisTurnTags) {
    for (const actor of ctx.rules.actors) {
      for (const reaction of actor.reactions) {
        if (reaction.to !== tag || !chance(ctx, reaction.chance, `react:${actor.id}/${reaction.id}/${source}`)) continue;
        applyEffects(ctx, reaction.effects, {
          source: { kind: 'reaction', actor: actor.id, id: reaction.id },
          reason: `${textOf(actor.name)}: ${textOf(reaction.reason)}`,
          // a reaction to two moves of one turn rolls its effects for each move apart
          purpose: `reaction:${actor.id}/${reaction.id}/${source}`,
        });
      }
    }
  }
}
