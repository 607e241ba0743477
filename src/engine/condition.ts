// Evaluating a parsed condition against the state. Conditions are data from the scenario file, never code.
import { readRef } from './refs.ts';
import type { Condition, GameState, Operand, Rules } from './types.ts';

function operandValue(rules: Rules, state: GameState, operand: Operand): number {
  return 'value' in operand ? operand.value : readRef(rules, state, operand.ref);
}

export function holds(rules: Rules, state: GameState, condition: Condition): boolean {
  switch (condition.op) {
    case 'true':
      return true;
    case 'and':
      return condition.args.every((c) => holds(rules, state, c));
    case 'or':
      return condition.args.some((c) => holds(rules, state, c));
    case 'not':
      return !holds(rules, state, condition.arg);
    case 'cmp': {
      const left = operandValue(rules, state, condition.left);
      const right = operandValue(rules, state, condition.right);
      switch (condition.cmp) {
        case '<':
          return left < right;
        case '<=':
          return left <= right;
        case '>':
          return left > right;
        case '>=':
          return left >= right;
        case '==':
          return left === right;
        case '!=':
          return left !== right;
      }
    }
  }
}
