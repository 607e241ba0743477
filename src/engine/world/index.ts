// The end of a turn: the world reacts to what Kazakhstan did. Each phase is a file of this folder; the order is
// fixed and matters: reactions to this turn's moves; then the consequences of earlier turns that fall due now
// (delayed effects and commitments' upkeep: after the reactions, which answer this turn's moves alone, and
// before the levers, the tracks and drift, so that a debt that sours a power can make it pull a lever this very
// turn, a delayed push counts toward this turn's stage, and drift starts from where the consequences left an
// attitude); then pressure from soured powers, the mediation tracks, dependence, drift, and last the fading of
// memory (after drift, so a slight remembered this turn weighs on this turn's drift in full).
import type { StepContext } from '../context.ts';
import { settleDue } from './delayed.ts';
import { erodeSovereignty } from './dependence.ts';
import { drift } from './drift.ts';
import { useLevers } from './levers.ts';
import { fadeMemory } from './memory.ts';
import { resolveTracks } from './mediation.ts';
import { react } from './reactions.ts';

export function worldReacts(ctx: StepContext): void {
  react(ctx);
  settleDue(ctx);
  for (const actor of ctx.rules.actors) useLevers(ctx, actor);
  resolveTracks(ctx);
  erodeSovereignty(ctx);
  drift(ctx);
  fadeMemory(ctx);
}
