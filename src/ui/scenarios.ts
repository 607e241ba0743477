// The shipped scenarios, bundled as text at build time and checked by the same loader as the CLI uses.
import { z } from 'zod';
import type { Rules } from '../engine/index.ts';
import { loadScenario, type ScenarioFile } from '../scenario/index.ts';

// The page forbids eval (Content-Security-Policy); zod must not even try it.
z.config({ jitless: true });

const shipped = import.meta.glob('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
// only in the browser tests' own build: a scenario with markup in every text, which must show as text
const files: Record<string, string> =
  import.meta.env.MODE === 'hostile-text'
    ? { ...shipped, ...(import.meta.glob('../../tests/browser/generated/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>) }
    : shipped;

export interface Scenario {
  readonly file: string;
  readonly rules: Rules;
  readonly source: ScenarioFile;
}

export interface ScenarioProblem {
  readonly file: string;
  readonly message: string;
}

export function loadBundled(): { scenarios: Scenario[]; problems: ScenarioProblem[] } {
  const scenarios: Scenario[] = [];
  const problems: ScenarioProblem[] = [];
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.replace(/^.*\//, '');
    const { rules, source, diagnostics } = loadScenario(text, `scenarios/${file}`);
    if (rules && source) scenarios.push({ file, rules, source });
    else problems.push({ file, message: diagnostics.find((d) => d.severity === 'error')?.message ?? 'does not load' });
  }
  // the tutorial first: it is where a new player starts
  scenarios.sort((a, b) => Number(b.rules.id === 'tutorial') - Number(a.rules.id === 'tutorial'));
  return { scenarios, problems };
}
