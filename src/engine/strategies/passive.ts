// The passive player: takes no decisions and only answers the events that ask for an answer. Against it, a
// scenario shows what the world does to a Kazakhstan that never acts.
import type { Move } from '../types.ts';

export function passiveMove(): Move {
  return { type: 'end-turn' };
}
