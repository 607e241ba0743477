// The end of a turn: the world reacts to what Kazakhstan did. Each phase is a file of this folder; the order is
// fixed and matters: reactions to this turn's moves, then the actors' own moves (unanswered demands cost what
// they said, then each actor plays its best move), then pressure from soured powers, then the mediation
// tracks, then dependence, then drift.
import type { StepContext } from '../context.ts';
import { actorsMove } from './actor-moves.ts';
import { erodeSovereignty } from './dependence.ts';
import { drift } from './drift.ts';
import { useLevers } from './levers.ts';
import { resolveTracks } from './mediation.ts';
import { react } from './reactions.ts';

export function worldReacts(ctx: StepContext): void {
  react(ctx);
  actorsMove(ctx);
  for (const actor of ctx.rules.actors) useLevers(ctx, actor);
  resolveTracks(ctx);
  erodeSovereignty(ctx);
  drift(ctx);
}
