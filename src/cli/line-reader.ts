// The player's commands, a line at a time, from a terminal or a pipe.
import { createInterface } from 'node:readline/promises';
import { shown } from './format.ts';
import type { Io } from './io.ts';

export interface LineReader {
  /** The next line, or null at the end of the input. */
  next(prompt: string): Promise<string | null>;
  /** whether the input ended with Ctrl+C */
  interrupted(): boolean;
  close(): void;
}

/** The shell's convention for a program stopped by Ctrl+C (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

/**
 * Lines from stdin, queued as they arrive, so piped input that comes all at once is never lost and the end of
 * the input is always noticed (a pending question would otherwise wait forever).
 */
export function lineReader(io: Io): LineReader {
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
        if (!interactive) io.stdout.write(line === null ? '\n' : `${shown(line)}\n`);
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
