// `multivector replay SAVE.json`: play a saved game again from its moves and check that it ends where the
// file says (the fingerprint): how a teacher verifies a student's result file.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint, replay, type Rules } from '../engine/index.ts';
import { formatDiagnostic } from '../scenario/index.ts';
import { EXIT_FAILURE, EXIT_OK, type Io } from './io.ts';
import { loadScenarioFile } from './load.ts';
import { readTextFile } from './read-file.ts';
import { shown } from './format.ts';

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
  try {
    const save = await readSave(saveFile);
    const scenarioFile = options.scenario ?? findScenario(save, io.cwd);
    const rules = await loadRules(scenarioFile);
    const result = replay(rules, save);
    if (!result.ok) {
      // say which scenario file was used: a save of a local copy may meet the shipped file of the same id
      const which = result.code === 'scenario-changed' && !options.scenario
        ? ` (compared with ${scenarioFile}; if the game was played from another file, name it with --scenario FILE)`
        : '';
      throw new ReplayProblem(result.code, `${saveFile}: ${result.message}${which}`);
    }
    const { state } = result;
    const hash = fingerprint(state);
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ ok: true, scenario: rules.id, ending: state.ending, fingerprint: hash, turn: state.turn })}\n`);
      return EXIT_OK;
    }
    const lines = [`Replayed ${saveFile}: ${shown(rules.title)} (${rules.id}), ${state.moves.length} moves, seed "${state.seed}", difficulty ${state.difficulty}`];
    const ending = state.ending;
    if (ending) {
      const def = rules.endings.find((e) => e.id === ending.id);
      lines.push(
        `Ending: ${def ? shown(def.title) : ending.id} (${ending.kind}) on turn ${ending.turn + 1}`,
        `Score: ${ending.score}, grade ${ending.grade}`,
      );
    } else {
      lines.push(`Unfinished: the game stopped on turn ${state.turn + 1} of ${rules.calendar.length}`);
    }
    lines.push(`Fingerprint: ${hash}`, 'The recorded fingerprint matches the replayed game.');
    io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof ReplayProblem)) throw error;
    if (options.json) io.stdout.write(`${JSON.stringify({ ok: false, code: error.code, message: error.message })}\n`);
    else io.stderr.write(`${error.message}\n`);
    return EXIT_FAILURE;
  }
}

async function readSave(file: string): Promise<unknown> {
  const read = await readTextFile(file, 'save file');
  if (!read.ok) throw new ReplayProblem(read.code, `${file} ${read.message}`);
  try {
    return JSON.parse(read.text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReplayProblem('not-json', `${file} is not a save file: it is not JSON (${detail})`);
  }
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
  throw new ReplayProblem('scenario-invalid', `The scenario cannot be used: ${first ? formatDiagnostic(first) : file}${more}`);
}
