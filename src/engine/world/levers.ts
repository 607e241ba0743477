// The great powers' levers: what each kind of pressure does is the engine's; how hard, how often and from
// what attitude on is the scenario's. A lever bites harder the more Kazakhstan depends on its actor, when the
// scenario says so (rules.leverDependence), so dependence is a risk a player can see and weigh.
import { chance, change, type StepContext } from '../context.ts';
import { round1 } from '../numbers.ts';
import { textOf } from '../text.ts';
import type { ActorDef, GameState, IndicatorId, LeverDef, LeverKind, Ref, Rules } from '../types.ts';
import { own, put } from '../records.ts';

interface Hit {
  readonly target: (actor: string) => Ref;
  /** the share of the lever's severity this hit carries */
  readonly share: number;
}

const indicator = (id: IndicatorId) => () => ({ kind: 'indicator', indicator: id }) as const;

export const LEVER_HITS: Readonly<Record<LeverKind, readonly Hit[]>> = {
  'transit-slowdown': [
    { target: indicator('economy'), share: 1 },
    { target: indicator('stability'), share: 1 / 3 },
  ],
  sanctions: [
    { target: indicator('economy'), share: 1 },
    { target: indicator('prestige'), share: 1 / 2 },
  ],
  'investment-freeze': [
    { target: indicator('economy'), share: 1 / 2 },
    { target: (actor) => ({ kind: 'dependence', actor }), share: 1 },
  ],
  'security-pressure': [
    { target: indicator('security'), share: 1 },
    { target: indicator('sovereignty'), share: 1 / 2 },
  ],
  'media-campaign': [
    { target: indicator('stability'), share: 1 },
    { target: indicator('prestige'), share: 1 / 3 },
  ],
};

export function leverKey(actor: string, lever: string): string {
  return `${actor}/${lever}`;
}

export function useLevers(ctx: StepContext, actor: ActorDef): void {
  const { state } = ctx;
  const attitude = own(state.actors, actor.id)?.attitude ?? 0;
  for (const lever of actor.levers) {
    const key = leverKey(actor.id, lever.id);
    if (attitude >= lever.below || state.turn < (own(state.leverReadyAt, key) ?? 0)) continue;
    if (!chance(ctx, Math.min(1, lever.chance * ctx.volatility), `lever:${key}`)) continue;
    pull(ctx, actor, lever, attitude);
    put(state.leverReadyAt, key, state.turn + lever.cooldown + 1);
  }
}

/** Dependence at which a lever hits with its stated severity; every 25 points more add `leverDependence` times it. */
export const NEUTRAL_DEPENDENCE = 25;
/** However little Kazakhstan depends on an actor, its levers keep at least this share of their severity. */
export const LEAST_BITE = 0.25;

/** How many times its stated severity a lever of this actor hits now, given Kazakhstan's dependence on it. */
export function leverFactor(rules: Rules, state: GameState, actorId: string): number {
  const scale = rules.params.leverDependence ?? 0;
  if (scale === 0) return 1;
  const dependence = own(state.actors, actorId)?.dependence ?? 0;
  return Math.max(LEAST_BITE, 1 + (scale * (dependence - NEUTRAL_DEPENDENCE)) / NEUTRAL_DEPENDENCE);
}

export interface LeverExposure {
  readonly lever: LeverDef;
  /** the multiple of the lever's severity it would hit with now */
  readonly factor: number;
  readonly severity: number;
  /** what each number would lose (before bounds) */
  readonly hits: readonly { readonly target: Ref; readonly amount: number }[];
}

/** How hard each of an actor's levers would hit now: for the actor's card and the preview. */
export function leverExposure(rules: Rules, state: GameState, actorId: string): LeverExposure[] {
  const actor = rules.actors.find((a) => a.id === actorId);
  if (!actor) return [];
  const factor = leverFactor(rules, state, actorId);
  return actor.levers.map((lever) => ({
    lever,
    factor,
    severity: round1(lever.severity * factor),
    hits: LEVER_HITS[lever.kind].map((hit) => ({ target: hit.target(actorId), amount: round1(-lever.severity * factor * hit.share) })),
  }));
}

function pull(ctx: StepContext, actor: ActorDef, lever: LeverDef, attitude: number): void {
  const source = { kind: 'lever', actor: actor.id, id: lever.id } as const;
  const factor = leverFactor(ctx.rules, ctx.state, actor.id);
  const dependence = own(ctx.state.actors, actor.id)?.dependence ?? 0;
  const bite = (ctx.rules.params.leverDependence ?? 0) === 0 ? '' : ` (dependence ${Math.round(dependence)}: x${round1(factor)})`;
  const reason = `${textOf(actor.name)}: ${textOf(lever.reason)} (its attitude ${Math.round(attitude)} is below ${lever.below})${bite}`;
  for (const hit of LEVER_HITS[lever.kind]) change(ctx, hit.target(actor.id), -lever.severity * factor * hit.share, source, reason);
}
