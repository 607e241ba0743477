// Moves on a mediation track, made by effects during a turn: pushes (Kazakhstan's, to its credit, or another
// channel's) and spoilers; and what keeps a track from its next stage. The end-of-turn rules of the tracks are
// world/mediation.ts.
import { change, type StepContext } from './context.ts';
import { purposeOf, type EffectOrigin } from './origin.ts';
import { lookup } from './lookup.ts';
import { readRef } from './refs.ts';
import { textOf } from './text.ts';
import { STAGES, type GameState, type Rules, type TrackDef } from './types.ts';
import { own } from './records.ts';
import { rollPremature } from './premature.ts';

export const FINAL_STAGE = STAGES.length - 1;

/** The parties' mean trust in Kazakhstan, 0..1. */
function meanTrust(rules: Rules, state: GameState, track: TrackDef): number {
  let sum = 0;
  for (const party of track.parties) sum += readRef(rules, state, { kind: 'trust', actor: party });
  return track.parties.length === 0 ? 0 : sum / track.parties.length / 100;
}

/**
 * Today's rule (no `trustCredit`): Kazakhstan's pushes count for more when the parties trust it, from x0.5 (no
 * trust) to x1.5 (full trust). With `trustCredit` a push moves the track by its full amount (factor 1).
 */
export function trustFactor(rules: Rules, state: GameState, track: TrackDef): number {
  return rules.params.trustCredit ? 1 : 0.5 + meanTrust(rules, state, track);
}

/** The share of Kazakhstan's push credited to Kazakhstan: all of it, or with `trustCredit` the parties' mean trust. */
export function creditedShare(rules: Rules, state: GameState, track: TrackDef): number {
  return rules.params.trustCredit ? meanTrust(rules, state, track) : 1;
}

export function pushTrack(ctx: StepContext, trackId: string, amount: number, byKazakhstan: boolean, origin: EffectOrigin): void {
  const def = lookup(ctx.rules).track.get(trackId);
  const track = own(ctx.state.tracks, trackId);
  if (!def || !track || track.stage >= FINAL_STAGE) return;
  if (byKazakhstan && amount > 0) rollPremature(ctx, trackId, origin.purpose ?? purposeOf(origin.source));
  const share = byKazakhstan ? creditedShare(ctx.rules, ctx.state, def) : 0;
  const push = byKazakhstan ? amount * trustFactor(ctx.rules, ctx.state, def) : amount;
  const reason = byKazakhstan && ctx.rules.params.trustCredit
    ? `${origin.reason} (${Math.round(share * 100)}% through Kazakhstan's channel, by the parties' trust)`
    : origin.reason;
  const gained = change(ctx, { kind: 'progress', track: trackId }, push, origin.source, reason);
  const held = holdExcess(ctx, trackId, push - Math.max(0, gained), origin);
  const counted = Math.max(0, gained) + held;
  if (counted <= 0) return;
  // with a share of 1 (today's rule) this adds exactly what it always added, and nothing to the other channels
  track.kazakhProgress += counted * share;
  track.otherProgress += counted * (1 - share);
}

/**
 * With the rules' `holdCap` (absent: 0, today's rule: a push beyond 100 is lost), what a push could not add
 * because progress is full waits in `held`, is counted to its channel's credit, and up to `holdCap` of it is
 * carried into the next stage (see world/mediation.ts). Returns what was held.
 */
function holdExcess(ctx: StepContext, trackId: string, excess: number, origin: EffectOrigin): number {
  if ((ctx.rules.params.holdCap ?? 0) <= 0 || excess <= 0) return 0;
  const track = own(ctx.state.tracks, trackId);
  if (!track || track.progress < 100) return 0;
  return change(ctx, { kind: 'held', track: trackId }, excess, origin.source,
    `${origin.reason}: ${Math.round(excess)} progress waits until the parties are ready`);
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
