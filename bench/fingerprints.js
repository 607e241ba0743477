// Fingerprints of many games, to check that an optimisation changes no game's result: run before and after a
// change and compare the output (`node bench/fingerprints.js > before.txt`, then diff). Imports dist/ like run.js.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fingerprint, parseStrategy, playOut, simulate } from '../dist/engine/index.js';
import { hashOf } from '../dist/engine/fingerprint.js';
import { loadScenario } from '../dist/scenario/index.js';

const games = Number(process.argv[2] ?? 300);
const dir = fileURLToPath(new URL('../scenarios/', import.meta.url));
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const { rules, diagnostics } = loadScenario(readFileSync(dir + file, 'utf8'), `scenarios/${file}`);
  if (!rules) throw new Error(`${file} does not load: ${diagnostics[0]?.message}`);
  for (const name of ['random', 'balanced', 'historical', 'aligned:russia']) {
    const strategy = parseStrategy(name);
    const prints = [];
    for (let i = 0; i < games; i++) prints.push(fingerprint(playOut(rules, `fp/${i}`, strategy, ['calm', 'tense', 'volatile'][i % 3])));
    const report = simulate(rules, { runs: Math.ceil(games / 3), seed: 'fp-report', strategy });
    console.log(`${file} ${name.padEnd(14)} games ${hashOf(prints).slice(0, 16)} report ${hashOf(report).slice(0, 16)}`);
  }
}
