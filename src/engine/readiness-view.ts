// What the player may know of the parties' readiness. A mediator does not read minds: the player sees a band,
// relative to the readiness the next stage needs, and the exact figure only for a few turns after sounding the
// parties out (a `reveal: TRACK` effect). Conditions in the scenario file still read the exact figure.
import { lookup } from './lookup.ts';
import { own } from './records.ts';
import { STAGES, type GameState, type Rules } from './types.ts';

const FINAL_STAGE = STAGES.length - 1;

export type ReadinessBand = 'not ready' | 'warming' | 'ready';

export interface ReadinessView {
  readonly band: ReadinessBand;
  /** the exact readiness while the parties are sounded out, else null */
  readonly exact: number | null;
}

/** A party is warming from half the readiness the next stage needs. */
export const WARMING_SHARE = 0.5;

/** The readiness the next stage of a track needs (0 once settled). */
export function nextThreshold(rules: Rules, state: GameState, trackId: string): number {
  const def = lookup(rules).track.get(trackId);
  const track = own(state.tracks, trackId);
  if (!def || !track || track.stage >= FINAL_STAGE) return 0;
  return def.thresholds[track.stage + 1] ?? 0;
}

/** True while the parties' exact readiness on this track is shown. */
export function isRevealed(state: GameState, trackId: string): boolean {
  return state.turn < (own(state.tracks, trackId)?.revealedUntil ?? 0);
}

export function readinessView(rules: Rules, state: GameState, trackId: string, actor: string): ReadinessView {
  const track = own(state.tracks, trackId);
  const readiness = (track && own(track.readiness, actor)) ?? 0;
  const needed = nextThreshold(rules, state, trackId);
  const band: ReadinessBand = readiness >= needed ? 'ready' : readiness >= needed * WARMING_SHARE ? 'warming' : 'not ready';
  return { band, exact: isRevealed(state, trackId) ? readiness : null };
}
