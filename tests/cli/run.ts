// Running the real `multivector` binary (bin/multivector.js over the compiled dist/) from the tests, and
// temporary folders for the files they write.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const bin = join(root, 'bin', 'multivector.js');
export const fixtures = join(import.meta.dirname, 'fixtures');
export const caspian = join(fixtures, 'caspian.yaml');
export const tutorial = join(root, 'scenarios', 'tutorial.yaml');

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export function multivector(args: readonly string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): Run {
  const started = Date.now();
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '', ...options.env },
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

/** A stack trace has lines like "    at load (file.js:1:2)"; a user must never see one. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(]/m.test(text);
}

/**
 * Commands that play any scenario to its end without knowing its events: each round answers up to three
 * waiting events with their first option, takes two decisions, and ends the turn. Spare rounds after the
 * ending are refused ("The game is over") and change nothing.
 */
export function wholeGame(rounds: number, decisions = ['1', '2']): string[] {
  return Array.from({ length: rounds }, () => ['c 1', 'c 1', 'c 1', ...decisions, 'e']).flat();
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'multivector-cli-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = statSync(path);
    newest = Math.max(newest, info.isDirectory() ? newestMtime(path) : info.mtimeMs);
  }
  return newest;
}

function builtIsCurrent(): boolean {
  try {
    const built = statSync(join(root, 'dist', 'cli', 'main.js')).mtimeMs;
    const sources = Math.max(...['cli', 'scenario', 'engine'].map((d) => newestMtime(join(root, 'src', d))));
    return built >= sources;
  } catch {
    return false;
  }
}

/**
 * Compile src/ to dist/ unless dist is already newer than every source. Test files run in parallel workers,
 * so a lock folder keeps two builds from writing dist/ at once.
 */
export function ensureBuilt(): void {
  if (builtIsCurrent()) return;
  const lock = join(tmpdir(), `multivector-build-${Buffer.from(root).toString('hex').slice(-32)}.lock`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`waited two minutes for ${lock}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (builtIsCurrent()) return;
    const build = spawnSync('npm', ['run', 'build:cli'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stdout}\n${build.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
