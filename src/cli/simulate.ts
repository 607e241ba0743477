// `multivector simulate FILE --runs N`: many headless games with one strategy, timed here (the engine has no
// clock), reported as a readable balance sheet or as one JSON object.
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { simulate, strategyName, type SimulationReport } from '../engine/index.ts';
import { checkStrategyActor, DEFAULT_SEED, parseDifficulty, parseRuns, parseSeed, parseStrategyOption } from './args.ts';
import { EXIT_FAILURE, EXIT_OK, type Io, type Output } from './io.ts';
import { diagnosticLine, loadScenarioFile, reportUnusable, unusableSummary } from './load.ts';
import { jsonText, shown } from './format.ts';
import { simulationReportLines } from './simulate-report.ts';

export interface SimulateOptions {
  readonly runs: string;
  readonly seed?: string;
  readonly strategy?: string;
  readonly difficulty?: string;
  readonly json?: boolean;
}

/** Runs above this get a progress bar, when stderr is a terminal. */
const PROGRESS_ABOVE = 200;

export async function simulateCommand(file: string, options: SimulateOptions, io: Io): Promise<number> {
  const runs = parseRuns(options.runs);
  const seed = parseSeed(options.seed) ?? DEFAULT_SEED;
  const strategy = parseStrategyOption(options.strategy);
  const difficulty = parseDifficulty(options.difficulty);

  const loaded = await loadScenarioFile(file);
  if (!loaded.ok) {
    const { diagnostics } = loaded;
    if (options.json) io.stdout.write(`${jsonText({ ok: false, code: 'scenario-invalid', message: unusableSummary(file, diagnostics), diagnostics })}\n`);
    else reportUnusable(file, diagnostics, io.stderr);
    return EXIT_FAILURE;
  }
  const { rules } = loaded;
  checkStrategyActor(strategy, rules);
  if (!options.json) for (const d of loaded.diagnostics) io.stderr.write(`${diagnosticLine(d)}\n`);

  const progress = progressBar(io.stderr, runs);
  const started = performance.now();
  let report: SimulationReport;
  try {
    report = simulate(rules, { runs, seed, strategy, difficulty, onProgress: progress.update });
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const gamesPerSecond = Math.round(runs / Math.max(seconds, 1e-6));

  if (options.json) {
    io.stdout.write(`${jsonText({ ...report, gamesPerSecond })}\n`);
  } else {
    const title = `Simulation of ${shown(file)}: ${runs.toLocaleString('en')} runs, strategy ${shown(strategyName(strategy))}, difficulty ${difficulty}, seed "${shown(seed)}"`;
    const lines = [title, '', ...simulationReportLines(rules, report), '', speedLine(runs, seconds, gamesPerSecond)];
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  return EXIT_OK;
}

function speedLine(runs: number, seconds: number, gamesPerSecond: number): string {
  return `Speed: ${runs.toLocaleString('en')} games in ${seconds.toFixed(2)} s, ${gamesPerSecond.toLocaleString('en')} games per second`;
}

interface Progress {
  readonly update: (done: number) => void;
  readonly stop: () => void;
}

/** A bar on stderr for long runs on a terminal; nothing otherwise (never on stdout, never in a pipe). */
function progressBar(stderr: Output, runs: number): Progress {
  if (stderr.isTTY !== true || runs <= PROGRESS_ABOVE) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: stderr as NodeJS.WritableStream,
      format: 'Simulating [{bar}] {percentage}% | {value}/{total} games | {eta_formatted} left',
      // The simulation blocks the event loop, so no signal handler could restore a hidden cursor on Ctrl+C.
      hideCursor: false,
      clearOnComplete: true,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(runs, 0);
  // The simulation is one synchronous loop, so the bar redraws from update(); updating every game is wasteful.
  const every = Math.max(1, Math.floor(runs / 500));
  return {
    update: (done) => {
      if (done % every === 0 || done === runs) bar.update(done);
    },
    stop: () => bar.stop(),
  };
}
