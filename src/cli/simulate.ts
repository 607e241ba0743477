// `multivector simulate FILE --runs N`: many headless games with one strategy, timed here (the engine has no
// clock), reported as a readable balance sheet or as one JSON object; with --trace, every game is also written
// to a file as one JSON line (see docs/strategies.md).
import { closeSync, openSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { gameTrace, simulate, strategyName, type SimulationReport } from '../engine/index.ts';
import { checkStrategyNames, DEFAULT_SEED, parseDifficulty, parseRuns, parseSeed, parseStrategyOption } from './args.ts';
import { errorLine, EXIT_FAILURE, EXIT_OK, type Io, type Output } from './io.ts';
import { diagnosticLine, loadScenarioFile, reportUnusable, unusableSummary } from './load.ts';
import { terminalJson, shown } from './format.ts';
import { simulationReportLines } from './simulate-report.ts';

export interface SimulateOptions {
  readonly runs: string;
  readonly seed?: string;
  readonly strategy?: string;
  readonly difficulty?: string;
  readonly json?: boolean;
  readonly trace?: string;
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
    if (options.json) io.stdout.write(`${terminalJson({ ok: false, code: 'scenario-invalid', message: unusableSummary(file, diagnostics), diagnostics })}\n`);
    else reportUnusable(file, diagnostics, io.stderr);
    return EXIT_FAILURE;
  }
  const { rules } = loaded;
  checkStrategyNames(strategy, rules);
  if (!options.json) for (const d of loaded.diagnostics) io.stderr.write(`${diagnosticLine(d)}\n`);

  let trace: number | null = null;
  if (options.trace !== undefined) {
    try {
      trace = openSync(options.trace, 'w');
    } catch (error) {
      const message = `cannot write the trace to ${options.trace}: ${errorLine(error)}`;
      if (options.json) io.stdout.write(`${terminalJson({ ok: false, code: 'trace-unwritable', message })}\n`);
      else io.stderr.write(`multivector: ${shown(message)}\n`);
      return EXIT_FAILURE;
    }
  }
  const name = strategyName(strategy);
  // Each game is written as it ends, so a trace of a million games never waits in memory.
  const onGame = trace === null ? undefined : (final: Parameters<typeof gameTrace>[1]) => writeSync(trace, `${JSON.stringify(gameTrace(rules, final, name))}\n`);

  const progress = progressBar(io.stderr, runs);
  const started = performance.now();
  let report: SimulationReport;
  try {
    report = simulate(rules, { runs, seed, strategy, difficulty, onProgress: progress.update, ...(onGame ? { onGame } : {}) });
  } finally {
    progress.stop();
    if (trace !== null) closeSync(trace);
  }
  const seconds = (performance.now() - started) / 1000;
  const gamesPerSecond = Math.round(runs / Math.max(seconds, 1e-6));

  if (options.json) {
    io.stdout.write(`${terminalJson({ ...report, gamesPerSecond })}\n`);
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
