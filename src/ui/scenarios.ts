// The shipped scenarios, checked and compiled when the site was built (scripts/scenarios-plugin.ts): the page
// receives the engine's rules and the texts its screens show, and never parses a scenario file itself.
import shipped from 'virtual:multivector-scenarios';
import type { Rules } from '../engine/index.ts';
import type { ScenarioProblem, ScenarioTexts } from '../scenario/index.ts';

export type { ScenarioProblem } from '../scenario/index.ts';

export interface Scenario {
  readonly file: string;
  readonly rules: Rules;
  readonly source: ScenarioTexts;
}

export function loadBundled(): { scenarios: Scenario[]; problems: ScenarioProblem[] } {
  const scenarios: Scenario[] = shipped.scenarios.map((s) => ({ file: s.file.replace(/^.*\//, ''), rules: s.rules, source: s.texts }));
  // the tutorial first: it is where a new player starts
  scenarios.sort((a, b) => Number(b.rules.id === 'tutorial') - Number(a.rules.id === 'tutorial'));
  return { scenarios, problems: shipped.problems };
}
