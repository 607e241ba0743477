// The one way in: scenario text to the engine's rules, with every problem found on the way. Never throws for a
// bad file; `rules` is null when there is any error, and warnings never stop a scenario from loading.
import type { Rules } from '../engine/types.ts';
import { compileScenario } from './compile.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { parseYaml } from './parse-yaml.ts';
import type { ScenarioFile } from './schema.ts';
import { validateScenario } from './validate.ts';

export interface LoadResult {
  readonly rules: Rules | null;
  readonly diagnostics: Diagnostic[];
  /** the file as checked (defaults not filled in), for tools that show what the author wrote */
  readonly source: ScenarioFile | null;
}

/** `file` is only used to label diagnostics; the text is all that is read. */
export function loadScenario(text: string, file: string): LoadResult {
  const { data, sourceMap, problems } = parseYaml(text, file);
  if (data === null || sourceMap === null) return { rules: null, diagnostics: sortDiagnostics(problems.items), source: null };
  const source = validateScenario(data, sourceMap, problems);
  if (source === null || problems.hasErrors) return { rules: null, diagnostics: sortDiagnostics(problems.items), source: null };
  let rules: Rules;
  try {
    rules = compileScenario(source);
  } catch (error) {
    // a file the checker passed must compile; if not, the checker has a gap, and the author still gets a line
    const message = error instanceof Error ? error.message : String(error);
    problems.error('internal-error', sourceMap.top(), `the scenario passed its checks but could not be compiled: ${message}`, 'please report this with the file');
    return { rules: null, diagnostics: sortDiagnostics(problems.items), source: null };
  }
  return { rules, diagnostics: sortDiagnostics(problems.items), source };
}
