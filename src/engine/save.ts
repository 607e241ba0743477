// A save is the scenario's identity, the seed, the difficulty and the player's moves, with the fingerprint of
// the state they lead to. Replaying the moves must reproduce that fingerprint exactly; that is how a teacher
// verifies a student's result file.
import { boundsProblem, type Limits } from './bounded.ts';
import { canonicalJson, fingerprint, rulesFingerprint } from './fingerprint.ts';
import { newGame } from './new-game.ts';
import { step } from './step.ts';
import { DIFFICULTIES, type Difficulty, type EndingState, type GameState, type Move, type Rules } from './types.ts';

export const SAVE_FORMAT = 'multivector-save';
/**
 * Version 2: every roll of chance is drawn from the world's key, the turn and its purpose (one world per seed);
 * a version-1 game's moves would meet other events under these rules, so it is refused, never replayed wrongly.
 */
export const SAVE_VERSION = 2;

/**
 * What a save may hold. A real save nests three levels (the file, its list of moves, a move) and holds a few
 * values per move; these limits are far above any game and far below what could freeze a page or overflow a
 * stack while it is checked.
 */
export interface SaveLimits extends Limits {
  /** how long a save's text may be, before it is parsed */
  readonly characters: number;
}

export const SAVE_LIMITS: SaveLimits = {
  characters: 2_000_000,
  depth: 8,
  values: 200_000,
  textLength: 1_000,
};

export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
  readonly scenario: string;
  readonly scenarioFingerprint: string;
  readonly seed: string;
  readonly difficulty: Difficulty;
  readonly moves: readonly Move[];
  readonly turn: number;
  readonly ending: EndingState | null;
  readonly fingerprint: string;
}

export function makeSave(rules: Rules, state: GameState): SaveFile {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenario: rules.id,
    scenarioFingerprint: rulesFingerprint(rules),
    seed: state.seed,
    difficulty: state.difficulty,
    // each move with the turn it was made on, so that a replay also checks the order of turns
    moves: state.moves.map(({ turn, move }) => ({ ...move, turn })),
    turn: state.turn,
    ending: state.ending,
    fingerprint: fingerprint(state),
  };
}

export type ReplayFailure =
  | 'not-json'
  | 'too-large'
  | 'not-a-save'
  | 'save-version'
  | 'other-scenario'
  | 'scenario-changed'
  | 'illegal-move'
  | 'fingerprint-mismatch';

export type ReplayResult =
  | { readonly ok: true; readonly state: GameState }
  | { readonly ok: false; readonly code: ReplayFailure; readonly message: string };

const fail = (code: ReplayFailure, message: string): ReplayResult => ({ ok: false, code, message });

/** Play the moves of a game again from the start. */
export function replayMoves(rules: Rules, seed: string, difficulty: Difficulty, moves: readonly Move[]): ReplayResult {
  let state = newGame(rules, { seed, difficulty }).state;
  for (const [i, move] of moves.entries()) {
    const result = step(rules, state, move);
    if (!result.ok) return fail('illegal-move', `Move ${i + 1} (${describeMove(move)}) is refused: ${result.rejected.message}`);
    state = result.state;
  }
  return { ok: true, state };
}

export type SaveRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly code: 'not-json' | 'too-large'; readonly message: string };

/** A save's text (a file, browser storage) as a JSON value within SAVE_LIMITS, or why it is not one. */
export function parseSaveText(text: string): SaveRead {
  if (text.length > SAVE_LIMITS.characters) {
    return { ok: false, code: 'too-large', message: `The save is ${text.length} characters long; a save is at most ${SAVE_LIMITS.characters}.` };
  }
  let value: unknown;
  try {
    // JSON.parse itself never recurses on the stack (V8 parses iteratively), so it is safe before the bounds
    value = JSON.parse(text);
  } catch (error) {
    // the parser's own words say where (V8: "... in JSON at position 12 (line 1 column 13)"), which helps whoever edited it
    const where = error instanceof Error ? ` (${error.message.split('\n')[0]})` : '';
    return { ok: false, code: 'not-json', message: `The save is not readable: it is not valid JSON${where}.` };
  }
  const problem = boundsProblem(value, SAVE_LIMITS, 'the save');
  return problem ? { ok: false, code: 'too-large', message: problem } : { ok: true, value };
}

