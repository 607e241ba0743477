// The scenarios shipped in scenarios/, loaded once for the tests that run over all of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rules } from '../src/engine/index.ts';
import { loadScenario } from '../src/scenario/index.ts';

export const scenariosDir = join(import.meta.dirname, '..', 'scenarios');

export function shippedScenarioFiles(): string[] {
  return readdirSync(scenariosDir).filter((f) => /\.ya?ml$/.test(f)).sort();
}

export function loadShipped(file: string): Rules {
  const { rules, diagnostics } = loadScenario(readFileSync(join(scenariosDir, file), 'utf8'), `scenarios/${file}`);
  if (!rules) throw new Error(`${file} does not load: ${diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
  return rules;
}
