// `multivector simulate`: the balance report, as the real binary prints it and as JSON, and its bad usage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { simulationReportLines } from '../../src/cli/simulate-report.ts';
import { simulate } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { caspian, ensureBuilt, multivector, removeDir, tempDir, tutorial } from './run.ts';

beforeAll(() => ensureBuilt(), 180_000);

interface Report {
  runs: number;
  strategy: string;
  difficulty: string;
  endings: Record<string, number>;
  winRate: number;
  meanTurns: number;
  gamesPerSecond: number;
  eventsFired: Record<string, number>;
  never: { events: string[]; decisions: string[]; endings: string[] };
}

function simulateJson(args: string[]): Report {
  const run = multivector(['simulate', ...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

describe('multivector simulate', () => {
  test('--json is one object with the runs, the endings, the win rate and the games per second', () => {
    const report = simulateJson([tutorial, '--runs', '120', '--seed', 'class-7b']);
    expect(report.runs).toBe(120);
    expect(Object.values(report.endings).reduce((a, b) => a + b, 0)).toBe(120);
    expect(report.winRate).toBeGreaterThanOrEqual(0);
    expect(report.winRate).toBeLessThanOrEqual(1);
    expect(report.gamesPerSecond).toBeGreaterThan(0);
    expect(report.strategy).toBe('random');
    expect(report.difficulty).toBe('tense');
  });

  test('the same arguments give the same report, timing aside', () => {
    const args = [caspian, '--runs', '200', '--seed', 's1', '--strategy', 'balanced', '--difficulty', 'volatile'];
    const { gamesPerSecond: a, ...first } = simulateJson(args);
    const { gamesPerSecond: b, ...second } = simulateJson(args);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });

  test.each(['random', 'historical', 'balanced', 'aligned:russia', 'aligned:china'])('the %s strategy plays whole games of the tutorial', (strategy) => {
    const report = simulateJson([tutorial, '--runs', '20', '--strategy', strategy]);
    expect(report.strategy).toBe(strategy);
    expect(report.runs).toBe(20);
    expect(report.meanTurns).toBeGreaterThan(0);
  });

  test('the readable report shows endings, win rate, length, score, indicators, events, decisions, what never fired, and speed', () => {
    const run = multivector(['simulate', caspian, '--runs', '100']);
    expect(run.code).toBe(0);
    for (const heading of ['Endings', 'Win rate: ', 'Mean length: ', 'Mean score: ', 'Grades: ', 'Indicators at the end of each turn', 'Events: ', 'Decisions: ', 'Never happened in any run']) {
      expect(run.stdout).toContain(heading);
    }
    expect(run.stdout).toMatch(/^ {2}broker +victory +The broker of the Caspian +\d+ +\d+\.\d%$/m);
    expect(run.stdout).toMatch(/Speed: 100 games in \d+\.\d\d s, [\d,]+ games per second\n$/);
    // No progress bar when stderr is not a terminal.
    expect(run.stderr).toBe('');
  });

  test('the report counts each ending, event and decision from its own entries: one called constructor that never happened shows 0, not a function', () => {
    const { rules } = loadScenario(readFileSync(caspian, 'utf8'), caspian);
    if (!rules) throw new Error('the test scenario does not load');
    const report = simulate(rules, { runs: 5, seed: 's', strategy: { kind: 'random' }, difficulty: 'tense' });
    // the same scenario as the report sees it, with ids the report holds no entries for
    const renamed = {
      ...rules,
      endings: rules.endings.map((e, i) => (i === 0 ? { ...e, id: 'constructor' } : e)),
      events: rules.events.map((e, i) => (i === 0 ? { ...e, id: 'toString' } : e)),
      decisions: rules.decisions.map((d, i) => (i === 0 ? { ...d, id: 'valueOf' } : d)),
    };
    const lines = simulationReportLines(renamed, report);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}constructor +\w+ +.+ +0 +0\.0%$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}toString +\w+ +0 +0\.0%$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}valueOf +0 +0\.0%$/));
    expect(lines.join('\n')).not.toMatch(/function|NaN/);
  });

  test('a decision taken on most turns is flagged as dominant', () => {
    const run = multivector(['simulate', caspian, '--runs', '50', '--strategy', 'aligned:us']);
    expect(run.stdout).toMatch(/oil-deal-west .*DOMINANT/);
  });

  test('an unknown actor in aligned:ACTOR is bad usage, with a suggestion', () => {
    const run = multivector(['simulate', tutorial, '--runs', '10', '--strategy', 'aligned:rusia']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown actor 'rusia' in --strategy aligned:rusia (did you mean 'russia'?)");
    expect(run.stdout).toBe('');
  });

  test('a misspelt strategy is bad usage with a suggestion, and --help lists every strategy', () => {
    const run = multivector(['simulate', tutorial, '--runs', '5', '--strategy', 'pasive']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("not 'pasive' (did you mean 'passive'?)");
    const only = multivector(['simulate', tutorial, '--runs', '5', '--strategy', 'only']);
    expect(only.code).toBe(2);
    expect(only.stderr).toContain('write it as only:ID');
    const help = multivector(['simulate', '--help']).stdout.replace(/\s+/g, ' ');
    for (const name of ['random', 'historical', 'balanced', 'aligned:ACTOR', 'passive', 'only:ID[,ID...]', 'search']) expect(help).toContain(name);
  });

  test('an unknown decision in only:ID is bad usage, naming it with a suggestion', () => {
    const run = multivector(['simulate', tutorial, '--runs', '5', '--strategy', 'only:host-talks,fuel-bnk']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown decision 'fuel-bnk' in --strategy only:host-talks,fuel-bnk (did you mean 'fuel-bank'?)");
    expect(run.stdout).toBe('');
  });

  test.each(['passive', 'only:host-talks', 'search'])('the %s strategy plays whole games of the tutorial', (strategy) => {
    const report = simulateJson([tutorial, '--runs', '3', '--strategy', strategy]);
    expect(report.strategy).toBe(strategy);
    expect(Object.values(report.endings).reduce((a, b) => a + b, 0)).toBe(3);
  });

  test('--trace writes one JSON line a game: seed, difficulty, strategy, every turn\'s events and moves, and the ending', () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'games.jsonl');
      const report = simulateJson([tutorial, '--runs', '7', '--seed', 'traced', '--strategy', 'balanced', '--difficulty', 'calm', '--trace', file]);
      expect(report.runs).toBe(7);
      const lines = readFileSync(file, 'utf8').split('\n');
      expect(lines.pop()).toBe('');
      expect(lines).toHaveLength(7);
      lines.forEach((line, i) => {
        const game = JSON.parse(line);
        expect(game).toMatchObject({ seed: `traced/${i}`, difficulty: 'calm', strategy: 'balanced' });
        expect(game.ending).toMatchObject({ id: expect.any(String), kind: expect.any(String), turn: expect.any(Number), score: expect.any(Number), grade: expect.any(String) });
        expect(game.turns.length).toBe(game.ending.turn + 1);
        for (const turn of game.turns) expect(turn).toMatchObject({ turn: expect.any(Number), events: expect.any(Array), moves: expect.any(Array), actorMoves: [] });
        expect(game.turns.some((t: { moves: unknown[] }) => t.moves.length > 0)).toBe(true);
      });
    } finally {
      removeDir(dir);
    }
  });

  test('a trace that cannot be written fails before any game is played, in one line', () => {
    const run = multivector(['simulate', tutorial, '--runs', '5', '--trace', join(tempDir(), 'no-such-dir', 'games.jsonl')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^multivector: cannot write the trace to .*games\.jsonl: ENOENT/);
    expect(run.stdout).toBe('');
  });

  test.each([['0'], ['-5'], ['ten'], ['1000001'], ['2.5']])('--runs %s is bad usage: exit 2 with a message', (runs) => {
    const run = multivector(['simulate', caspian, `--runs=${runs}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--runs must be/);
  });

  test('a missing --runs, an unknown strategy or an unknown difficulty is bad usage', () => {
    expect(multivector(['simulate', caspian]).code).toBe(2);
    const strategy = multivector(['simulate', caspian, '--runs', '5', '--strategy', 'greedy']);
    expect(strategy.code).toBe(2);
    expect(strategy.stderr).toContain('--strategy must be one of random, historical, balanced, aligned:ACTOR, passive, only:ID[,ID...], search');
    const difficulty = multivector(['simulate', caspian, '--runs', '5', '--difficulty', 'tenze']);
    expect(difficulty.code).toBe(2);
    expect(difficulty.stderr).toContain("(did you mean 'tense'?)");
  });

  test('a scenario with errors cannot be simulated: its diagnostics on stderr, exit 1', () => {
    const run = multivector(['simulate', 'no-such.yaml', '--runs', '5']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no-such.yaml:1:1: error file-missing');
    expect(run.stdout).toBe('');
  });

  test('a long run on a terminal draws a progress bar on stderr only, and the JSON on stdout stays clean', async () => {
    const stdout = capture(false);
    const stderr = capture(true);
    const code = await main(['simulate', caspian, '--runs', '400', '--json'], { stdin: new PassThrough(), stdout, stderr, env: {}, cwd: process.cwd() });
    expect(code).toBe(0);
    expect(JSON.parse(stdout.text()).runs).toBe(400);
    expect(stderr.text()).toContain('Simulating [');
  });
});

/** An output stream that keeps what is written, and says whether it is a terminal. */
function capture(isTTY: boolean) {
  let text = '';
  return { isTTY, columns: 100, write: (chunk: string) => (text += chunk), text: () => text };
}
