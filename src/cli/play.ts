// `multivector play FILE`: a game in the terminal, turn by turn. Works the same when the commands come from a
// pipe (tests, transcripts): every command is echoed, and the end of the input ends the game cleanly.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { makeSave, newGame, step, textOf, type GameState, type Move } from '../engine/index.ts';
import type { ScenarioFile } from '../scenario/index.ts';
import { parseDifficulty, parseSeed } from './args.ts';
import { printEnding } from './debrief.ts';
import { num, styleFor } from './format.ts';
import { EXIT_FAILURE, EXIT_OK, type Io } from './io.ts';
import { loadScenarioFile, reportUnusable } from './load.ts';
import { parseCommand, printWhy, HELP } from './play-commands.ts';
import { printHappened, printItem, printParagraph, printTurn, printWaiting, turnLabel, type Screen } from './play-view.ts';

export interface PlayOptions {
  readonly seed?: string;
  readonly difficulty?: string;
}

export async function playCommand(file: string, options: PlayOptions, io: Io): Promise<number> {
  const difficulty = parseDifficulty(options.difficulty);
  const seed = parseSeed(options.seed) ?? freshSeed();
  const loaded = await loadScenarioFile(file);
  if (!loaded.ok) {
    reportUnusable(file, loaded.diagnostics, io.stderr);
    return EXIT_FAILURE;
  }
  const { rules, source } = loaded;
  // A terminal's width, within reason; a pipe or a terminal that does not say gets 80 columns.
  const width = io.stdout.isTTY && io.stdout.columns ? Math.min(Math.max(io.stdout.columns, 40), 100) : 80;
  const screen: Screen = { rules, style: styleFor(io.stdout.isTTY, io.env), width, print: (line = '') => io.stdout.write(`${line}\n`) };

  const start = newGame(rules, { seed, difficulty });
  let state = start.state;
  printBriefing(screen, source, seed, difficulty);
  printTurn(screen, state);

  const input = lineReader(io);
  try {
    for (;;) {
      const line = await input.next(state.status === 'ended' ? 'game over> ' : `turn ${state.turn + 1}> `);
      if (line === null) {
        const why = input.interrupted() ? 'Interrupted' : 'End of input';
        screen.print();
        screen.print(state.status === 'ended' ? `${why}. Goodbye.` : `${why}: the game stops unfinished on turn ${state.turn + 1}.`);
        return input.interrupted() ? EXIT_INTERRUPTED : EXIT_OK;
      }
      const command = parseCommand(rules, state, line);
      switch (command.kind) {
        case 'nothing':
          continue;
        case 'help':
          screen.print(HELP);
          continue;
        case 'look':
          if (state.status === 'ended') printEnding(screen, source, state);
          else printTurn(screen, state);
          continue;
        case 'why':
          printWhy(screen, state, command.subject);
          continue;
        case 'save':
          await saveGame(screen, io, state, command.file);
          continue;
        case 'quit':
          screen.print(state.status === 'ended' ? 'Goodbye.' : `You leave the game on turn ${state.turn + 1}.`);
          return EXIT_OK;
        case 'problem':
          screen.print(command.message);
          continue;
        case 'move':
          state = play(screen, source, state, command.move);
      }
    }
  } finally {
    input.close();
  }
}

/** Apply one move and show what it did; a refused move is explained and changes nothing. */
function play(screen: Screen, source: ScenarioFile, state: GameState, move: Move): GameState {
  const result = step(screen.rules, state, move);
  if (!result.ok) {
    screen.print(`Refused: ${result.rejected.message}`);
    return state;
  }
  const next = result.state;
  if (move.type !== 'end-turn') {
    printHappened(screen, result.happened);
    const left = screen.rules.decisionsPerTurn - next.thisTurn.length;
    screen.print(`Capital left: ${num(next.capital)}; decisions left this turn: ${left}.`);
    if (move.type === 'choose') printWaiting(screen, next);
    return next;
  }
  screen.print();
  const heading = (turn: number) =>
    turn === state.turn ? `What changed at the end of ${turnLabel(screen.rules, turn)}, and why:` : `At the start of ${turnLabel(screen.rules, turn)}:`;
  printHappened(screen, result.happened, heading);
  if (next.status === 'ended') printEnding(screen, source, next);
  else printTurn(screen, next);
  return next;
}

function printBriefing(screen: Screen, source: ScenarioFile, seed: string, difficulty: string): void {
  const { rules, style, print } = screen;
  print(style.bold(textOf(rules.title)));
  print(textOf(source.period));
  print(`Seed "${seed}", difficulty ${difficulty}: play the same world again with --seed ${JSON.stringify(seed)}`);
  print();
  printParagraph(screen, textOf(source.summary));
  print();
  print(style.bold('Briefing'));
  printParagraph(screen, textOf(source.briefing));
  print();
  print(style.bold('Objectives'));
  for (const objective of source.objectives) printItem(screen, '- ', textOf(objective));
}

async function saveGame(screen: Screen, io: Io, state: GameState, file: string): Promise<void> {
  const path = resolve(io.cwd, file);
  try {
    await writeFile(path, `${JSON.stringify(makeSave(screen.rules, state), null, 2)}\n`);
    screen.print(`Saved to ${file}. Check it with: multivector replay ${file}`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such directory' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(error));
    screen.print(`Could not save to ${file}: ${why}.`);
  }
}

function freshSeed(): string {
  return randomBytes(4).toString('hex');
}

interface LineReader {
  /** The next line, or null at the end of the input. */
  next(prompt: string): Promise<string | null>;
  /** whether the input ended with Ctrl+C */
  interrupted(): boolean;
  close(): void;
}

/** The shell's convention for a program stopped by Ctrl+C (128 + SIGINT). */
const EXIT_INTERRUPTED = 130;

/**
 * Lines from stdin, queued as they arrive, so piped input that comes all at once is never lost and the end of
 * the input is always noticed (a pending question would otherwise wait forever).
 */
function lineReader(io: Io): LineReader {
  const interactive = io.stdin.isTTY === true;
  const rl = createInterface({ input: io.stdin, output: interactive ? (io.stdout as NodeJS.WritableStream) : undefined, terminal: interactive });
  const queue: string[] = [];
  let ended = false;
  let waiting: ((line: string | null) => void) | null = null;
  rl.on('line', (line) => {
    if (waiting) {
      const resolveLine = waiting;
      waiting = null;
      resolveLine(line);
    } else queue.push(line);
  });
  // Without a listener, readline only pauses on Ctrl+C, and the game would wait for input forever.
  let interrupted = false;
  rl.on('SIGINT', () => {
    interrupted = true;
    rl.close();
  });
  rl.on('close', () => {
    ended = true;
    waiting?.(null);
    waiting = null;
  });
  return {
    next(prompt) {
      if (interactive) {
        rl.setPrompt(prompt);
        rl.prompt();
      } else {
        io.stdout.write(prompt);
      }
      const echo = (line: string | null) => {
        // A piped command is not echoed by a terminal: print it, so the transcript reads like a session.
        if (!interactive) io.stdout.write(line === null ? '\n' : `${line}\n`);
        return line;
      };
      const queued = queue.shift();
      if (queued !== undefined) return Promise.resolve(echo(queued));
      if (ended) return Promise.resolve(echo(null));
      return new Promise((resolveLine) => (waiting = (line) => resolveLine(echo(line))));
    },
    interrupted: () => interrupted,
    close: () => rl.close(),
  };
}
