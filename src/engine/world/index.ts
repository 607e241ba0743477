// The end of a turn: the world reacts to what Kazakhstan did. Each phase is a file of this folder; the order is
// fixed and matters:
// 1. reactions to this turn's moves;
// 2. the actors' own moves: unanswered demands cost what they said, then each actor plays its best move (after
//    the reactions, so a power that has just been slighted acts on it);
// 3. the consequences of earlier turns that fall due now: delayed effects and commitments' upkeep (before the
//    levers, the tracks and drift, so a debt that sours a power can make it pull a lever this very turn, a
//    delayed push counts toward this turn's stage, and drift starts from where the consequences left an
//    attitude);
// 4. pressure from soured powers (levers), 5. the mediation tracks, 6. dependence, 7. drift;
// 8. last, the fading of memory (after drift, so a slight remembered this turn weighs on this turn's drift).
import type { StepContext } from '../context.ts';
import { actorsMove } from './actor-moves.ts';
import { settleDue } from './delayed.ts';
import { erodeSovereignty } from './dependence.ts';
import { drift } from './drift.ts';
import { useLevers } from './levers.ts';
import { fadeMemory } from './memory.ts';
import { resolveTracks } from './mediation.ts';
import { react } from './reactions.ts';

export function worldReacts(ctx: StepContext): void {
  react(ctx);
  actorsMove(ctx);
  settleDue(ctx);
  for (const actor of ctx.rules.actors) useLevers(ctx, actor);
  resolveTracks(ctx);
  erodeSovereignty(ctx);
  drift(ctx);
  fadeMemory(ctx);
}
