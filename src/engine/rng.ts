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

/**
 * A generator that continues from a saved state. It is restored only when a number is first drawn: most steps
 * (a decision without uncertainty, an answer to an event) draw nothing, and restoring costs a key schedule.
 */
export function resumeRng(saved: RngState): Rng {
  let prng: seedrandom.StatefulPRNG<seedrandom.State.Arc4> | null = null;
  return {
    next: () => (prng ??= seedrandom('', { state: saved as seedrandom.State.Arc4 }))(),
    state: () => (prng ? prng.state() : saved),
  };
}

/** A generator straight from a seed, for chance outside the game state (a simulated player's whims). */
export function freshRng(seed: string): Rng {
  const prng = seedrandom(seed, { state: true });
  return { next: () => prng(), state: () => prng.state() };
}
