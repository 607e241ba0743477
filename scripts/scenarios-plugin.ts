// The browser game gets its scenarios checked and compiled at build time, by the same loader the command line
// uses: the page receives the engine's rules and the texts the screens show, as data. So the YAML parser, the
// schema library and the checker stay out of the bundle (about half of the application code), a broken scenario
// is reported to its author when the site is built, with file:line:col, and the page never parses a file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic, loadScenario, type ScenarioFile } from '../src/scenario/index.ts';

export const SCENARIOS_MODULE = 'virtual:multivector-scenarios';
const RESOLVED = `\0${SCENARIOS_MODULE}`;

/** What the screens show of a scenario beyond its rules (the menu, the briefing and the debrief). */
export type ScenarioTexts = Pick<ScenarioFile, 'period' | 'summary' | 'briefing' | 'objectives' | 'questions' | 'sources' | 'whatHappened'>;

/** A shipped scenario as the page receives it. */
export interface CompiledScenario {
  readonly file: string;
  readonly rules: NonNullable<ReturnType<typeof loadScenario>['rules']>;
  readonly texts: ScenarioTexts;
}

export interface ScenarioProblem {
  readonly file: string;
  readonly message: string;
}

export interface ShippedScenarios {
  readonly scenarios: CompiledScenario[];
  readonly problems: ScenarioProblem[];
}

function textsOf(source: ScenarioFile): ScenarioTexts {
  const { period, summary, briefing, objectives, questions, sources, whatHappened } = source;
  return { period, summary, briefing, objectives, questions, sources, whatHappened };
}

/** Every .yaml file in the folders, loaded; a file that does not load is a problem, not a crash. */
export function compileFolders(root: string, folders: readonly string[]): { shipped: ShippedScenarios; files: string[] } {
  const files = folders.flatMap((folder) => {
    const dir = join(root, folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      // a folder that is not there holds no scenarios
    }
    return names.filter((n) => n.endsWith('.yaml')).map((n) => join(dir, n));
  });
  const scenarios: CompiledScenario[] = [];
  const problems: ScenarioProblem[] = [];
  for (const path of files.sort()) {
    const file = relative(root, path);
    const { rules, source, diagnostics } = loadScenario(readFileSync(path, 'utf8'), file);
    if (rules && source) scenarios.push({ file, rules, texts: textsOf(source) });
    else {
      const first = diagnostics.find((d) => d.severity === 'error');
      problems.push({ file, message: first ? formatDiagnostic(first) : `${file}: does not load` });
    }
  }
  return { shipped: { scenarios, problems }, files };
}

/**
 * `import shipped from 'virtual:multivector-scenarios'` gives the scenarios in `scenarios/`; in the browser tests'
 * own build mode (`hostile-text`) also those the tests generate.
 */
export function shippedScenarios(): Plugin {
  let root = process.cwd();
  let folders = ['scenarios'];
  return {
    name: 'multivector-scenarios',
    configResolved(config) {
      root = config.root;
      if (config.mode === 'hostile-text') folders = ['scenarios', 'tests/browser/generated'];
    },
    resolveId(id) {
      return id === SCENARIOS_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const { shipped, files } = compileFolders(root, folders);
      for (const file of files) this.addWatchFile(file);
      for (const problem of shipped.problems) this.warn(`scenario not shipped: ${problem.message}`);
      // JSON.parse of a string literal is quicker for the browser to read than the same object as code
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(shipped))});`;
    },
  };
}
