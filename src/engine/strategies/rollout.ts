// A rollout's private world: a copy of the game with its own, freshly seeded chance. A lookahead player may
// imagine the future only on copies like this one, never by rolling with the real game's key (which would show the real world's future).
import { draftOf } from '../draft.ts';
import { worldKeyOf } from '../rng.ts';
import type { GameState } from '../types.ts';

/**
 * A deep copy of `state` whose randomness comes from `seed` alone. The ledger and the move log are left
 * behind: no rule reads them (they are the game's history, for the debrief), and copying them would make a
 * rollout late in a game cost more than the turns it plays.
 */
export function forRollout(state: GameState, seed: string): GameState {
  return { ...draftOf({ ...state, ledger: [], moves: [] }), worldKey: worldKeyOf(seed) };
}
