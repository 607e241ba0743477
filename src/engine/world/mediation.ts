// The mediation tracks at the end of a turn: parties in conflict, each with a readiness to settle that ripens
// with the cost of the conflict and with trust in the mediator; a track moves through stages when it has made
// its progress and every party is ready for the next stage.
import { change, type StepContext } from '../context.ts';
import { lookup } from '../lookup.ts';
import { own } from '../records.ts';
import { readRef } from '../refs.ts';
import { textOf } from '../text.ts';
import { FINAL_STAGE } from '../tracks.ts';
import { STAGES, type TrackDef } from '../types.ts';

const AGREEMENT = STAGES.indexOf('agreement');

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

