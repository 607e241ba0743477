// Prints whether a scenario meets the balance targets (src/engine/balance/targets.ts), target by target:
//   node scripts/targets.js scenarios/jet-crisis-2015.yaml [--runs 2000] [--difficulty-runs 500] [--search-runs 100] [--dead-turn-runs 100]
// Fewer runs give a quick, rougher reading while tuning; the balance tests use the defaults.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measureTargets } from '../dist/engine/index.js';
import { loadScenario } from '../dist/scenario/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '2000' },
    'difficulty-runs': { type: 'string', default: '500' },
    'search-runs': { type: 'string', default: '100' },
    'dead-turn-runs': { type: 'string', default: '100' },
    seed: { type: 'string', default: 'balance' },
  },
});
let failed = 0;
for (const file of positionals) {
  const { rules, diagnostics } = loadScenario(readFileSync(file, 'utf8'), file);
  if (!rules) {
    console.error(`${file}: ${diagnostics[0]?.message}`);
    process.exit(1);
  }
  const started = Date.now();
  const { targets } = measureTargets(rules, {
    runs: Number(values.runs),
    difficultyRuns: Number(values['difficulty-runs']),
    searchRuns: Number(values['search-runs']),
    deadTurnRuns: Number(values['dead-turn-runs']),
    seed: values.seed,
    onProgress: (what) => process.stderr.write(`\r${file}: ${what.padEnd(60)}`),
  });
  process.stderr.write('\n');
  console.log(`${file} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  for (const t of targets) {
    console.log(`  ${t.pass ? 'pass' : 'FAIL'}  ${t.name}: ${t.measured}`);
    if (!t.pass) failed += 1;
  }
}
process.exit(failed > 0 ? 1 : 0);
