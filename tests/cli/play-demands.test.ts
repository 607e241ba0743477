// `multivector play` shows what each power did at the end of the turn, and the offers and demands waiting for an
// answer with their deadline and options, answered by an option's id like an event's.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withDemand } from '../scenario/minimal.ts';
import { ensureBuilt, multivector, removeDir, tempDir } from './run.ts';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
}, 180_000);
afterAll(() => removeDir(dir));

test("the terminal shows the powers' moves and an open demand, answered by its option's id", () => {
  const file = join(dir, 'demand.yaml');
  writeFileSync(file, withDemand());
  const run = multivector(['play', file, '--seed', 'demand'], { input: ['e', 'keep-trade', 'q'].join('\n') });
  expect(run.stderr).toBe('');
  // the power's move is the next turn's news, told once, with its story
  expect(run.stdout).toContain('What the powers did\n* Russia: asks its allies to join the sanctions on Turkey\n    The Kremlin asks its allies to join the sanctions on Turkey.');
  expect(run.stdout).toMatch(/\(demand; answer by Summer\)/);
  expect(run.stdout).toContain('- Keep trade with Turkey open [keep-trade]');
  expect(run.stdout).toContain('If ignored: you ignored its demand to join the sanctions');
  expect(run.stdout).toContain('Russia: asks its allies to join the sanctions on Turkey: Keep trade with Turkey open');
});
