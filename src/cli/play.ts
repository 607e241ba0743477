// `multivector play FILE`: a game in the terminal, turn by turn. Works the same when the commands come from a
// pipe (tests, transcripts): every command is echoed, and the end of the input ends the game cleanly.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { makeSave, newGame, SAVE_FORMAT, step, type GameState, type Move } from '../engine/index.ts';
import type { ScenarioFile } from '../scenario/index.ts';
import { parseDifficulty, parseSeed } from './args.ts';
import { printEnding } from './debrief.ts';
import { num, styleFor, shown } from './format.ts';
import { EXIT_FAILURE, EXIT_OK, type Io } from './io.ts';
import { EXIT_INTERRUPTED, lineReader } from './line-reader.ts';
import { loadScenarioFile, reportUnusable } from './load.ts';
import { parseCommand, printWhy, HELP } from './play-commands.ts';
import { readTextFile } from './read-file.ts';
import { printGoals } from './play-goals.ts';
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
  printGoals(screen, state);
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
        case 'goals':
          printGoals(screen, state);
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
          screen.print(shown(command.message));
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
    screen.print(`Refused: ${shown(result.rejected.message)}`);
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
  print(style.bold(shown(rules.title)));
  print(shown(source.period));
  print(shown(`Seed "${seed}", difficulty ${difficulty}: play the same world again with --seed ${JSON.stringify(seed)}`));
  print();
  printParagraph(screen, source.summary);
  print();
  print(style.bold('Briefing'));
  printParagraph(screen, source.briefing);
  print();
  print(style.bold('Objectives'));
  for (const objective of source.objectives) printItem(screen, '- ', objective);
}

async function saveGame(screen: Screen, io: Io, state: GameState, file: string): Promise<void> {
  const path = resolve(io.cwd, file);
  if (!(await safeToWrite(path))) {
    screen.print(shown(`Not saved: ${file} exists and is not a Multivector save; choose another name.`));
    return;
  }
  try {
    await writeFile(path, `${JSON.stringify(makeSave(screen.rules, state), null, 2)}\n`);
    screen.print(shown(`Saved to ${file}. Check it with: multivector replay ${file}`));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such directory' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(error));
    screen.print(shown(`Could not save to ${file}: ${why}.`));
  }
}

/** A save may replace an earlier save, never another file (a mistyped `save scenarios/tutorial.yaml`). */
async function safeToWrite(path: string): Promise<boolean> {
  if (!existsSync(path)) return true;
  const read = await readTextFile(path, 'save file');
  if (!read.ok) return read.code === 'file-empty';
  try {
    return (JSON.parse(read.text) as { format?: unknown } | null)?.format === SAVE_FORMAT;
  } catch {
    return false;
  }
}

function freshSeed(): string {
  return randomBytes(4).toString('hex');
}
