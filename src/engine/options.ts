// The decisions on offer this turn, each with why it cannot be taken if it cannot, and the advisors' counsel.
import { holds } from './condition.ts';
import { lookup } from './lookup.ts';
import { decisionRejection } from './rejections.ts';
import type { AdvisorDef, DecisionDef, GameState, Rejection, Rules, Text } from './types.ts';

export interface DecisionOption {
  readonly def: DecisionDef;
  readonly available: boolean;
  readonly why?: Rejection;
}

export function decisionOptions(rules: Rules, state: GameState): DecisionOption[] {
  return rules.decisions.map((def) => {
    const why = decisionRejection(rules, state, def);
    return why ? { def, available: false, why } : { def, available: true };
  });
}

export interface Advice {
  readonly advisor: AdvisorDef;
  readonly decision: DecisionDef;
  readonly why: Text;
}

/** Each advisor's recommendations that apply now and can be followed. */
export function advise(rules: Rules, state: GameState): Advice[] {
  const index = lookup(rules);
  const advice: Advice[] = [];
  for (const advisor of rules.advisors) {
    for (const item of advisor.advice) {
      const decision = index.decision.get(item.decision);
      if (!decision || !holds(rules, state, item.when) || decisionRejection(rules, state, decision)) continue;
      advice.push({ advisor, decision, why: item.why });
    }
  }
  return advice;
}
