// Driving the engine in tests: apply moves and fail loudly on a refusal the test did not expect.
import { expect } from 'vitest';
import { newGame, step, type GameState, type Happening, type Move, type Rules } from '../../src/engine/index.ts';

export function start(rules: Rules, seed = 'test'): GameState {
  return newGame(rules, { seed }).state;
}

export function apply(rules: Rules, state: GameState, ...moves: Move[]): { state: GameState; happened: Happening[] } {
  const happened: Happening[] = [];
  for (const move of moves) {
    const result = step(rules, state, move);
    if (!result.ok) expect.fail(`move ${JSON.stringify(move)} refused: ${result.rejected.message}`);
    state = result.state;
    happened.push(...result.happened);
  }
  return { state, happened };
}

export const decide = (decision: string): Move => ({ type: 'decide', decision });
export const choose = (event: string, option: string): Move => ({ type: 'choose', event, option });
export const endTurn: Move = { type: 'end-turn' };
