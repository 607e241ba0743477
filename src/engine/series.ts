// The numbers of a game over time, for the debrief's charts: Kazakhstan's indicators and each actor's attitude
// and trust at the opening and at the end of every turn played. Read from the cause ledger, which records every
// change with the value it left; replaying the moves would only reach the same numbers again. The historical
// line is played out with the engine's historical strategy in the same world (seed and difficulty).
import { refKey } from './refs.ts';
import { playOut } from './simulate.ts';
import { INDICATORS, type Difficulty, type EndingState, type GameState, type IndicatorId, type Rules } from './types.ts';

export interface GameSeries {
  /** how many turns were played to their end; every column has this many points after the opening */
  readonly turns: number;
  /** point 0 is the opening, point i the end of turn i (the calendar's entry i - 1) */
  readonly indicators: Readonly<Record<IndicatorId, readonly number[]>>;
  /** actor id -> attitude toward Kazakhstan, point by point */
  readonly attitude: Readonly<Record<string, readonly number[]>>;
  /** actor id -> trust in Kazakhstan as an honest broker, point by point */
  readonly trust: Readonly<Record<string, readonly number[]>>;
  readonly ending: EndingState | null;
}

/** The series of a game, finished or still running (a running game's current turn is not yet a point). */
export function seriesOf(rules: Rules, state: GameState): GameSeries {
  const turns = state.status === 'ended' ? state.turn + 1 : state.turn;
  // every number by the engine's own key for what it measures (refKey: 'economy', 'attitude.russia', ...)
  const now = new Map<string, number>();
  for (const id of INDICATORS) now.set(refKey({ kind: 'indicator', indicator: id }), rules.indicators[id]);
  for (const actor of rules.actors) {
    now.set(refKey({ kind: 'attitude', actor: actor.id }), actor.attitude);
    now.set(refKey({ kind: 'trust', actor: actor.id }), actor.trust);
  }
  const columns = new Map<string, number[]>([...now].map(([key, value]) => [key, [value]]));
  const closeTurn = () => {
    for (const [key, value] of now) columns.get(key)?.push(value);
  };

  let closed = 0;
  for (const cause of state.ledger) {
    // the ledger is in turn order; a change on the turn still being played belongs to no point yet
    if (cause.turn >= turns) break;
    while (closed < cause.turn) {
      closeTurn();
      closed += 1;
    }
    const key = refKey(cause.target);
    if (now.has(key)) now.set(key, cause.value);
  }
  for (; closed < turns; closed++) closeTurn();

  const column = (key: string): number[] => columns.get(key) ?? [];
  const perActor = (kind: 'attitude' | 'trust') => Object.fromEntries(rules.actors.map((a) => [a.id, column(refKey({ kind, actor: a.id }))]));
  return {
    turns,
    indicators: Object.fromEntries(INDICATORS.map((id) => [id, column(refKey({ kind: 'indicator', indicator: id }))])) as Record<IndicatorId, number[]>,
    attitude: perActor('attitude'),
    trust: perActor('trust'),
    ending: state.ending,
  };
}

/** The series of the historical line: what Kazakhstan actually did, played in the same world as the player's game. */
export function historicalSeries(rules: Rules, seed: string, difficulty: Difficulty): GameSeries {
  return seriesOf(rules, playOut(rules, seed, { kind: 'historical' }, difficulty));
}
