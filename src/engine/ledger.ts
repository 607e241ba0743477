// Reading the cause ledger: what moved on a turn and why, for turn summaries and the debrief.
import type { Cause, GameState, Ref } from './types.ts';
import { refKey } from './refs.ts';

export function turnCauses(state: GameState, turn: number): Cause[] {
  return state.ledger.filter((c) => c.turn === turn);
}

/** Every recorded change of one number, oldest first: "why did Russia's attitude drop?" */
export function causesOf(state: GameState, target: Ref): Cause[] {
  const key = refKey(target);
  return state.ledger.filter((c) => refKey(c.target) === key);
}
