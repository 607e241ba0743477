// The powers act of their own accord. At the end of each turn, first the offers and demands whose deadline has
// come unanswered cost what they said; then each actor plays its best available move by the utility the author
// gave it: among the moves whose condition holds, that are not spent (once) or resting (cooldown), not already
// waiting for an answer, and that are on its mind this turn (each move's chance, rolled for itself).
// A played move is remembered in `fired` under its id (ids are unique across moves, events and decisions), so
// conditions can ask `fired.MOVE` whether it was played.
import { holds } from '../condition.ts';
import { chance, type StepContext } from '../context.ts';
import { actorMoves, moveReason, openDemand } from '../demands.ts';
import { applyEffects } from '../effects.ts';
import { own, put } from '../records.ts';
import { textOf } from '../text.ts';
import type { ActorDef, ActorMoveDef } from '../types.ts';

export function actorsMove(ctx: StepContext): void {
  ignoreDueDemands(ctx);
  for (const actor of ctx.rules.actors) {
    const move = bestMove(ctx, actor);
    if (move) play(ctx, actor, move);
  }
}

/** The offers and demands whose last turn to answer is this one, still unanswered: their stated cost. */
function ignoreDueDemands(ctx: StepContext): void {
  const { state } = ctx;
  const due = state.openDemands.filter((d) => d.due <= state.turn);
  if (due.length === 0) return;
  state.openDemands = state.openDemands.filter((d) => d.due > state.turn);
  const moves = actorMoves(ctx.rules);
  for (const demand of due) {
    const entry = moves.get(demand.id);
    if (!entry) continue;
    const name = textOf(entry.actor.name);
    const reason = entry.move.ignoredText
      ? `${name}: ${textOf(entry.move.ignoredText)}`
      : `${name}: Kazakhstan ignored its ${entry.move.kind} ("${textOf(entry.move.title)}")`;
    ctx.happened.push({ kind: 'demand-ignored', actor: entry.actor.id, move: demand.id, turn: state.turn });
    applyEffects(ctx, entry.move.ignored, { source: { kind: 'actor-move', actor: entry.actor.id, id: demand.id }, reason });
  }
}

/** Whether the move could be played now, before its chance is rolled. */
function available(ctx: StepContext, move: ActorMoveDef): boolean {
  const { state } = ctx;
  const last = own(state.fired, move.id);
  if (last !== undefined && (move.once || state.turn - last <= move.cooldown)) return false;
  if (openDemand(state, move.id)) return false;
  return holds(ctx.rules, state, move.when);
}

/** The available move of highest utility (the first in file order on a tie), or null. */
export function bestMove(ctx: StepContext, actor: ActorDef): ActorMoveDef | null {
  let best: ActorMoveDef | null = null;
  for (const move of actor.moves ?? []) {
    if (best && move.utility <= best.utility) continue;
    if (!available(ctx, move)) continue;
    if (!chance(ctx, move.chance, `actor-move:${actor.id}/${move.id}`)) continue;
    best = move;
  }
  return best;
}

function play(ctx: StepContext, actor: ActorDef, move: ActorMoveDef): void {
  const { state } = ctx;
  put(state.fired, move.id, state.turn);
  ctx.happened.push({ kind: 'actor-move', actor: actor.id, move: move.id, turn: state.turn });
  applyEffects(ctx, move.effects, { source: { kind: 'actor-move', actor: actor.id, id: move.id }, reason: moveReason({ actor, move }) });
  if (move.kind !== 'action' && move.options.length > 0) {
    // an answer is due by the last turn at the latest, so that ignoring a late demand still costs what it said
    state.openDemands.push({ id: move.id, actor: actor.id, due: Math.min(state.turn + move.deadline, ctx.rules.calendar.length - 1) });
  }
}
