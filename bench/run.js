// Benchmarks: figures, not pass/fail. Run with `npm run bench` (which builds the command first).
//  - simulation: full games per second on the tutorial with the random strategy, on one core;
//  - validation: how long checking a generated 1 MB scenario takes, and files built to be slow to check.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseStrategy, simulate } from '../dist/engine/index.js';
import { loadScenario } from '../dist/scenario/index.js';
import { billionLaughs, longCondition, manyAliases } from './hostile-scenarios.js';
import { megabyteScenario } from './megabyte-scenario.js';

const tutorialPath = fileURLToPath(new URL('../scenarios/tutorial.yaml', import.meta.url));
const tutorialText = readFileSync(tutorialPath, 'utf8');
const { rules, diagnostics } = loadScenario(tutorialText, 'scenarios/tutorial.yaml');
if (!rules) {
  console.error('The tutorial does not load:', diagnostics.map((d) => d.message).join('; '));
  process.exit(1);
}

function gamesPerSecond(strategy, runs) {
  // Warm up first: the figure is the steady rate of a long simulation, after the JIT has done its work.
  simulate(rules, { runs: Math.ceil(runs / 3), seed: 'warm-up', strategy: parseStrategy(strategy) });
  const started = performance.now();
  simulate(rules, { runs, seed: 'bench', strategy: parseStrategy(strategy) });
  const seconds = (performance.now() - started) / 1000;
  return runs / seconds;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

console.log(`Multivector benchmarks (Node ${process.version}, one core)`);
for (const strategy of ['random', 'balanced', 'historical']) {
  const figure = median([0, 1, 2, 3, 4].map(() => gamesPerSecond(strategy, 3000)));
  const aim = strategy === 'random' ? ' (aim: 5,000 or more)' : '';
  console.log(`simulation  tutorial, ${strategy.padEnd(10)} ${Math.round(figure).toLocaleString('en')} games/s${aim}`);
}

const big = megabyteScenario(tutorialText, 1024 * 1024);
const times = [0, 1, 2, 3, 4].map(() => {
  const started = performance.now();
  const result = loadScenario(big, 'generated.yaml');
  const ms = performance.now() - started;
  if (!result.rules) throw new Error(`the generated scenario does not validate: ${result.diagnostics[0]?.message}`);
  return ms;
});
const size = `${(big.length / 1024 / 1024).toFixed(2)} MB generated scenario`;
console.log(`validation  ${size}, in process: first ${Math.round(times[0])} ms, then median ${Math.round(median(times.slice(1)))} ms (aim: under 1,000 ms)`);

// What an author waits for: the whole command, from starting Node to the last line.
const dir = mkdtempSync(join(tmpdir(), 'multivector-bench-'));
const file = join(dir, 'generated.yaml');
writeFileSync(file, big);
const bin = fileURLToPath(new URL('../bin/multivector.js', import.meta.url));
const started = performance.now();
const run = spawnSync(process.execPath, [bin, 'validate', file], { encoding: 'utf8' });
const wall = performance.now() - started;
rmSync(dir, { recursive: true, force: true });
if (run.status !== 0) throw new Error(`multivector validate failed on the generated scenario: ${run.stdout}${run.stderr}`);
console.log(`validation  ${size}, \`multivector validate\` wall clock: ${Math.round(wall)} ms (Node's start-up included)`);
// Files built to make a checker slow (bench/hostile-scenarios.js), each beside the tutorial measured in the same
// run: the checker is linear in a file's size, so each should take about as long as the tutorial's size suggests.
function loadTimes(textOf, runs, check) {
  return Array.from({ length: runs }, (_, run) => {
    const text = textOf(run);
    const started = performance.now();
    const result = loadScenario(text, 'hostile.yaml');
    const ms = performance.now() - started;
    check(result);
    return ms;
  });
}

function range(times) {
  return `${Math.round(Math.min(...times))} to ${Math.round(Math.max(...times))} ms`;
}

const kilobytes = (text) => `${Math.round(text.length / 1024)} KB`;
const loads = (result) => {
  if (!result.rules) throw new Error(`a file that should validate does not: ${result.diagnostics[0]?.message}`);
};
const runs = 7;
const baseline = range(loadTimes(() => tutorialText, runs, loads));
console.log(`validation  the tutorial (${kilobytes(tutorialText)}), in process: ${baseline} over ${runs} runs (the baseline for the three below)`);
const aliases = manyAliases(tutorialText, 10_000);
console.log(`validation  the tutorial with 10,000 aliases (${kilobytes(aliases)}): ${range(loadTimes(() => aliases, runs, loads))} (aim: under 1,000 ms)`);
// one term more each run: the checker remembers conditions it has read, and each run should read its own
const condition = (run) => longCondition(tutorialText, 40_000 + run);
console.log(`validation  the tutorial with a condition of 40,000 terms (${kilobytes(condition(0))}): ${range(loadTimes(condition, runs, loads))} (aim: under 1,000 ms)`);
const bomb = billionLaughs(tutorialText);
const refusedTimes = loadTimes(() => bomb, runs, (result) => {
  if (result.diagnostics[0]?.code !== 'alias-limit') throw new Error(`the billion laughs was not refused: ${result.diagnostics[0]?.message}`);
});
console.log(`validation  the tutorial with a billion laughs (10^9 values by alias), refused: ${range(refusedTimes)} (aim: under 1,000 ms)`);

await (await import('./browser.js')).browserBench(); // the browser figures (bench/browser.js), after the Node ones
