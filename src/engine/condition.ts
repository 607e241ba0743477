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
    // loops rather than every/some: conditions are tested on every move of every simulated game
    case 'and':
      for (const c of condition.args) if (!holds(rules, state, c)) return false;
      return true;
    case 'or':
      for (const c of condition.args) if (holds(rules, state, c)) return true;
      return false;
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
