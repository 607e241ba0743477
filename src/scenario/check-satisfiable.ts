// Conditions that can never hold make a decision unusable, an event silent, an ending unreachable. They are
// found by interval analysis over what each reference can be in this scenario (see domains.ts), and explained:
// a contradiction in the condition itself, or a number nothing in the scenario ever moves.
import type { Ref } from '../engine/types.ts';
import type { CheckContext } from './check-context.ts';
import type { ParsedSite } from './check-conditions.ts';
import { flagsWritten, naturalDomain, scenarioDomains, type EffectFacts } from './domains.ts';
import { refId } from './reference.ts';
import { alwaysHolds, canHold } from './satisfiable.ts';

export function checkSatisfiable(ctx: CheckContext, sites: readonly ParsedSite[], facts: EffectFacts): void {
  const s = ctx.scenario;
  const domainOf = scenarioDomains(s, facts);
  const natural = naturalDomain(s);
  const written = flagsWritten(facts);
  for (const site of sites) {
    if (!site.resolved) continue;
    if (!canHold(site.condition, domainOf)) {
      const at = ctx.map.locate(site.owner, site.key);
      const hint = canHold(site.condition, natural) ? narrowings(site, domainOf) : ranges(site, natural);
      switch (site.role) {
        case 'decision':
          ctx.problems.error('unusable-decision', at, `${site.label} can never be taken: its 'available' condition never holds`, hint);
          break;
        case 'event':
          ctx.problems.error('condition-never-holds', at, `${site.label} can never fire: its 'when' condition never holds`, hint);
          break;
        case 'ending':
          ctx.problems.error('unreachable-ending', at, `${site.label} can never be reached: its 'when' condition never holds`, hint);
          break;
        case 'advice':
          ctx.problems.warning('condition-never-holds', at, `the advice of ${site.label} is never given: its 'when' condition never holds`, hint);
          break;
      }
      continue;
    }
    if (site.role === 'ending' && !('atEnd' in site.owner && site.owner.atEnd === true) && alwaysHolds(site.condition, domainOf)) {
      ctx.problems.warning('condition-always-holds', ctx.map.locate(site.owner, site.key), `${site.label} holds whatever happens, so every game ends with it after the first turn`, 'make its condition depend on how the game goes, or mark it atEnd: true');
    }
    for (const use of site.refs) {
      if (use.ref.kind !== 'flag' || written.has(use.ref.flag)) continue;
      const flagPart = use.parts[0];
      ctx.problems.warning('unset-flag', ctx.map.locate(site.owner, site.key, { offset: flagPart?.offset ?? use.offset }), `no effect sets flag.${use.ref.flag}, so it is always 0 here`, 'set it in some effect (set: flag.NAME, to: 1), or check its spelling');
    }
  }
}

/** Why the scenario keeps these references narrower than their natural ranges ("nothing mediates track x"). */
function narrowings(site: ParsedSite, domainOf: (ref: Ref) => { why?: string }): string | undefined {
  const reasons = new Set<string>();
  for (const use of site.refs) {
    const why = domainOf(use.ref).why;
    if (why) reasons.add(why);
  }
  return reasons.size > 0 ? [...reasons].join('; ') : undefined;
}

/** For a condition that contradicts itself: the ranges its references live in. */
function ranges(site: ParsedSite, natural: ReturnType<typeof naturalDomain>): string {
  const seen = new Map<string, string>();
  for (const use of site.refs) {
    const key = refId(use.ref);
    if (seen.has(key)) continue;
    const interval = natural(use.ref).values[0];
    seen.set(key, interval ? `${use.text} is always from ${interval.lo} to ${interval.hi}` : use.text);
  }
  const parts = [...seen.values()].slice(0, 3);
  return `its parts contradict each other or leave the possible range; ${parts.join(', ')}`;
}
