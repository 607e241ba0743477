// One game in the browser: the engine's state, the moves sent to it, and the save kept in browser storage after
// every move. Never computes a rule: every change comes from the engine's `step`.
import { makeSave, newGame, replay, step, type Difficulty, type GameState, type Happening, type Move, type SaveFile } from '../engine/index.ts';
import type { Scenario } from './scenarios.ts';

export const SAVE_KEY = 'multivector:save';

export interface Session {
  readonly scenario: Scenario;
  state: GameState;
  /** what the last move did, for the turn summary */
  happened: readonly Happening[];
  lastMove: Move | null;
}

export function startSession(scenario: Scenario, seed: string, difficulty: Difficulty): Session {
  const { state, happened } = newGame(scenario.rules, { seed, difficulty });
  const session: Session = { scenario, state, happened, lastMove: null };
  store(session);
  return session;
}

/** Send a move to the engine; a refusal leaves the game as it was and says why. */
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

/** Keep the game in browser storage; false when the browser refuses (storage full, or off in private mode). */
function store(session: Session): boolean {
  try {
    localStorage.setItem(SAVE_KEY, JSON.stringify(saveOf(session)));
    return true;
  } catch {
    // the game goes on, unsaved
    return false;
  }
}

export function clearSave(): void {
  try {
    localStorage.removeItem(SAVE_KEY);
  } catch {
    // nothing to clear
  }
}

export type Restored =
  | { kind: 'none' }
  | { kind: 'ok'; session: Session; save: SaveFile }
  | { kind: 'broken'; message: string };

/** The saved game, replayed move by move through the engine and checked against its recorded fingerprint. */
export function restore(scenarios: readonly Scenario[]): Restored {
  let text: string | null;
  try {
    text = localStorage.getItem(SAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  return text === null ? { kind: 'none' } : restoreFrom(text, scenarios);
}

/** A save's text (from storage or from a file someone opened), replayed and checked the same way. */
export function restoreFrom(text: string, scenarios: readonly Scenario[]): Exclude<Restored, { kind: 'none' }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'broken', message: 'The save is not readable (it is not valid JSON).' };
  }
  const id = typeof data === 'object' && data !== null ? (data as { scenario?: unknown }).scenario : undefined;
  const scenario = scenarios.find((s) => s.rules.id === id);
  if (!scenario) return { kind: 'broken', message: `The save is for a scenario this page does not have (${typeof id === 'string' ? id : 'none named'}).` };
  const result = replay(scenario.rules, data);
  if (!result.ok) return { kind: 'broken', message: `The save does not replay: ${result.message}` };
  return { kind: 'ok', session: { scenario, state: result.state, happened: [], lastMove: null }, save: data as SaveFile };
}

/** Keep an opened save as the game in progress (only once it has been checked); false if the browser refused. */
export function adopt(session: Session): boolean {
  return store(session);
}
