// One game in the browser: the engine's state, the moves sent to it, and the save kept in browser storage after
// every move. Never computes a rule: every change comes from the engine's `step`.
import { makeSave, newGame, parseSaveText, replay, step, type Difficulty, type GameState, type Happening, type Move, type SaveFile } from '../engine/index.ts';
import type { Scenario } from './scenarios.ts';
import { readSave, writeSave } from './storage.ts';

export interface Session {
  readonly scenario: Scenario;
  state: GameState;
  /** what the last move did, for the turn summary */
  happened: readonly Happening[];
  lastMove: Move | null;
  /** whether the browser kept the game as it is now; when not, the moves are only on this page */
  saved: boolean;
}

export function startSession(scenario: Scenario, seed: string, difficulty: Difficulty): Session {
  const { state, happened } = newGame(scenario.rules, { seed, difficulty });
  const session: Session = { scenario, state, happened, lastMove: null, saved: false };
  store(session);
  return session;
}

/** Send a move to the engine; a refusal leaves the game as it was and says why. Saving is tried after every move. */
export function play(session: Session, move: Move): { ok: true } | { ok: false; message: string } {
  const result = step(session.scenario.rules, session.state, move);
  if (!result.ok) return { ok: false, message: result.rejected.message };
  session.state = result.state;
  session.happened = result.happened;
  session.lastMove = move;
  store(session);
  return { ok: true };
}

export function saveOf(session: Session): SaveFile {
  return makeSave(session.scenario.rules, session.state);
}

/** The name "Export save" gives the file: the scenario and the seed, the world a class shares. */
export function saveFileName(session: Session): string {
  return `${session.scenario.rules.id}-${session.state.seed}.json`;
}

/** A game that could take another's place: its world, and the moves made in it (none yet for a new game). */
export interface Successor {
  readonly scenario: string;
  /** null: a seed not chosen yet, so never the same world */
  readonly seed: string | null;
  readonly difficulty: Difficulty;
  readonly moves: readonly Move[];
}

/** Whether `next` loses nothing of `current`: the same world, with every move made in it, and perhaps more after them. */
export function carriesOn(current: Session, next: Successor): boolean {
  const made = saveOf(current).moves;
  const same = (a: Move, b: Move | undefined) => JSON.stringify(a) === JSON.stringify(b);
  return (
    next.scenario === current.scenario.rules.id &&
    next.seed === current.state.seed &&
    next.difficulty === current.state.difficulty &&
    made.every((move, i) => same(move, next.moves[i]))
  );
}

/** Keep the game in browser storage, or note that the browser refused (storage full, or off in private mode). */
function store(session: Session): void {
  session.saved = writeSave(JSON.stringify(saveOf(session)));
}

export type Restored =
  | { kind: 'none' }
  | { kind: 'ok'; session: Session; save: SaveFile }
  | { kind: 'broken'; message: string; text: string };

/** The saved game, replayed move by move through the engine and checked against its recorded fingerprint. */
export function restore(scenarios: readonly Scenario[]): Restored {
  const text = readSave();
  return text === null ? { kind: 'none' } : restoreFrom(text, scenarios);
}

/**
 * A save's text (from storage or from a file someone opened), replayed and checked the same way. Never throws:
 * whatever the text holds, the page goes on and says what was wrong with it.
 */
export function restoreFrom(text: string, scenarios: readonly Scenario[]): Exclude<Restored, { kind: 'none' }> {
  const broken = (message: string) => ({ kind: 'broken', message, text }) as const;
  try {
    const read = parseSaveText(text);
    if (!read.ok) return broken(read.message);
    const data = read.value;
    // only to find its scenario: replay checks the rest of its shape
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return broken('The save is not a saved game: a save file is a JSON object with named fields.');
    const id = (data as { scenario?: unknown }).scenario;
    if (typeof id !== 'string') return broken('The save does not name its scenario.');
    const scenario = scenarios.find((s) => s.rules.id === id);
    if (!scenario) return broken(`The save is of the scenario "${id}", which this page does not have.`);
    const result = replay(scenario.rules, data);
    if (!result.ok) return broken(`The save does not replay: ${result.message}`);
    return { kind: 'ok', session: { scenario, state: result.state, happened: [], lastMove: null, saved: true }, save: data as SaveFile };
  } catch (error) {
    return broken(`The save could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/** Keep an opened save as the game in progress (only once it has been checked); `saved` says if the browser did. */
export function adopt(session: Session): void {
  store(session);
}
