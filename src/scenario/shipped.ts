// Scenarios compiled for a page that does not parse them: the engine's rules and the texts its screens show, as
// plain data. The site's build makes them (scripts/scenarios-plugin.ts); the browser game reads them.
import type { Rules } from '../engine/types.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { loadScenario } from './load.ts';
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
    const { rules, source, diagnostics } = loadScenario(text, file);
    if (rules && source) {
      scenarios.push({ file, rules, texts: textsOf(source) });
      continue;
    }
    const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    problems.push({ file, message: errors[0] ?? `${file}: does not load`, errors: errors.length > 0 ? errors : [`${file}: does not load`] });
  }
  return { scenarios, problems };
}