/** Check a save file (any JSON value) against the scenario and replay it. Never throws for a JSON value. */
export function replay(rules: Rules, save: unknown): ReplayResult {
  const tooLarge = boundsProblem(save, SAVE_LIMITS, 'the save');
  if (tooLarge) return fail('too-large', tooLarge);
  const problem = shapeProblem(save);
  if (problem) return fail('not-a-save', problem);
  const file = save as SaveFile;
  const version = versionProblem(file.version);
  if (version) return fail('save-version', version);
  if (file.scenario !== rules.id) {
    return fail('other-scenario', `This save is of the scenario "${file.scenario}", not "${rules.id}".`);
  }
  if (file.scenarioFingerprint !== rulesFingerprint(rules)) {
    return fail('scenario-changed', `The scenario "${rules.id}" has changed since this game was saved, so it cannot be replayed exactly.`);
  }
  const result = replayMoves(rules, file.seed, file.difficulty, file.moves);
  if (!result.ok) return result;
  if (fingerprint(result.state) !== file.fingerprint) {
    return fail('fingerprint-mismatch', 'The recorded fingerprint does not match the replayed game: the file was edited or is corrupt.');
  }
  // The fingerprint covers the replayed state; the turn and ending the file shows a reader must be that state's.
  if (file.turn !== result.state.turn || canonicalJson(file.ending ?? null) !== canonicalJson(result.state.ending)) {
    return fail('fingerprint-mismatch', 'The turn or ending recorded in the save is not the replayed game\'s: the file was edited.');
  }
  return result;
}

export function describeMove(move: Move): string {
  switch (move.type) {
    case 'decide':
      return `decide ${move.decision}`;
    case 'choose':
      return `answer ${move.event} with ${move.option}`;
    case 'end-turn':
      return 'end turn';
  }
}

function versionProblem(version: unknown): string | null {
  if (version === SAVE_VERSION) return null;
  if (version === undefined) return `This save has no "version"; this game reads saves of version ${SAVE_VERSION}.`;
  if (typeof version !== 'number') {
    return `This save's "version" is ${kindOf(version)}, not a number; this game reads saves of version ${SAVE_VERSION}.`;
  }
  if (version > SAVE_VERSION) {
    return `This save is version ${version}, made by a newer version of the game; this game reads saves of version ${SAVE_VERSION}.`;
  }
  return `This save is version ${version}, made by an older version of the game whose world drew its chances differently, ` +
    `so its moves cannot be replayed exactly; this game reads saves of version ${SAVE_VERSION}. Start a new game with the same seed.`;
}

/** A value from a save, named briefly enough for a message whatever its size: the text "1", a list, true. */
function kindOf(value: unknown): string {
  if (typeof value === 'string') return value.length <= 20 ? JSON.stringify(value) : `a text of ${value.length} characters`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

function shapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'A save file is a JSON object.';
  const v = value as Record<string, unknown>;
  if (v['format'] !== SAVE_FORMAT) return `This is not a Multivector save (its "format" is not "${SAVE_FORMAT}").`;
  for (const key of ['scenario', 'scenarioFingerprint', 'seed', 'fingerprint'] as const) {
    if (typeof v[key] !== 'string') return `The save's "${key}" is missing or not a string.`;
  }
  if (!DIFFICULTIES.includes(v['difficulty'] as Difficulty)) return `The save's "difficulty" is not one of ${DIFFICULTIES.join(', ')}.`;
  if (!Array.isArray(v['moves'])) return 'The save\'s "moves" is missing or not a list.';
  if (!Number.isSafeInteger(v['turn']) || (v['turn'] as number) < 0) return 'The save\'s "turn" is missing or not a whole number.';
  const ending = v['ending'];
  if (ending !== null && ending !== undefined && (typeof ending !== 'object' || Array.isArray(ending))) {
    return 'The save\'s "ending" is neither empty (null) nor an ending.';
  }
  for (const [i, move] of (v['moves'] as unknown[]).entries()) {
    if (!isMove(move)) return `Move ${i + 1} of the save is not a move.`;
  }
  return null;
}

function isMove(value: unknown): value is Move {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const turn = m['turn'];
  if (turn !== undefined && !(Number.isSafeInteger(turn) && (turn as number) >= 0)) return false;
  switch (m['type']) {
    case 'decide':
      return typeof m['decision'] === 'string';
    case 'choose':
      return typeof m['event'] === 'string' && typeof m['option'] === 'string';
    case 'end-turn':
      return true;
    default:
      return false;
  }
}
