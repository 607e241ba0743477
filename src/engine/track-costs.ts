// Each party's own cost of a conflict. A track whose parties all bear the same cost keeps one number (`cost`),
// exactly as before per-party costs existed; once the file gives a map, tension raises them apart, or an effect
// names one party's cost, the track keeps a cost per party (`costs`) and `cost` is their mean, so conditions on
// `cost.TRACK` keep their meaning.
import { clamp, round1 } from './numbers.ts';
import { own, put } from './records.ts';
import type { TrackDef, TrackState } from './types.ts';

/** A party's own cost of the conflict. */
export function partyCost(track: TrackState, party: string): number {
  return track.costs ? (own(track.costs, party) ?? 0) : track.cost;
}

/** The costs a new game starts with: a map only when the parties' costs may differ. */
export function startingCosts(def: TrackDef): Record<string, number> | undefined {
  if (!def.costs && !((def.tensionCost ?? 0) > 0)) return undefined;
  const costs: Record<string, number> = {};
  for (const party of def.parties) put(costs, party, def.costs ? (own(def.costs, party) ?? 0) : def.cost);
  return costs;
}

/** The parties' mean cost, as `cost.TRACK` reads it. */
export function meanCost(costs: Readonly<Record<string, number>>): number {
  const values = Object.values(costs);
  return values.length === 0 ? 0 : round1(values.reduce((a, b) => a + b, 0) / values.length);
}

/** Set one party's cost; a track that had one cost for all parties splits it first. */
export function setPartyCost(track: TrackState, parties: readonly string[], party: string, value: number): void {
  if (!track.costs) {
    const costs: Record<string, number> = {};
    for (const p of parties) put(costs, p, track.cost);
    track.costs = costs;
  }
  if (!Object.hasOwn(track.costs, party)) return;
  put(track.costs, party, value);
  track.cost = meanCost(track.costs);
}

/** Set the parties' mean cost: every party's own cost moves by the same amount (each kept within 0..100). */
export function setMeanCost(track: TrackState, value: number): void {
  if (!track.costs) {
    track.cost = value;
    return;
  }
  const shift = value - track.cost;
  for (const party of Object.keys(track.costs)) put(track.costs, party, clamp(round1((own(track.costs, party) ?? 0) + shift), 0, 100));
  track.cost = meanCost(track.costs);
}
