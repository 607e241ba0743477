// `multivector replay SAVE.json`: play a saved game again from its moves and check that it ends where the
// file says (the fingerprint): how a teacher verifies a student's result file.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint, parseSaveText, replay, rulesFingerprint, SAVE_LIMITS, textOf, type Difficulty, type GameState, type Rules } from '../engine/index.ts';
import { formatDiagnostic } from '../scenario/index.ts';
import { parseDifficulty, parseSeed } from './args.ts';
import { errorLine, EXIT_FAILURE, EXIT_OK, type Io } from './io.ts';
import { loadScenarioFile, unusableSummary } from './load.ts';
import { readTextFile, type SizeLimit } from './read-file.ts';
import { plural, shown, terminalJson, TEXT_WIDTH, wrap } from './format.ts';
import { VERIFICATION_DOES_NOT_PROVE, VERIFICATION_PROVES } from './verification.ts';

export interface ReplayOptions {
  readonly scenario?: string;
  /** the seed and the difficulty the teacher gave: a save with others is refused */
  readonly seed?: string;
  readonly difficulty?: string;
  readonly json?: boolean;
}

/** What the save must have been played with, when the teacher says. */
interface Expected {
  readonly seed: string | undefined;
  readonly difficulty: Difficulty | undefined;
}

/** The package's own scenarios, found from this module's file so the command works from any directory. */
export const PACKAGE_SCENARIOS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scenarios');

const SCENARIO_ID = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;

class ReplayProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function replayCommand(saveFile: string, options: ReplayOptions, io: Io): Promise<number> {
  const expected: Expected = {
    seed: parseSeed(options.seed),
    difficulty: options.difficulty === undefined ? undefined : parseDifficulty(options.difficulty),
  };
  let verified: Verified;
  try {
    verified = await verify(saveFile, options, io.cwd);
    checkExpected(saveFile, verified.state, expected);
  } catch (error) {
    const problem = error instanceof ReplayProblem ? error : unexpected(saveFile, error);
    if (options.json) io.stdout.write(`${terminalJson({ ok: false, verified: false, file: saveFile, code: problem.code, message: problem.message })}\n`);
    else io.stderr.write(`${shown(problem.message)}\n`);
    return EXIT_FAILURE;
  }
  io.stdout.write(`${options.json ? terminalJson(verifiedJson(saveFile, verified)) : verifiedText(saveFile, verified, expected).join('\n')}\n`);
  return EXIT_OK;
}

interface Verified {
  readonly rules: Rules;
  readonly state: GameState;
}

async function verify(saveFile: string, options: ReplayOptions, cwd: string): Promise<Verified> {
  const save = await readSave(saveFile);
  const scenarioFile = options.scenario ?? findScenario(saveFile, save, cwd);
  const rules = await loadRules(saveFile, scenarioFile);
  const result = replay(rules, save);
  if (result.ok) return { rules, state: result.state };
  // say which scenario file was used: a save of a local copy may meet the shipped file of the same id
  const which = result.code === 'scenario-changed' && !options.scenario
    ? ` (compared with ${scenarioFile}; if the game was played from another file, name it with --scenario FILE)`
    : '';
  throw new ReplayProblem(result.code, `${saveFile}: ${result.message}${which}`);
}

/** The engine never throws on a save, whatever it holds; should anything else fail, it is still one line. */
function unexpected(saveFile: string, error: unknown): ReplayProblem {
  return new ReplayProblem('internal-error', `${saveFile}: the replay failed unexpectedly (${errorLine(error)})`);
}

/** A legal game from another seed or at another difficulty than the teacher gave is not the game that was set. */
function checkExpected(saveFile: string, state: GameState, expected: Expected): void {
  const differences = [
    expected.seed !== undefined && state.seed !== expected.seed
      ? { code: 'other-seed', said: `from the seed "${state.seed}", not "${expected.seed}" (--seed)` }
      : null,
    expected.difficulty !== undefined && state.difficulty !== expected.difficulty
      ? { code: 'other-difficulty', said: `at the difficulty ${state.difficulty}, not ${expected.difficulty} (--difficulty)` }
      : null,
  ].filter((d) => d !== null);
  const first = differences[0];
  if (!first) return;
  throw new ReplayProblem(first.code, `${saveFile}: a legal game, but played ${differences.map((d) => d.said).join(', and ')}.`);
}

