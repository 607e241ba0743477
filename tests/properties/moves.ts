// What the property tests use from the engine, in one place.
export { boundsProblem, decisionOptions, fingerprint, makeSave, newGame, parseSaveText, parseStrategy, playOut, replay, replayMoves, step, INDICATORS, SAVE_LIMITS } from '../../src/engine/index.ts';
export type { GameState, Move, Rules } from '../../src/engine/index.ts';
import type { EventDef, Rules } from '../../src/engine/index.ts';

export function lookupEvent(rules: Rules, id: string): EventDef | undefined {
  return rules.events.find((e) => e.id === id);
}
