// The values each reference can ever take in this scenario. Most are their natural range; some are narrower
// because of what the scenario's effects can do: a track nothing pushes never leaves stage "none", a flag
// nothing changes only takes the values it is set to (or 0), a decision taken once counts at most 1.
import type { Ref } from '../engine/types.ts';
import { between, points, type IntervalSet } from './intervals.ts';
import { parseReference, refId } from './reference.ts';
import type { Domain } from './satisfiable.ts';
import { isRecord } from './schema-walk.ts';
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

/**
 * What the file's effects can do, read from everything it holds (broken entries included, so a schema error
 * elsewhere never makes a flag look unset): any mapping with a set, change, mediate or advance key is an effect.
 */
export function effectFacts(raw: unknown): EffectFacts {
  const pushed = new Set<string>();
  const mediated = new Set<string>();
  const flagValues = new Map<string, Set<number>>();
  const flagsChanged = new Set<string>();
  const flagOf = (text: unknown) => {
    if (typeof text !== 'string') return undefined;
    const read = parseReference(text.trim());
    return read.ok && read.use.ref.kind === 'flag' ? read.use.ref.flag : undefined;
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isRecord(value)) return;
    if (typeof value.mediate === 'string') {
      pushed.add(value.mediate);
      mediated.add(value.mediate);
    }
    if (typeof value.advance === 'string') pushed.add(value.advance);
    const setFlag = flagOf(value.set);
    if (setFlag !== undefined) {
      const values = flagValues.get(setFlag) ?? new Set<number>();
      // a value that is not a number is a schema error of its own; here it may be anything
      if (typeof value.to === 'number' && Number.isFinite(value.to)) values.add(value.to);
      else flagsChanged.add(setFlag);
      flagValues.set(setFlag, values);
    }
    const changedFlag = flagOf(value.change);
    if (changedFlag !== undefined) flagsChanged.add(changedFlag);
    for (const key of Object.keys(value)) visit(value[key]);
  };
  visit(raw);
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
  // built once per reference and load: a condition of thousands of alternatives asks for the same flag each time
  const known = new Map<string, ExplainedDomain>();
  return (ref) => {
    const key = refId(ref);
    let domain = known.get(key);
    if (!domain) {
      domain = domainOf(ref);
      known.set(key, domain);
    }
    return domain;
  };

  function domainOf(ref: Ref): ExplainedDomain {
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
        const values = [...new Set([0, ...set])].sort((a, b) => a - b);
        return { ...real(points(values)), why: `flag.${ref.flag} only ever holds ${values.join(', ')}` };
      }
      case 'fired':
        return whole(0, 1);
      case 'taken':
        return once.has(ref.decision) ? { ...whole(0, 1), why: `decision '${ref.decision}' can be taken only once` } : whole(0, turns);
      default:
        return real(between(0, 100));
    }
  }
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
