// The values each reference can ever take in this scenario. Most are their natural range; some are narrower
// because of what the scenario's effects can do: a track nothing pushes never leaves stage "none", a flag
// nothing changes only takes the values it is set to (or 0), a decision taken once counts at most 1.
import type { Ref } from '../engine/types.ts';
import { between, points, type IntervalSet } from './intervals.ts';
import { parseReference } from './reference.ts';
import type { Domain } from './satisfiable.ts';
import type { EffectSite } from './scenario-sites.ts';
import type { ScenarioFile } from './schema.ts';

export interface ExplainedDomain extends Domain {
  /** why the values are narrower than the reference's natural range, for hints */
  readonly why?: string;
}

export interface EffectFacts {
  /** tracks some effect mediates or advances */
  readonly pushed: ReadonlySet<string>;
  /** tracks Kazakhstan mediates (the only way to earn credit) */
  readonly mediated: ReadonlySet<string>;
  /** flag -> the values `set` effects give it */
  readonly flagValues: ReadonlyMap<string, ReadonlySet<number>>;
  /** flags some `change` effect moves by an amount (so any value is possible) */
  readonly flagsChanged: ReadonlySet<string>;
}

export function effectFacts(sites: readonly EffectSite[]): EffectFacts {
  const pushed = new Set<string>();
  const mediated = new Set<string>();
  const flagValues = new Map<string, Set<number>>();
  const flagsChanged = new Set<string>();
  const flagOf = (text: string) => {
    const read = parseReference(text);
    return read.ok && read.use.ref.kind === 'flag' ? read.use.ref.flag : undefined;
  };
  for (const { effect } of sites) {
    if ('mediate' in effect) {
      pushed.add(effect.mediate);
      mediated.add(effect.mediate);
    } else if ('advance' in effect) pushed.add(effect.advance);
    else if ('set' in effect) {
      const flag = flagOf(effect.set);
      if (flag !== undefined) {
        const values = flagValues.get(flag) ?? new Set<number>();
        values.add(effect.to);
        flagValues.set(flag, values);
      }
    } else if ('change' in effect) {
      const flag = flagOf(effect.change);
      if (flag !== undefined) flagsChanged.add(flag);
    }
  }
  return { pushed, mediated, flagValues, flagsChanged };
}

/** Every flag some effect sets or changes. */
export function flagsWritten(facts: EffectFacts): Set<string> {
  return new Set([...facts.flagValues.keys(), ...facts.flagsChanged]);
}

export function scenarioDomains(s: ScenarioFile, facts: EffectFacts): (ref: Ref) => ExplainedDomain {
  const turns = s.calendar.length;
  const once = new Set(s.decisions.filter((d) => d.once === true).map((d) => d.id));
  const real = (values: IntervalSet): ExplainedDomain => ({ values, integer: false });
  const whole = (lo: number, hi: number): ExplainedDomain => ({ values: between(lo, hi), integer: true });
  return (ref) => {
    switch (ref.kind) {
      case 'attitude':
        return real(between(-100, 100));
      case 'capital':
        return real(between(0, s.kazakhstan.capital.max));
      case 'turn':
        return whole(1, turns);
      case 'stage':
        return facts.pushed.has(ref.track)
          ? whole(0, 5)
          : { ...whole(0, 0), why: `nothing mediates or advances track '${ref.track}', so it stays at stage 'none'` };
      case 'progress':
        return facts.pushed.has(ref.track)
          ? real(between(0, 100))
          : { ...real(between(0, 0)), why: `nothing mediates or advances track '${ref.track}', so its progress stays 0` };
      case 'credit':
        return facts.mediated.has(ref.track)
          ? real(between(0, 100))
          : { ...real(between(0, 0)), why: `no effect has Kazakhstan mediate track '${ref.track}', so its credit stays 0` };
      case 'flag': {
        if (facts.flagsChanged.has(ref.flag)) return real(between(-1000, 1000));
        const set = facts.flagValues.get(ref.flag);
        if (!set) return { ...real(points([0])), why: `no effect sets flag.${ref.flag}, so it is always 0` };
        const values = [0, ...set].sort((a, b) => a - b);
        return { ...real(points(values)), why: `flag.${ref.flag} only ever holds ${values.join(', ')}` };
      }
      case 'fired':
        return whole(0, 1);
      case 'taken':
        return once.has(ref.decision) ? { ...whole(0, 1), why: `decision '${ref.decision}' can be taken only once` } : whole(0, turns);
      default:
        return real(between(0, 100));
    }
  };
}

/** The natural range of a reference, whatever the scenario does: used to tell a contradiction from a narrowing. */
export function naturalDomain(s: ScenarioFile): (ref: Ref) => ExplainedDomain {
  const turns = s.calendar.length;
  return (ref) => {
    switch (ref.kind) {
      case 'attitude':
        return { values: between(-100, 100), integer: false };
      case 'capital':
        return { values: between(0, s.kazakhstan.capital.max), integer: false };
      case 'turn':
        return { values: between(1, turns), integer: true };
      case 'stage':
        return { values: between(0, 5), integer: true };
      case 'flag':
        return { values: between(-1000, 1000), integer: false };
      case 'fired':
        return { values: between(0, 1), integer: true };
      case 'taken':
        return { values: between(0, turns), integer: true };
      default:
        return { values: between(0, 100), integer: false };
    }
  };
}
