// `multivector replay SAVE.json`: play a saved game again from its moves and check that it ends where the
// file says (the fingerprint): how a teacher verifies a student's result file.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint, parseSaveText, replay, rulesFingerprint, SAVE_LIMITS, textOf, type GameState, type Rules } from '../engine/index.ts';
import { EXIT_FAILURE, EXIT_OK, type Io } from './io.ts';
import { diagnosticLine, loadScenarioFile } from './load.ts';
import { readTextFile } from './read-file.ts';
import { jsonText, plural, shown, wrap } from './format.ts';
import { VERIFICATION_DOES_NOT_PROVE, VERIFICATION_PROVES } from './verification.ts';

export interface ReplayOptions {
  readonly scenario?: string;
  readonly json?: boolean;
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
  let verified: Verified;
  try {
    verified = await verify(saveFile, options, io.cwd);
  } catch (error) {
    const problem = error instanceof ReplayProblem ? error : unexpected(saveFile, error);
    if (options.json) io.stdout.write(`${jsonText({ ok: false, verified: false, file: saveFile, code: problem.code, message: problem.message })}\n`);
    else io.stderr.write(`${shown(problem.message)}\n`);
    return EXIT_FAILURE;
  }
  io.stdout.write(`${options.json ? jsonText(verifiedJson(saveFile, verified)) : verifiedText(saveFile, verified).join('\n')}\n`);
  return EXIT_OK;
}

interface Verified {
  readonly rules: Rules;
  readonly state: GameState;
}

async function verify(saveFile: string, options: ReplayOptions, cwd: string): Promise<Verified> {
  const save = await readSave(saveFile);
  const scenarioFile = options.scenario ?? findScenario(save, cwd);
  const rules = await loadRules(scenarioFile);
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
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return new ReplayProblem('internal-error', `${saveFile}: the replay failed unexpectedly (${detail})`);
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
const TEXT_WIDTH = 100;

function verifiedText(saveFile: string, { rules, state }: Verified): string[] {
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
    '',
    ...wrap(`Verified: ${VERIFICATION_PROVES}.`, TEXT_WIDTH),
    ...wrap(`Not proven: ${VERIFICATION_DOES_NOT_PROVE}.`, TEXT_WIDTH),
  );
  return lines;
}

async function readSave(file: string): Promise<unknown> {
  // a save file within SAVE_LIMITS' characters, so one limit is told whatever the file's size
  const read = await readTextFile(file, 'save file', SAVE_LIMITS.characters);
  if (!read.ok) throw new ReplayProblem(read.code, `${file} ${read.message}`);
  const parsed = parseSaveText(read.text);
  if (!parsed.ok) throw new ReplayProblem(parsed.code, `${file}: ${parsed.message}`);
  return parsed.value;
}

/** The scenario a save names: in the package's scenarios, then in the current directory's. */
function findScenario(save: unknown, cwd: string): string {
  const id = typeof save === 'object' && save !== null ? (save as Record<string, unknown>)['scenario'] : undefined;
  if (typeof id !== 'string' || !SCENARIO_ID.test(id)) {
    throw new ReplayProblem('not-a-save', 'This is not a Multivector save: it names no valid scenario id.');
  }
  const places = [join(PACKAGE_SCENARIOS, `${id}.yaml`), join(resolve(cwd), 'scenarios', `${id}.yaml`)];
  const found = places.find((p) => existsSync(p));
  if (found) return found;
  throw new ReplayProblem(
    'scenario-not-found',
    `The save is of the scenario "${id}", which is not in ${places.join(' or ')}; name its file with --scenario FILE.`,
  );
}

async function loadRules(file: string): Promise<Rules> {
  const loaded = await loadScenarioFile(file);
  if (loaded.ok) return loaded.rules;
  const first = loaded.diagnostics.find((d) => d.severity === 'error');
  const count = loaded.diagnostics.filter((d) => d.severity === 'error').length;
  const more = count > 1 ? ` (and ${count - 1} more; see multivector validate ${file})` : '';
  throw new ReplayProblem('scenario-invalid', `The scenario cannot be used: ${first ? diagnosticLine(first) : file}${more}`);
}
