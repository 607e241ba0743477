// The great powers' levers: what each kind of pressure does is the engine's; how hard, how often and from
// what attitude on is the scenario's.
import { chance, change, type StepContext } from '../context.ts';
import { textOf } from '../text.ts';
import type { ActorDef, IndicatorId, LeverDef, LeverKind, Ref } from '../types.ts';
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

function pull(ctx: StepContext, actor: ActorDef, lever: LeverDef, attitude: number): void {
  const source = { kind: 'lever', actor: actor.id, id: lever.id } as const;
  const reason = `${textOf(actor.name)}: ${textOf(lever.reason)} (its attitude ${Math.round(attitude)} is below ${lever.below})`;
  for (const hit of LEVER_HITS[lever.kind]) change(ctx, hit.target(actor.id), -lever.severity * hit.share, source, reason);
}
