// Applying a list of effects from a decision, a choice, an event or a reaction.
import { change, uncertain, type StepContext } from './context.ts';
import { applyCoupling } from './coupling.ts';
import { lookup } from './lookup.ts';
import { pushTrack, spoilTrack } from './tracks.ts';
import { FLAG_LIMIT } from './refs.ts';
import { clamp, round1 } from './numbers.ts';
import type { Effect } from './types.ts';
import { own } from './records.ts';
import { purposeOf, type EffectOrigin } from './origin.ts';

export function applyEffects(ctx: StepContext, effects: readonly Effect[], origin: EffectOrigin): void {
  const purpose = origin.purpose ?? purposeOf(origin.source);
  // each effect of the list rolls for itself: "decision:x#1" is the second effect of decision x
  // an indexed loop: entries() would make an iterator and a pair for every effect of every move
  for (let i = 0; i < effects.length; i++) {
    const effect = effects[i] as Effect;
    if (effect.after !== undefined && effect.after > 0) schedule(ctx, effect, origin, `${purpose}#${i}`);
    else applyEffect(ctx, effect, origin, `${purpose}#${i}`);
  }
}

/** A delayed effect waits in the state for the end of its turn (world/delayed.ts applies it, its spread rolled then). */
function schedule(ctx: StepContext, effect: Effect, origin: EffectOrigin, purpose: string): void {
  const { after: _after, ...now } = effect;
  const turn = ctx.state.turn;
  ctx.state.scheduled.push({ turn: turn + (effect.after ?? 0), since: turn, effect: now, origin: { ...origin }, purpose });
}

export function applyEffect(ctx: StepContext, effect: Effect, origin: EffectOrigin, purpose: string): void {
  switch (effect.kind) {
    case 'change': {
      const delta = change(ctx, effect.target, uncertain(ctx, effect.by, effect.spread, purpose), origin.source, origin.reason);
      if (origin.coupledAs !== undefined && effect.target.kind === 'attitude' && delta > 0) {
        applyCoupling(ctx, effect.target.actor, delta, origin.coupledAs);
      }
      return;
    }
    case 'set': {
      const before = own(ctx.state.flags, effect.flag) ?? 0;
      const to = clamp(round1(effect.to), -FLAG_LIMIT, FLAG_LIMIT);
      change(ctx, { kind: 'flag', flag: effect.flag }, to - before, origin.source, origin.reason);
      return;
    }
    case 'mediate':
    case 'advance': {
      if (!lookup(ctx.rules).track.has(effect.track)) return;
      pushTrack(ctx, effect.track, uncertain(ctx, effect.progress, effect.spread, purpose), effect.kind === 'mediate', origin);
      return;
    }
    case 'spoil':
      spoilTrack(ctx, effect.track, effect.readiness, effect.setback, origin);
      return;
    case 'reveal': {
      // what the player knows, not a number of the world: no cause in the ledger (see readiness-view.ts)
      const track = own(ctx.state.tracks, effect.track);
      // revealed for `turns` turns counting the one it is taken on; one that lands at a turn's end counts from the next
      const from = ctx.state.turn + (ctx.atTurnEnd ? 1 : 0);
      if (track) track.revealedUntil = Math.max(track.revealedUntil ?? 0, from + Math.max(0, effect.turns));
      return;
    }
  }
}
