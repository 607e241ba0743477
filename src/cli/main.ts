// The `multivector` command: commander wiring and exit codes. 0 success, 1 a failure the user can fix (shown in
// one line, or as diagnostics), 2 bad usage. Whatever goes wrong, the user gets a line, never a stack trace.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { DEFAULT_SEED } from './args.ts';
import { shown, terminalJson, TEXT_WIDTH, wrap } from './format.ts';
import { errorLine, EXIT_FAILURE, EXIT_USAGE, processIo, UsageError, type Io } from './io.ts';
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
    .option(
      '--strategy <strategy>',
      'random, historical, balanced, aligned:ACTOR (favour one power), passive (no decisions), only:ID[,ID...] ' +
        '(only these decisions, whenever possible) or search (Monte Carlo lookahead, slow); see docs/strategies.md',
      'random',
    )
    .option('--difficulty <difficulty>', 'calm, tense or volatile', 'tense')
    .option('--json', 'print one JSON object: the report and gamesPerSecond')
    .option('--trace <file>', 'also write every game to FILE, one JSON line a game: seed, difficulty, strategy, turns (events, moves), ending')
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
    .option('--seed <seed>', 'the seed you gave: a save played from another fails (other-seed)')
    .option('--difficulty <difficulty>', 'the difficulty you gave (calm, tense or volatile): a save played at another fails (other-difficulty)')
    .option(
      '--json',
      'print one line: { ok, verified, file, scenario, scenarioVersion, seed, difficulty, moves, turn, ending, grade, fingerprint, proves, doesNotProve } ' +
        '(turns counted from 0, as in the save), or { ok: false, verified: false, file, code, message }',
    )
    .addHelpText('after', replayHelp())
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

/** What verification proves and what it cannot, and how a teacher checks a class's files. */
function replayHelp(): string {
  return [
    '',
    ...wrap(`A verified save is ${VERIFICATION_PROVES}.`, TEXT_WIDTH),
    ...wrap(`It cannot prove ${VERIFICATION_DOES_NOT_PROVE}.`, TEXT_WIDTH),
    '',
    'To check a class, give the seed and the difficulty you set; a file played with others fails:',
    '  for f in class/*.json; do multivector replay "$f" --seed S --difficulty D --json; done',
  ].join('\n');
}

/** The fields a command's own --json failures carry besides ok, code and message, so that each has one shape. */
const FAILURE_FIELDS: Readonly<Record<string, (command: Command) => object>> = {
  // the save is named once commander has read it; a failure is never verified
  replay: (command) => ({ verified: false, file: (command.processedArgs[0] as string | undefined) ?? null }),
};

/**
 * With --json, a program reads stdout: whatever fails, it gets one JSON object there, never nothing. Only a
 * command that has --json answers in JSON (`play --json` is bad usage, told on stderr), and only when it was
 * given before a `--`, after which it would be a file's name.
 */
function jsonFailure(command: Command | undefined, argv: readonly string[]): object | null {
  if (!command?.options.some((o) => o.long === '--json')) return null;
  const end = argv.indexOf('--');
  if (!(end === -1 ? argv : argv.slice(0, end)).includes('--json')) return null;
  return FAILURE_FIELDS[command.name()]?.(command) ?? {};
}

/** commander's help exits carry a placeholder, "(outputHelp)", where a message would be. */
function usageMessage(error: CommanderError): string {
  return error.code === 'commander.help' || error.code === 'commander.helpDisplayed' ? 'no command was run; the usage is printed on stderr' : error.message;
}

/** Run the command line (without the node and script arguments); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  let chosen: Command | undefined;
  const root = program(io, (code) => (exitCode = code)).hook('preSubcommand', (_root, command) => {
    chosen = command;
  });
  const fail = (code: string, message: string, exit: number) => {
    const fields = jsonFailure(chosen, argv);
    if (fields) io.stdout.write(`${terminalJson({ ok: false, ...fields, code, message })}\n`);
    return exit;
  };
  try {
    await root.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    // commander has already said what was wrong, on stderr
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : fail('usage', usageMessage(error), EXIT_USAGE);
    if (error instanceof UsageError) {
      io.stderr.write(`multivector: ${shown(error.message)}\n`);
      return fail('usage', error.message, EXIT_USAGE);
    }
    const message = errorLine(error);
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
