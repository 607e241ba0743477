// The `multivector` command: commander wiring and exit codes. 0 success, 1 a failure the user can fix (shown in
// one line, or as diagnostics), 2 bad usage. Whatever goes wrong, the user gets a line, never a stack trace.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { DEFAULT_SEED } from './args.ts';
import { jsonText, shown, wrap } from './format.ts';
import { EXIT_FAILURE, EXIT_USAGE, processIo, UsageError, type Io } from './io.ts';
import type { PlayOptions } from './play.ts';
import type { ReplayOptions } from './replay.ts';
import type { SimulateOptions } from './simulate.ts';
import type { ValidateOptions } from './validate.ts';
import { VERIFICATION_DOES_NOT_PROVE, VERIFICATION_PROVES } from './verification.ts';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

// Each subcommand is loaded when it runs: the scenario checker (zod, yaml) takes longer to load than --help
// takes to print.
function program(io: Io, setExit: (code: number) => void): Command {
  const root = new Command('multivector')
    .description("Kazakhstan's multi-vector foreign policy, as a turn-based game: check, balance and play scenarios")
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s.split('\n').map((line) => shown(line)).join('\n')) })
    .showHelpAfterError('(add --help for usage)');

  root
    .command('validate')
    .description('check scenario files; one line per problem (file:line:col), then a summary')
    .argument('<files...>', 'scenario files (YAML)')
    .option('--json', 'print the diagnostics as a JSON array')
    .action(async (files: string[], opts: ValidateOptions) => {
      const { validateCommand } = await import('./validate.ts');
      setExit(await validateCommand(files, opts, io));
    });

  root
    .command('simulate')
    .description('play many headless games with a strategy and report endings, balance and speed')
    .argument('<file>', 'scenario file')
    .requiredOption('--runs <n>', 'how many games (1 to 1,000,000)')
    .option('--seed <seed>', 'the seed of the simulation (run i uses SEED/i)', DEFAULT_SEED)
    .option('--strategy <strategy>', 'random, historical, balanced or aligned:ACTOR', 'random')
    .option('--difficulty <difficulty>', 'calm, tense or volatile', 'tense')
    .option('--json', 'print one JSON object: the report and gamesPerSecond')
    .action(async (file: string, opts: SimulateOptions) => {
      const { simulateCommand } = await import('./simulate.ts');
      setExit(await simulateCommand(file, opts, io));
    });

  root
    .command('play')
    .description('play a scenario in the terminal, turn by turn')
    .argument('<file>', 'scenario file')
    .option('--seed <seed>', 'the seed of the world (default: a fresh one, printed at the start)')
    .option('--difficulty <difficulty>', 'calm, tense or volatile', 'tense')
    .action(async (file: string, opts: PlayOptions) => {
      const { playCommand } = await import('./play.ts');
      setExit(await playCommand(file, opts, io));
    });

  root
    .command('replay')
    .description("replay a save file and check its fingerprint; print its seed, difficulty, scenario version and ending")
    .argument('<save>', 'save file (JSON, written by play)')
    .option('--scenario <file>', "the scenario file (default: scenarios/<the save's scenario>.yaml)")
    .option(
      '--json',
      'print one line: { ok, verified, file, scenario, scenarioVersion, seed, difficulty, moves, turn, ending, grade, fingerprint, proves, doesNotProve } ' +
        '(turns counted from 0, as in the save), or { ok: false, verified: false, file, code, message }',
    )
    .addHelpText('after', ['', ...wrap(`A verified save is ${VERIFICATION_PROVES}.`, 100), ...wrap(`It cannot prove ${VERIFICATION_DOES_NOT_PROVE}.`, 100)].join('\n'))
    .action(async (save: string, opts: ReplayOptions) => {
      const { replayCommand } = await import('./replay.ts');
      setExit(await replayCommand(save, opts, io));
    });

  root
    .command('schema')
    .description('print the JSON Schema of scenario files')
    .action(async () => {
      const { schemaCommand } = await import('./schema.ts');
      setExit(schemaCommand(io));
    });

  return root;
}

/** Run the command line (without the node and script arguments); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  // With --json, a program reads stdout: whatever fails, it gets one JSON object there, never nothing.
  const json = argv.includes('--json');
  const fail = (code: string, message: string, exit: number) => {
    if (json) io.stdout.write(`${jsonText({ ok: false, code, message })}\n`);
    return exit;
  };
  try {
    await program(io, (code) => (exitCode = code)).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    // commander has already said what was wrong, on stderr
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : fail('usage', error.message, EXIT_USAGE);
    if (error instanceof UsageError) {
      io.stderr.write(`multivector: ${shown(error.message)}\n`);
      return fail('usage', error.message, EXIT_USAGE);
    }
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    io.stderr.write(`multivector: unexpected error: ${shown(message)}\n`);
    return fail('internal-error', `unexpected error: ${message}`, EXIT_FAILURE);
  }
}

/** The binary's entry point: the real process, its exit code, and a quiet exit when stdout is closed early. */
export async function runProcess(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // The reader went away (`multivector schema | head`): nothing more can be said, so stop quietly.
      process.exit(error.code === 'EPIPE' ? Number(process.exitCode ?? 0) : EXIT_FAILURE);
    });
  }
  process.exitCode = await main(process.argv.slice(2));
}
