// The game's chance: one world per seed. Every roll is a pure function of the game's key (made once from its
// seed by seedrandom's Alea generator), the turn, and what the roll is for (its purpose, such as "lever:russia/border-checks"),
// so two players with the same seed meet the same roll for the same thing on the same turn, whatever else they
// did before. A roll needs no generator state: nothing to save, restore or keep in step.
import seedrandom from 'seedrandom';
import type { WorldKey } from './types.ts';

/**
 * The world's key: two 32-bit words drawn from the seed by seedrandom's Alea generator, whose seeding is a
 * quick hash of the text (ARC4's key schedule cost more than a whole game of the tutorial).
 */
export function worldKeyOf(seed: string): WorldKey {
  const prng = seedrandom.alea(seed);
  return [prng.int32() >>> 0, prng.int32() >>> 0];
}

/** murmur3's finaliser: every bit of the input moves every bit of the output. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the purpose's characters, started from `h`. */
function hashText(text: string, h: number): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A number in [0, 1) for one purpose on one turn of the world with this key. */
export function roll(key: WorldKey, turn: number, purpose: string): number {
  const h = hashText(purpose, mix(key[0] ^ mix(turn + 0x9e3779b9)));
  return mix(h ^ key[1]) / 4294967296;
}

export interface Rng {
  /** a number in [0, 1) */
  next(): number;
}

/** A generator straight from a seed, for chance outside the game (a simulated player's whims). */
export function freshRng(seed: string): Rng {
  const prng = seedrandom.alea(seed);
  return { next: () => prng() };
}
