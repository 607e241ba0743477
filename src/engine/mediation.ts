// Mediation tracks: parties in conflict, each with a readiness to settle that ripens with the cost of the
// conflict and with trust in the mediator; a track moves through stages when it has made its progress and
// every party is ready for the next stage; spoilers set it back.
import { change, type StepContext } from './context.ts';
import type { EffectOrigin } from './effects.ts';
import { lookup } from './lookup.ts';
import { readRef } from './refs.ts';
import { textOf } from './text.ts';
import { STAGES, type GameState, type Rules, type TrackDef } from './types.ts';
import { own } from './records.ts';

const FINAL_STAGE = STAGES.length - 1;
const AGREEMENT = STAGES.indexOf('agreement');

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

/** The end-of-turn rules for every track: readiness ripens, the cost grows, ready tracks enter their next stage. */
export function resolveTracks(ctx: StepContext): void {
  const { rules, state } = ctx;
  const index = lookup(rules);
  for (const def of rules.tracks) {
    const track = own(state.tracks, def.id);
    if (!track || track.stage >= FINAL_STAGE) continue;
    const source = { kind: 'mediation', track: def.id } as const;
    const name = textOf(def.name);
    for (const party of def.parties) {
      const partyName = textOf(index.actor.get(party)?.name ?? party);
      const ripening = (rules.params.ripeness * track.cost) / 10;
      if (ripening > 0) {
        change(ctx, { kind: 'readiness', track: def.id, actor: party }, ripening, source,
          `${partyName} feels the cost of the conflict (${Math.round(track.cost)})`);
      }
      const trust = readRef(rules, state, { kind: 'trust', actor: party });
      const pull = (rules.params.trustPull * (trust - 50)) / 10;
      if (pull !== 0) {
        change(ctx, { kind: 'readiness', track: def.id, actor: party }, pull, source,
          pull > 0
            ? `${partyName} trusts Kazakhstan as a broker (${Math.round(trust)})`
            : `${partyName} distrusts Kazakhstan as a broker (${Math.round(trust)})`);
      }
    }
    if (track.stage < AGREEMENT && def.costGrowth > 0) {
      change(ctx, { kind: 'cost', track: def.id }, def.costGrowth, source, `${name}: the conflict drags on and costs more`);
    }
    enterNextStage(ctx, def);
  }
}

function enterNextStage(ctx: StepContext, def: TrackDef): void {
  const track = own(ctx.state.tracks, def.id);
  if (!track || track.progress < 100) return;
  const next = track.stage + 1;
  const needed = def.thresholds[next] ?? 0;
  const ready = def.parties.every((p) => (own(track.readiness, p) ?? 0) >= needed);
  if (!ready) return;
  const source = { kind: 'mediation', track: def.id } as const;
  const reason = `${textOf(def.name)}: every party is ready for ${STAGES[next]} (readiness ${needed} or more)`;
  change(ctx, { kind: 'progress', track: def.id }, -track.progress, source, reason);
  change(ctx, { kind: 'stage', track: def.id }, 1, source, reason);
  ctx.happened.push({ kind: 'stage', track: def.id, stage: next, turn: ctx.state.turn });
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
