// The player who takes only some decisions, each whenever it can: a probe for one move's worth (is it
// dominant? is it a trap?) with everything else held still.
import type { Move } from '../types.ts';

/** The first listed decision still open this turn, or the end of the turn. */
export function onlyMove(listed: readonly string[], open: readonly string[]): Move {
  const next = listed.find((id) => open.includes(id));
  return next === undefined ? { type: 'end-turn' } : { type: 'decide', decision: next };
}
