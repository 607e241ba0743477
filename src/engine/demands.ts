// The actors' offers and demands once played: open until their deadline, answered with the same `choose` move
// as an event (its id is the move's), never blocking the end of a turn the way a pending event does.
import { type StepContext } from './context.ts';
import { commit } from './commitments.ts';
import { applyEffects } from './effects.ts';
import { textOf } from './text.ts';
import { lookup, type MoveEntry } from './lookup.ts';
import type { ChoiceDef, GameState, OpenDemand, Rejection, Rules } from './types.ts';

export type { MoveEntry } from './lookup.ts';

/** Every actor's moves by id, from the rules' index (lookup.ts). */
export function actorMoves(rules: Rules): ReadonlyMap<string, MoveEntry> {
  return lookup(rules).actorMove;
}

export function openDemand(state: GameState, id: string): OpenDemand | undefined {
  return state.openDemands.find((d) => d.id === id);
}

/** The option of an actor's offer or demand, for the preview and the strategies. */
export function demandOption(rules: Rules, moveId: string, optionId: string): ChoiceDef | undefined {
  return actorMoves(rules).get(moveId)?.move.options.find((o) => o.id === optionId);
}

/** Why an answer to an actor's move is refused, or null; undefined when `id` is no actor move at all. */
export function demandRejection(rules: Rules, state: GameState, id: string, option: string): Rejection | null | undefined {
  const entry = actorMoves(rules).get(id);
  if (!entry) return undefined;
  const title = textOf(entry.move.title);
  if (!openDemand(state, id)) return { code: 'not-pending', message: `"${title}" is not waiting for an answer.` };
  if (!entry.move.options.some((o) => o.id === option)) return { code: 'unknown-option', message: `"${title}" has no option "${option}".` };
  return null;
}

/** "Russia: asks its allies to join the sanctions": the actor's name before the move's title. */
export function moveReason(entry: MoveEntry): string {
  return `${textOf(entry.actor.name)}: ${textOf(entry.move.title)}`;
}

/** Answer an open offer or demand (accepted by demandRejection): like an event's choice, coupled unless neutral. */
export function answerDemand(ctx: StepContext, id: string, optionId: string): void {
  const { state } = ctx;
  const entry = actorMoves(ctx.rules).get(id);
  const option = entry?.move.options.find((o) => o.id === optionId);
  if (!entry || !option) return;
  state.moves.push({ turn: state.turn, move: { type: 'choose', event: id, option: optionId } });
  state.openDemands = state.openDemands.filter((d) => d.id !== id);
  applyEffects(ctx, option.effects, {
    source: { kind: 'choice', event: id, option: optionId },
    reason: `${moveReason(entry)}: ${textOf(option.label)}`,
    ...(option.neutral ? {} : { coupledAs: `${id}/${optionId}` }),
  });
  for (const tag of option.tags) state.thisTurnTags.push({ tag, source: `${id}/${optionId}` });
  commit(ctx, { kind: 'choice', event: id, option: optionId });
}
