// The game's only source of chance: seedrandom's ARC4 generator, whose state is kept inside the game state
// so that a saved game, restored anywhere, continues with the same future.
import seedrandom from 'seedrandom';
import type { RngState } from './types.ts';

export interface Rng {
  /** a number in [0, 1) */
  next(): number;
  state(): RngState;
}

export function seedRng(seed: string): RngState {
  return seedrandom(seed, { state: true }).state();
}

export function resumeRng(state: RngState): Rng {
  const prng = seedrandom('', { state: state as seedrandom.State.Arc4 });
  return { next: () => prng(), state: () => prng.state() };
}
