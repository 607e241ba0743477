// The powers' offers and demands in the terminal's commands: an open one is answered by its option's id, like
// a waiting event (play-view.ts shows them with their deadline).
import { actorMoves, type GameState, type Rules } from '../engine/index.ts';

/** The open offer or demand with an option of this id, as a move, or null. */
export function demandAnswer(rules: Rules, state: GameState, optionId: string): { event: string; option: string } | null {
  const moves = actorMoves(rules);
  for (const open of state.openDemands) {
    if (moves.get(open.id)?.move.options.some((o) => o.id === optionId)) return { event: open.id, option: optionId };
  }
  return null;
}

/** The option ids of the open offers and demands, for "did you mean". */
export function demandOptionIds(rules: Rules, state: GameState): string[] {
  const moves = actorMoves(rules);
  return state.openDemands.flatMap((open) => (moves.get(open.id)?.move.options ?? []).map((o) => o.id));
}
