// Scenarios compiled for a page that does not parse them: the engine's rules and the texts its screens show, as
// plain data. The site's build makes them (scripts/scenarios-plugin.ts); the browser game reads them.
import type { Rules } from '../engine/types.ts';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { loadScenario, type LoadResult } from './load.ts';
import type { ScenarioFile } from './schema.ts';

/** What the menu, the briefing and the debrief show of a scenario beyond its rules. */
export type ScenarioTexts = Pick<ScenarioFile, 'period' | 'summary' | 'briefing' | 'objectives' | 'questions' | 'sources' | 'whatHappened'>;

export interface CompiledScenario {
  readonly file: string;
  readonly rules: Rules;
  readonly texts: ScenarioTexts;
}

/** A file that did not load: its first error for a short note, and every error as `file:line:col: …`. */
export interface ScenarioProblem {
  readonly file: string;
  readonly message: string;
  readonly errors: readonly string[];
}

export interface ShippedScenarios {
  readonly scenarios: CompiledScenario[];
  readonly problems: ScenarioProblem[];
}

function textsOf(source: ScenarioFile): ScenarioTexts {
  const { period, summary, briefing, objectives, questions, sources, whatHappened } = source;
  return { period, summary, briefing, objectives, questions, sources, whatHappened };
}

/** Each file loaded by the one loader; one that does not load is a problem, not a crash, and the rest still ship. */
export function compileShipped(files: readonly { file: string; text: string }[]): ShippedScenarios {
  const scenarios: CompiledScenario[] = [];
  const problems: ScenarioProblem[] = [];
  for (const { file, text } of files) {
    const { rules, source, diagnostics } = loadGuarded(text, file);
    if (rules && source) {
      scenarios.push({ file, rules, texts: textsOf(source) });
      continue;
    }
    const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    problems.push({ file, message: errors[0] ?? `${file}: does not load`, errors: errors.length > 0 ? errors : [`${file}: does not load`] });
  }
  return { scenarios, problems };
}

// The loader never throws for a bad file; should a checker bug make it throw, that one file is left out with the
// error as its problem, and the site is still built with the others.
function loadGuarded(text: string, file: string): LoadResult {
  try {
    return loadScenario(text, file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const diagnostic: Diagnostic = { severity: 'error', code: 'internal-error', message: `the scenario checker failed: ${message}`, file, line: 1, column: 1, path: '', hint: 'please report this with the file' };
    return { rules: null, source: null, diagnostics: [diagnostic] };
  }
}
