// The shipped scenario files: each loads cleanly (no errors, no warnings), points editors at the schema, and
// the schema file beside them is the one the checker's own definitions generate (never stale).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadScenario, scenarioJsonSchema } from '../src/scenario/index.ts';
import { scenariosDir, shippedScenarioFiles } from './shipped.ts';

describe('the shipped scenarios', () => {
  test('scenarios/schema.json is what `multivector schema` generates (run `npm run schema` after changing the format)', () => {
    const committed = JSON.parse(readFileSync(join(scenariosDir, 'schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });

  test.each(shippedScenarioFiles())('%s validates with no errors and no warnings', (file) => {
    const { rules, diagnostics } = loadScenario(readFileSync(join(scenariosDir, file), 'utf8'), `scenarios/${file}`);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`)).toEqual([]);
    expect(rules).not.toBeNull();
  });

  test.each(shippedScenarioFiles())('%s points an editor at the schema on its first line', (file) => {
    const first = readFileSync(join(scenariosDir, file), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=./schema.json');
  });
});
