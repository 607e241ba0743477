// A premature push: Kazakhstan presses a party toward a stage it is not ready for. With the rules' `prematureRisk`
// (absent: 0, no risk), each party short of the next stage's readiness may take offence:
//   chance = prematureRisk x shortfall / threshold     (shortfall = threshold - readiness, 0 when ready)
// and then loses `prematureTrust` trust (absent: 5). One roll per party and turn: `premature:TRACK/ACTOR`.
import { chance, change, type StepContext } from './context.ts';
import { lookup } from './lookup.ts';
import { own } from './records.ts';
import { nextThreshold } from './readiness-view.ts';
import { textOf } from './text.ts';
import type { GameState, Rules } from './types.ts';

export const DEFAULT_PREMATURE_TRUST = 5;

export interface PrematureRisk {
  readonly actor: string;
  readonly chance: number;
  readonly trust: number;
}

/** The risk a push on this track now carries, party by party (only the parties at risk). */
export function prematureRisks(rules: Rules, state: GameState, trackId: string): PrematureRisk[] {
  const risk = rules.params.prematureRisk ?? 0;
  const def = lookup(rules).track.get(trackId);
  const track = own(state.tracks, trackId);
  if (risk <= 0 || !def || !track) return [];
  const needed = nextThreshold(rules, state, trackId);
  if (needed <= 0) return [];
  const trust = rules.params.prematureTrust ?? DEFAULT_PREMATURE_TRUST;
  const out: PrematureRisk[] = [];
  for (const actor of def.parties) {
    const shortfall = needed - (own(track.readiness, actor) ?? 0);
    if (shortfall > 0) out.push({ actor, chance: Math.min(1, (risk * shortfall) / needed), trust });
  }
  return out;
}

/** Roll each party's risk before Kazakhstan's push lands; `push` names the push, so each push risks on its own. */
export function rollPremature(ctx: StepContext, trackId: string, push: string): void {
  const source = { kind: 'mediation', track: trackId } as const;
  for (const risk of prematureRisks(ctx.rules, ctx.state, trackId)) {
    if (!chance(ctx, risk.chance, `premature:${trackId}/${risk.actor}/${push}`)) continue;
    const name = textOf(lookup(ctx.rules).actor.get(risk.actor)?.name ?? risk.actor);
    change(ctx, { kind: 'trust', actor: risk.actor }, -risk.trust, source, `${name}: pushed before it was ready`);
  }
}
