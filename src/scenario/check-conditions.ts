// Every condition in the file is parsed, and every name in it resolved; the parsed ones go on to the checks
// that ask whether they can ever hold.
import type { Condition } from '../engine/types.ts';
import type { CheckContext } from './check-context.ts';
import { checkRefParts } from './check-references.ts';
import { parseCondition } from './expression.ts';
import type { RefUse } from './reference.ts';
import type { ConditionSite } from './scenario-sites.ts';

export interface ParsedSite extends ConditionSite {
  readonly condition: Condition;
  readonly refs: readonly RefUse[];
  /** every name in it resolves, so its meaning can be analysed */
  readonly resolved: boolean;
}

export function checkConditions(ctx: CheckContext, sites: readonly ConditionSite[]): ParsedSite[] {
  const parsed: ParsedSite[] = [];
  for (const site of sites) {
    const result = parseCondition(site.text);
    if (!result.ok) {
      const { problem } = result;
      ctx.problems.error(problem.code, ctx.map.locate(site.owner, site.key, { offset: problem.offset }), `${problem.message} (in the condition of ${site.label})`, problem.hint);
      continue;
    }
    let resolved = true;
    for (const use of result.refs) resolved = checkRefParts(ctx, use, site.owner, site.key) && resolved;
    parsed.push({ ...site, condition: result.condition, refs: result.refs, resolved });
  }
  return parsed;
}