/** One line of JSON a teacher can collect from many files: what was verified, and what that proves. */
function verifiedJson(saveFile: string, { rules, state }: Verified) {
  return {
    ok: true,
    verified: true,
    file: saveFile,
    scenario: rules.id,
    scenarioVersion: rulesFingerprint(rules),
    seed: state.seed,
    difficulty: state.difficulty,
    moves: state.moves.length,
    turn: state.turn,
    ending: state.ending,
    grade: state.ending?.grade ?? null,
    fingerprint: fingerprint(state),
    proves: VERIFICATION_PROVES,
    doesNotProve: VERIFICATION_DOES_NOT_PROVE,
  };
}

/** Shortened as in git: the full fingerprint is in --json. */
const SHORT_VERSION = 12;

function verifiedText(saveFile: string, { rules, state }: Verified, expected: Expected): string[] {
  const lines = [
    shown(`Replayed ${saveFile}: ${textOf(rules.title)} (${rules.id}), scenario version ${rulesFingerprint(rules).slice(0, SHORT_VERSION)}`),
    shown(`Seed "${state.seed}", difficulty ${state.difficulty}, ${plural(state.moves.length, 'move')}`),
  ];
  const ending = state.ending;
  if (ending) {
    const def = rules.endings.find((e) => e.id === ending.id);
    lines.push(
      shown(`Ending: ${def ? textOf(def.title) : ending.id} (${ending.kind}) on turn ${ending.turn + 1}`),
      shown(`Score: ${ending.score}, grade ${ending.grade}`),
    );
  } else {
    lines.push(`Unfinished: the game stopped on turn ${state.turn + 1} of ${rules.calendar.length}`);
  }
  lines.push(
    `Fingerprint: ${fingerprint(state)}`,
    'The recorded fingerprint matches the replayed game.',
    ...expectedLines(expected),
    '',
    ...wrap(`Verified: ${VERIFICATION_PROVES}.`, TEXT_WIDTH),
    ...wrap(`Not proven: ${VERIFICATION_DOES_NOT_PROVE}.`, TEXT_WIDTH),
  );
  return lines;
}

/** Said only when checked: a teacher reads that the check was made. */
function expectedLines({ seed, difficulty }: Expected): string[] {
  if (seed !== undefined && difficulty !== undefined) return ['The seed and the difficulty are the ones given.'];
  if (seed !== undefined) return ['The seed is the one given.'];
  return difficulty !== undefined ? ['The difficulty is the one given.'] : [];
}

/**
 * A save's limit is in characters (UTF-16 code units, as the engine counts them). UTF-8 takes at most three
 * bytes for one, so a file over four bytes a character holds more than the limit, and one within it is read
 * whole for the engine to measure; either way the limit is told in characters.
 */
const SAVE_FILE_LIMIT: SizeLimit = {
  bytes: 4 * SAVE_LIMITS.characters,
  said: `${SAVE_LIMITS.characters.toLocaleString('en')} characters`,
};

async function readSave(file: string): Promise<unknown> {
  const read = await readTextFile(file, 'save file', SAVE_FILE_LIMIT);
  if (!read.ok) throw new ReplayProblem(read.code, `${file} ${read.message}`);
  const parsed = parseSaveText(read.text);
  if (!parsed.ok) throw new ReplayProblem(parsed.code, `${file}: ${parsed.message}`);
  return parsed.value;
}

/** The scenario a save names: in the package's scenarios, then in the current directory's. */
function findScenario(saveFile: string, save: unknown, cwd: string): string {
  const id = typeof save === 'object' && save !== null ? (save as Record<string, unknown>)['scenario'] : undefined;
  if (typeof id !== 'string' || !SCENARIO_ID.test(id)) {
    throw new ReplayProblem('not-a-save', `${saveFile}: This is not a Multivector save: it names no valid scenario id.`);
  }
  const places = [join(PACKAGE_SCENARIOS, `${id}.yaml`), join(resolve(cwd), 'scenarios', `${id}.yaml`)];
  const found = places.find((p) => existsSync(p));
  if (found) return found;
  throw new ReplayProblem(
    'scenario-not-found',
    `${saveFile}: The save is of the scenario "${id}", which is not in ${places.join(' or ')}; name its file with --scenario FILE.`,
  );
}

/** A scenario that cannot be used is told in one line: its first error, then how many there are. */
async function loadRules(saveFile: string, scenarioFile: string): Promise<Rules> {
  const loaded = await loadScenarioFile(scenarioFile);
  if (loaded.ok) return loaded.rules;
  const first = loaded.diagnostics.find((d) => d.severity === 'error');
  const summary = unusableSummary(scenarioFile, loaded.diagnostics);
  throw new ReplayProblem('scenario-invalid', `${saveFile}: ${first ? `${formatDiagnostic(first)}; ` : ''}${summary}`);
}
