// What falls due at the end of a turn: the delayed effects queued for it and the upkeep of the commitments whose
// window holds it, in words, for a front end's "coming up" list.
import { dueOn, upkeepOf } from './commitments.ts';
import { textOf } from './text.ts';
import type { Effect, GameState, Rules } from './types.ts';

export interface DueItem {
  readonly kind: 'delayed' | 'upkeep';
  /** "Accept the Chinese credit line" (delayed) or "Accept the Chinese credit line: debt service" (upkeep) */
  readonly reason: string;
  readonly effects: readonly Effect[];
}

/** What falls due at the end of `turn` (default: the current turn, when the player ends it). */
export function dueNext(rules: Rules, state: GameState, turn = state.turn): DueItem[] {
  const items: DueItem[] = [];
  for (const s of state.scheduled) {
    if (s.turn === turn) items.push({ kind: 'delayed', reason: s.origin.reason, effects: [s.effect] });
  }
  for (const c of state.commitments) {
    const found = dueOn(c, turn) ? upkeepOf(rules, c.source) : null;
    if (found) items.push({ kind: 'upkeep', reason: `${found.title}: ${textOf(found.upkeep.reason)}`, effects: found.upkeep.effects });
  }
  return items;
}
