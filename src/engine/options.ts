// The decisions on offer this turn, each with why it cannot be taken if it cannot, and the advisors' counsel.
import { holds } from './condition.ts';
import { waitsForEvent } from './condition-words.ts';
import { lookup } from './lookup.ts';
import { decisionRejection } from './rejections.ts';
import type { AdvisorDef, DecisionDef, GameState, Rejection, Rules, Text } from './types.ts';

export interface DecisionOption {
  readonly def: DecisionDef;
  readonly available: boolean;
  readonly why?: Rejection;
}

/**
 * The decisions a player is shown this turn, in the file's order, each with why it cannot be taken if it
 * cannot. A decision that waits for an event which has not happened is left out (see waitsForEvent): listing
 * it would tell the player the future.
 */
export function decisionOptions(rules: Rules, state: GameState): DecisionOption[] {
  const shown: DecisionOption[] = [];
  for (const def of rules.decisions) {
    if (waitsForEvent(rules, state, def.available)) continue;
    const why = decisionRejection(rules, state, def);
    shown.push(why ? { def, available: false, why } : { def, available: true });
  }
  return shown;
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
      if (!decision || !holds(rules, state, item.when)) continue;
      // advice stands while an event waits for an answer: the decision can be taken once it is answered
      const why = decisionRejection(rules, state, decision);
      if (why && why.code !== 'choice-pending') continue;
      advice.push({ advisor, decision, why: item.why });
    }
  }
  return advice;
}
