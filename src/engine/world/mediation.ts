// The mediation tracks at the end of a turn: parties in conflict, each with a readiness to settle that ripens
// with its own cost of the conflict (and, under today's rule, with trust in the mediator); a track moves through
// stages when it has made its progress and every party is ready for the next stage.
import { change, type StepContext } from '../context.ts';
import { lookup } from '../lookup.ts';
import { own } from '../records.ts';
import { readRef } from '../refs.ts';
import { textOf } from '../text.ts';
import { partyCost } from '../track-costs.ts';
import { FINAL_STAGE } from '../tracks.ts';
import { STAGES, type TrackDef } from '../types.ts';

const AGREEMENT = STAGES.indexOf('agreement');

/** The end-of-turn rules for every track: readiness ripens, the costs grow, ready tracks enter their next stage. */
export function resolveTracks(ctx: StepContext): void {
  const { rules, state } = ctx;
  for (const def of rules.tracks) {
    const track = own(state.tracks, def.id);
    if (!track || track.stage >= FINAL_STAGE) continue;
    for (const party of def.parties) ripen(ctx, def, party);
    if (track.stage < AGREEMENT) growCosts(ctx, def);
    enterNextStage(ctx, def);
  }
}

/** A party's readiness rises with its own cost of the conflict; under today's rule also with its trust. */
function ripen(ctx: StepContext, def: TrackDef, party: string): void {
  const { rules, state } = ctx;
  const track = own(state.tracks, def.id);
  if (!track) return;
  const source = { kind: 'mediation', track: def.id } as const;
  const partyName = textOf(lookup(rules).actor.get(party)?.name ?? party);
  const cost = partyCost(track, party);
  const ripening = (rules.params.ripeness * cost) / 10;
  if (ripening > 0) {
    change(ctx, { kind: 'readiness', track: def.id, actor: party }, ripening, source,
      `${partyName} feels the cost of the conflict (${Math.round(cost)})`);
  }
  // with trustCredit, trust decides whose channel carries the settlement, not how ready the parties are
  if (rules.params.trustCredit) return;
  const trust = readRef(rules, state, { kind: 'trust', actor: party });
  const pull = (rules.params.trustPull * (trust - 50)) / 10;
  if (pull !== 0) {
    change(ctx, { kind: 'readiness', track: def.id, actor: party }, pull, source,
      pull > 0
        ? `${partyName} trusts Kazakhstan as a broker (${Math.round(trust)})`
        : `${partyName} distrusts Kazakhstan as a broker (${Math.round(trust)})`);
  }
}

/**
 * An unsettled conflict costs more each turn: `costGrowth` for every party, and `tensionCost` per 10 points of
 * a party's mean tension with the other parties (tensions the scenario does not declare count as 0).
 */
function growCosts(ctx: StepContext, def: TrackDef): void {
  const { rules, state } = ctx;
  const index = lookup(rules);
  const source = { kind: 'mediation', track: def.id } as const;
  if (def.costGrowth > 0) {
    change(ctx, { kind: 'cost', track: def.id }, def.costGrowth, source, `${textOf(def.name)}: the conflict drags on and costs more`);
  }
  const perTension = def.tensionCost ?? 0;
  if (perTension <= 0) return;
  for (const party of def.parties) {
    const others = def.parties.filter((p) => p !== party);
    if (others.length === 0) continue;
    let sum = 0;
    for (const other of others) sum += readRef(rules, state, { kind: 'tension', a: party, b: other });
    const tension = sum / others.length;
    const growth = (perTension * tension) / 10;
    if (growth <= 0) continue;
    const name = (id: string) => textOf(index.actor.get(id)?.name ?? id);
    change(ctx, { kind: 'cost', track: def.id, actor: party }, growth, source,
      `${name(party)}: the standoff with ${others.map(name).join(' and ')} costs more (tension ${Math.round(tension)})`);
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
  carryHeld(ctx, def, next);
}

/** Progress that waited past 100 (tracks.ts) carries into the stage just entered, up to the rules' `holdCap`. */
function carryHeld(ctx: StepContext, def: TrackDef, stage: number): void {
  const track = own(ctx.state.tracks, def.id);
  const held = track?.held ?? 0;
  if (!track || held <= 0) return;
  const source = { kind: 'mediation', track: def.id } as const;
  const carried = Math.min(held, ctx.rules.params.holdCap ?? 0);
  const name = textOf(def.name);
  if (stage < FINAL_STAGE && carried > 0) {
    change(ctx, { kind: 'progress', track: def.id }, carried, source, `${name}: ${Math.round(carried)} progress that waited carries into ${STAGES[stage]}`);
  }
  const spent = stage < FINAL_STAGE ? held - carried : held;
  change(ctx, { kind: 'held', track: def.id }, -held, source,
    spent > 0 ? `${name}: ${Math.round(spent)} progress that waited is spent (no more than ${ctx.rules.params.holdCap ?? 0} carries over)` : `${name}: the progress that waited is used`);
}
