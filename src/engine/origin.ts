// Where a list of effects comes from: the cause every change records, and the name its rolls of chance go by.
import type { CauseSource } from './types.ts';

export interface EffectOrigin {
  readonly source: CauseSource;
  /** the reason recorded for each change, e.g. the decision's title */
  readonly reason: string;
  /** the player's own non-neutral moves are coupled: warming one great power cools its rivals */
  readonly coupledAs?: string;
  /** the name its rolls go by, when not the source's own (a commitment's upkeep: see commitments.ts) */
  readonly purpose?: string;
}

/**
 * The name a cause goes by when it rolls for chance: the same decision, answer, event or reaction rolls the same
 * on the same turn of the same world (see rng.ts).
 */
export function purposeOf(source: CauseSource): string {
  switch (source.kind) {
    case 'decision':
    case 'event':
      return `${source.kind}:${source.id}`;
    case 'choice':
      return `choice:${source.event}/${source.option}`;
    case 'reaction':
    case 'lever':
    case 'actor-move':
      return `${source.kind}:${source.actor}/${source.id}`;
    case 'coupling':
      return `coupling:${source.decision}`;
    case 'drift':
    case 'dependence':
      return `${source.kind}:${source.actor}`;
    case 'mediation':
      return `mediation:${source.track}`;
    case 'capital':
      return 'capital';
  }
}
