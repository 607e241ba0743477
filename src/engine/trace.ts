// One game, turn by turn, read back from its final state: what the player did, which events fired, how it
// ended. Built from the move log and the cause ledger, the game's own records, so nothing is counted twice.
import type { Difficulty, EndingState, GameState, Rules } from './types.ts';

export type TracedMove = { readonly type: 'decide'; readonly decision: string } | { readonly type: 'choose'; readonly event: string; readonly option: string };

export interface TurnTrace {
  /** 0-based, as in saves */
  readonly turn: number;
  readonly date: string;
  /** the events that fired at the turn's beginning (with effects first, in the order they moved numbers) */
  readonly events: string[];
  /** the player's decisions and answers, in order (the end of the turn is implied) */
  readonly moves: TracedMove[];
  /** What the other powers did this turn. Empty until powers act on their own; their moves will be listed here. */
  readonly actorMoves: never[];
}

export interface GameTrace {
  readonly seed: string;
  readonly difficulty: Difficulty;
  readonly strategy: string;
  readonly turns: TurnTrace[];
  readonly ending: EndingState | null;
}

/**
 * An event is seen on a turn when its effects moved a number then, when the player answered it then, or when
 * the game's record says it last fired then. An event without effects or choices that fired again later is
 * seen only on its last turn: the game keeps no other record of it.
 */
export function gameTrace(rules: Rules, state: GameState, strategy: string): GameTrace {
  const turns: { turn: number; date: string; events: Set<string>; moves: TracedMove[]; actorMoves: never[] }[] = [];
  const last = Math.min(state.turn, rules.calendar.length - 1);
  for (let turn = 0; turn <= last; turn++) turns.push({ turn, date: rules.calendar[turn]?.date ?? '', events: new Set(), moves: [], actorMoves: [] });
  for (const cause of state.ledger) if (cause.source.kind === 'event') turns[cause.turn]?.events.add(cause.source.id);
  for (const { turn, move } of state.moves) {
    const slot = turns[turn];
    if (!slot) continue;
    if (move.type === 'decide') slot.moves.push({ type: 'decide', decision: move.decision });
    else if (move.type === 'choose') {
      slot.events.add(move.event);
      slot.moves.push({ type: 'choose', event: move.event, option: move.option });
    }
  }
  for (const [id, turn] of Object.entries(state.fired)) turns[turn]?.events.add(id);
  return {
    seed: state.seed,
    difficulty: state.difficulty,
    strategy,
    turns: turns.map((t) => ({ ...t, events: [...t.events] })),
    ending: state.ending,
  };
}
