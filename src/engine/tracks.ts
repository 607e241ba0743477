// Moves on a mediation track, made by effects during a turn: pushes (Kazakhstan's, to its credit, or another
// channel's) and spoilers; and what keeps a track from its next stage. The end-of-turn rules of the tracks are
// world/mediation.ts.
import { change, type StepContext } from './context.ts';
import type { EffectOrigin } from './origin.ts';
import { lookup } from './lookup.ts';
import { readRef } from './refs.ts';
import { textOf } from './text.ts';
import { STAGES, type GameState, type Rules, type TrackDef } from './types.ts';
import { own } from './records.ts';

export const FINAL_STAGE = STAGES.length - 1;

/** Kazakhstan's pushes count for more when the parties trust it: from x0.5 (no trust) to x1.5 (full trust). */
export function trustFactor(rules: Rules, state: GameState, track: TrackDef): number {
  let sum = 0;
  for (const party of track.parties) sum += readRef(rules, state, { kind: 'trust', actor: party });
  return 0.5 + sum / track.parties.length / 100;
}

export function pushTrack(ctx: StepContext, trackId: string, amount: number, byKazakhstan: boolean, origin: EffectOrigin): void {
  const def = lookup(ctx.rules).track.get(trackId);
  const track = own(ctx.state.tracks, trackId);
  if (!def || !track || track.stage >= FINAL_STAGE) return;
  const push = byKazakhstan ? amount * trustFactor(ctx.rules, ctx.state, def) : amount;
  const gained = change(ctx, { kind: 'progress', track: trackId }, push, origin.source, origin.reason);
  if (gained <= 0) return;
  if (byKazakhstan) track.kazakhProgress += gained;
  else track.otherProgress += gained;
}

export function spoilTrack(ctx: StepContext, trackId: string, readiness: number, setback: boolean, origin: EffectOrigin): void {
  const def = lookup(ctx.rules).track.get(trackId);
  const track = own(ctx.state.tracks, trackId);
  if (!def || !track) return;
  for (const party of def.parties) {
    change(ctx, { kind: 'readiness', track: trackId, actor: party }, readiness, origin.source, origin.reason);
  }
  if (setback && track.stage > 0 && track.stage < FINAL_STAGE) {
    change(ctx, { kind: 'progress', track: trackId }, -track.progress, origin.source, origin.reason);
    change(ctx, { kind: 'stage', track: trackId }, -1, origin.source, `${origin.reason}: the talks slip back`);
  }
}

/** What keeps a track from its next stage, in words, or null when nothing does. */
export function trackBlocker(rules: Rules, state: GameState, trackId: string): string | null {
  const def = lookup(rules).track.get(trackId);
  const track = own(state.tracks, trackId);
  if (!def || !track || track.stage >= FINAL_STAGE) return null;
  if (track.progress < 100) return `needs ${Math.ceil(100 - track.progress)} more progress`;
  const needed = def.thresholds[track.stage + 1] ?? 0;
  const waiting = def.parties.filter((p) => (own(track.readiness, p) ?? 0) < needed);
  if (waiting.length === 0) return null;
  const names = waiting.map((p) => textOf(lookup(rules).actor.get(p)?.name ?? p));
  return `${names.join(' and ')} not yet ready (readiness ${needed} needed)`;
}
