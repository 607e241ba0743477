// Benchmarks: figures, not pass/fail. Run with `npm run bench` (which builds the command first).
//  - simulation: full games per second on one core (the tutorial with each strategy, the jet crisis played
//    balanced), each also divided by a plain-JavaScript baseline measured between them;
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

function scenario(name) {
  const path = fileURLToPath(new URL(`../scenarios/${name}.yaml`, import.meta.url));
  const text = readFileSync(path, 'utf8');
  const { rules, diagnostics } = loadScenario(text, `scenarios/${name}.yaml`);
  if (!rules) {
    console.error(`scenarios/${name}.yaml does not load:`, diagnostics.map((d) => d.message).join('; '));
    process.exit(1);
  }
  return { text, rules };
}
const tutorial = scenario('tutorial');
const tutorialText = tutorial.text;
const jetCrisis = scenario('jet-crisis-2015');

function gamesPerSecond(rules, strategy, runs, seed) {
  const started = performance.now();
  simulate(rules, { runs, seed, strategy: parseStrategy(strategy) });
  return runs / ((performance.now() - started) / 1000);
}

// The baseline: a fixed amount of plain JavaScript of the simulation's character (small objects made and
// dropped, keyed records read and written, a seeded generator, arithmetic), measured between the simulations
// in the same process. The machine is a shared VM whose speed varies from run to run and day to day; a
// simulation's figure divided by the baseline's (games per baseline unit) moves far less than either.
function baselineUnit(seed) {
  let x = seed | 0 || 1;
  const keys = ['economy', 'security', 'stability', 'sovereignty', 'prestige'];
  let state = { turn: 0, values: { economy: 50, security: 50, stability: 50, sovereignty: 50, prestige: 50 }, log: [] };
  for (let i = 0; i < 20_000; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const key = keys[(x >>> 0) % keys.length];
    const by = ((x >>> 8) % 200) / 10 - 10;
    const value = Math.min(100, Math.max(0, Math.round((state.values[key] + by) * 10) / 10));
    state.values[key] = value;
    state.log.push({ turn: state.turn, key, by, value });
    if (state.log.length > 50) state = { turn: state.turn + 1, values: { ...state.values }, log: [] };
  }
  return state.values.economy + x;
}

function baselinePerSecond() {
  const units = 80;
  let sink = 0;
  const started = performance.now();
  for (let i = 0; i < units; i++) sink += baselineUnit(i + 1);
  const seconds = (performance.now() - started) / 1000;
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return units / seconds;
}

const workloads = [
  { name: 'tutorial, random', rules: tutorial.rules, strategy: 'random', runs: 3000, aim: 'aim: 10,000 or more' },
  { name: 'tutorial, balanced', rules: tutorial.rules, strategy: 'balanced', runs: 1500 },
  { name: 'tutorial, historical', rules: tutorial.rules, strategy: 'historical', runs: 3000 },
  { name: 'jet crisis, balanced', rules: jetCrisis.rules, strategy: 'balanced', runs: 400, aim: 'aim: 1,000 or more' },
];
const rounds = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function span(values, digits = 0) {
  const text = (v) => v.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${text(Math.min(...values))} to ${text(Math.max(...values))}`;
}

console.log(`Multivector benchmarks (Node ${process.version}, one core)`);
// Warm up first: the figure is the steady rate of a long simulation, after the JIT has done its work.
for (const w of workloads) gamesPerSecond(w.rules, w.strategy, Math.ceil(w.runs / 3), 'warm-up');
baselinePerSecond();
// Rounds, each measuring every workload between two baseline measurements, so that a slow spell of the machine
// shows in the baseline beside the figure it slowed.
const figures = workloads.map(() => []);
const ratios = workloads.map(() => []);
const baselines = [];
for (let round = 0; round < rounds; round++) {
  let before = baselinePerSecond();
  baselines.push(before);
  workloads.forEach((w, i) => {
    const figure = gamesPerSecond(w.rules, w.strategy, w.runs, `bench/${round}`);
    const after = baselinePerSecond();
    baselines.push(after);
    figures[i].push(figure);
    ratios[i].push(figure / ((before + after) / 2));
    before = after;
  });
}
console.log(`baseline    plain JavaScript (bench/run.js baselineUnit): ${span(baselines)} units/s over ${rounds} rounds`);
workloads.forEach((w, i) => {
  const aim = w.aim ? ` (${w.aim})` : '';
  console.log(
    `simulation  ${w.name.padEnd(21)} ${span(figures[i])} games/s, ${span(ratios[i], 2)} games per baseline unit${aim}`,
  );
});

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
