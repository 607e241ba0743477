// `multivector play` through piped stdin: a whole game to its debrief, the player's commands, and a clean end
// of input. The fingerprint the debrief shows must be what `replay` computes from the saved game.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseCommand } from '../../src/cli/play-commands.ts';
import { newGame, type GameState, type Rules } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { caspian, ensureBuilt, hasStackTrace, multivector, removeDir, root, tempDir, tutorial, wholeGame } from './run.ts';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
}, 180_000);

afterAll(() => removeDir(dir));

/** The shipped scenarios and the test scenario, compiled, each with the state of its first turn. */
function everyScenario(): { file: string; rules: Rules; state: GameState }[] {
  const shipped = readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.yaml')).map((f) => join(root, 'scenarios', f));
  return [...shipped, caspian].map((file) => {
    const { rules } = loadScenario(readFileSync(file, 'utf8'), file);
    if (!rules) throw new Error(`${file} does not load`);
    return { file, rules, state: newGame(rules, { seed: 'ids', difficulty: 'tense' }).state };
  });
}

const fingerprintOf = (text: string) => [...text.matchAll(/^Fingerprint: ([0-9a-f]{64})$/gm)].map((m) => m[1]);

describe('multivector play', () => {
  test('a whole game of the tutorial through piped commands ends in a debrief whose fingerprint replay confirms', () => {
    const save = join(dir, 'tutorial-game.json');
    const input = [...wholeGame(9), `save ${save}`, 'q'].join('\n');
    const run = multivector(['play', tutorial, '--seed', 'class-7b'], { input });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout;
    for (const part of ['First steps: the multi-vector balance', 'Briefing', 'Objectives', '=== Turn 1 of 6: Spring 2014: Crimea ===', 'Actors', 'the Almaty channel on Iran', 'News this turn', 'The Crimea vote', 'Decisions', 'Advisors', 'What changed at the end of Spring 2014: Crimea, and why:', '=== The end: ', 'Score ', '--- Debrief ---', 'Your path beside history', 'History: ', 'Kazakhstan abstained on UN General Assembly resolution 68/262.', 'Learning objectives', 'Questions to discuss', 'What really happened', `Saved to ${save}`]) {
      expect(out).toContain(part);
    }
    // What changed is told with its reasons: "<number> <signed change> -> <value> (<why>)".
    expect(out).toMatch(/^ {2}\S.* [+-]\d+(\.\d)? -> -?\d+(\.\d)? \(.+\)$/m);
    expect(out).not.toContain('\u001b[');
    const shown = fingerprintOf(out);
    expect(shown).toHaveLength(1);

    expect(existsSync(save)).toBe(true);
    const replayed = multivector(['replay', save]);
    expect(replayed.code).toBe(0);
    expect(fingerprintOf(replayed.stdout)).toEqual(shown);
  });

  test('a game lost early still shows the whole historical line in its debrief', () => {
    const scenario = join(dir, 'early-end.yaml');
    writeFileSync(scenario, readFileSync(caspian, 'utf8').replace('when: attitude.us < -50 or attitude.russia < -50 or attitude.china < -50', 'when: turn >= 1'));
    const run = multivector(['play', scenario, '--seed', 'x'], { input: 'c 1\ne\nq\n' });
    expect(run.stdout).toContain('=== The end: Isolated (defeat) ===');
    expect(run.stdout).toContain('on turn 1 of 3 (January 2018)');
    expect(run.stdout.match(/You: {5}\(your game had ended\)/g)).toHaveLength(2);
    expect(run.stdout).toContain('The convention was signed in Aktau on 12 August 2018.');
    expect(run.stdout).toContain('Goodbye.');
    expect(run.code).toBe(0);
  });

  test('the same seed and the same commands give the same game, word for word', () => {
    const input = wholeGame(4, ['2', '3']).join('\n');
    const first = multivector(['play', caspian, '--seed', 'same', '--difficulty', 'volatile'], { input });
    const second = multivector(['play', caspian, '--seed', 'same', '--difficulty', 'volatile'], { input });
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).toContain('=== The end: ');
  });

  test('an event waiting for an answer must be answered before the turn ends; c N answers it', () => {
    const run = multivector(['play', caspian, '--seed', 'x'], { input: 'e\nc 2\ne\nq\n' });
    expect(run.stdout).toContain('Refused: Answer "A dispute over the seabed" before ending the turn.');
    expect(run.stdout).toContain('A dispute over the seabed: Stay neutral and offer good offices');
    expect(run.stdout).toContain('=== Turn 2 of 3: April 2018 ===');
    expect(run.code).toBe(0);
  });

  test('two events waiting at once: c N answers the first, then the second is shown again with its numbers', () => {
    const second = [
      '  - id: fishing-quota',
      '    title: Fishing quotas',
      '    text: The littoral states argue over sturgeon quotas.',
      '    date: "2018-02-20"',
      '    choices:',
      '      - { id: share-quota, label: Share the quota, effects: [{ change: prestige, by: 1 }] }',
      '      - { id: keep-quota, label: Keep the quota, effects: [{ change: economy, by: 1 }] }',
      '',
    ].join('\n');
    const scenario = join(dir, 'two-events.yaml');
    writeFileSync(scenario, readFileSync(caspian, 'utf8').replace('  - id: convention-signed', `${second}  - id: convention-signed`));
    const run = multivector(['play', scenario, '--seed', 'x'], { input: 'c 1\nc 2\ne\nq\n' });
    const out = run.stdout;
    expect(out).toContain('    c 1. Back Azerbaijan [back-baku]');
    expect(out).toContain('    - Share the quota [share-quota]');
    expect(out).toContain('Waiting for your answer: Fishing quotas\n    c 1. Share the quota [share-quota]');
    expect(out).toContain('economy +1 -> 56 (Fishing quotas: Keep the quota)');
    expect(out).toContain('=== Turn 2 of 3: April 2018 ===');
    expect(run.code).toBe(0);
  });

  test('decisions by number or id; refusals say why; every decision shows its cost and preview', () => {
    const input = ['c stay-neutral', '4', 'oil-deal-west', '2', 'rail-deal-china', '1', 'q'].join('\n');
    const out = multivector(['play', caspian, '--seed', 'x'], { input }).stdout;
    expect(out).toMatch(/1\. Host the summit in Aktau \[host-summit\], cost 3, valued by all sides/);
    expect(out).toMatch(/progress of the pipeline talks \+\d+(\.\d)? to \+\d+(\.\d)?, likely \+\d+(\.\d)? \(good\)/);
    // a number moved several ways is totalled, judged for Kazakhstan, and its parts are its reasons
    expect(out).toContain("Russia's attitude -5.4 (bad; rivalry: tension 60 (-2.4); Russia may react: Moscow resents a turn to the West. (-3))");
    expect(out).toContain('dependence on United States +5 (bad)');
    expect(out).toMatch(/4\. Join a security drill with Russia \[security-drill\], cost 1: not now: "Join a security drill with Russia" is not possible now: not before April 2018\./);
    expect(out).toContain('Refused: "Join a security drill with Russia" is not possible now: not before April 2018.');
    expect(out).toContain('Refused: "Sign an oil deal with Western majors" is already taken this turn.');
    expect(out).toContain('Refused: No more than 2 decisions a turn.');
    expect(out).toContain('Capital left: 0; decisions left this turn: 0.');
  });

  test('every decision and every answer of every scenario can be taken by its id, those beginning with c too', () => {
    const startingWithC: string[] = [];
    for (const { rules, state } of everyScenario()) {
      for (const { id } of rules.decisions) {
        expect(parseCommand(rules, state, id)).toEqual({ kind: 'move', move: { type: 'decide', decision: id } });
        if (id.startsWith('c')) startingWithC.push(id);
      }
      for (const event of rules.events) {
        const waiting = { ...state, pending: [event.id] };
        for (const { id } of event.choices) {
          // an option that shares a decision's id is reached with c ID
          const expected = rules.decisions.some((d) => d.id === id) ? { type: 'decide', decision: id } : { type: 'choose', event: event.id, option: id };
          expect(parseCommand(rules, waiting, id)).toEqual({ kind: 'move', move: expected });
          expect(parseCommand(rules, waiting, `c ${id}`)).toEqual({ kind: 'move', move: { type: 'choose', event: event.id, option: id } });
          if (id.startsWith('c')) startingWithC.push(id);
        }
      }
    }
    expect(startingWithC.length).toBeGreaterThan(10);
  });

  test('c 2, c2 and c stay-neutral answer the waiting event; csto-exercise and consult-beijing are taken as decisions in play', () => {
    const { rules, state } = everyScenario().find((s) => s.file === caspian)!;
    const answer = { kind: 'move', move: { type: 'choose', event: 'border-dispute', option: 'stay-neutral' } };
    for (const line of ['c 2', 'c2', 'C 2', 'c stay-neutral', '  c   stay-neutral ']) expect(parseCommand(rules, state, line)).toEqual(answer);
    expect(parseCommand(rules, state, 'cstay-neutral')).toEqual({ kind: 'problem', message: expect.stringContaining("Unknown command 'cstay-neutral'") });
    // each game opens with an event, answered first (c 1): a decision waits until the event is answered
    const astana = multivector(['play', join(root, 'scenarios', 'astana-talks-2017.yaml'), '--seed', 'x'], { input: 'c 1\ncoordinate-moscow\nconsult-beijing\nq\n' });
    expect(astana.stdout).toContain('(Coordinate the agenda with Moscow)');
    expect(astana.stdout).toContain('(Consult Beijing before Council votes)');
    expect(astana.stdout).not.toContain('has options');
    const csto = multivector(['play', tutorial, '--seed', 'x'], { input: 'c 1\ncsto-exercise\nq\n' });
    expect(csto.stdout).toContain('(Join CSTO military exercises)');
  });

  test('a decision named quit and an option named help cannot take over the commands: help helps, quit leaves, the decision is taken by its number', () => {
    const file = join(dir, 'command-words.yaml');
    writeFileSync(file, readFileSync(caspian, 'utf8').replaceAll('host-summit', 'quit').replaceAll('stay-neutral', 'help'));
    const { rules } = loadScenario(readFileSync(file, 'utf8'), file);
    if (!rules) throw new Error('the copy with command words as ids does not load');
    const state = newGame(rules, { seed: 'x', difficulty: 'tense' }).state;
    expect(state.pending).toEqual(['border-dispute']);
    expect(parseCommand(rules, state, 'help')).toEqual({ kind: 'help' });
    expect(parseCommand(rules, state, 'quit')).toEqual({ kind: 'quit' });
    expect(parseCommand(rules, state, '1')).toEqual({ kind: 'move', move: { type: 'decide', decision: 'quit' } });
    expect(parseCommand(rules, state, 'c help')).toEqual({ kind: 'move', move: { type: 'choose', event: 'border-dispute', option: 'help' } });
    const run = multivector(['play', file, '--seed', 'x'], { input: 'help\nc help\n1\nquit\n' });
    expect(run.stdout).toContain('turn 1> help\nCommands:');
    expect(run.stdout).toContain('(A dispute over the seabed: Stay neutral and offer good offices)');
    expect(run.stdout).toContain('(Host the summit in Aktau)');
    expect(run.stdout).toMatch(/turn 1> quit\nYou leave the game on turn 1\.\n$/);
    expect(run.code).toBe(0);
  });

  test('why ACTOR and why economy read the causes; a misspelt name gets a suggestion; ? shows the commands', () => {
    const run = multivector(['play', caspian, '--seed', 'x'], { input: 'c 1\n2\ne\nwhy russia\nwhy economy\nwhy rusia\n?\nbogus\nq\n' });
    const out = run.stdout;
    expect(out).toMatch(/Russia's attitude: the latest \d+ of \d+ changes/);
    expect(out).toMatch(/turn 1 \(January 2018\): Russia's attitude -\d+(\.\d)? -> .*\(/);
    expect(out).toMatch(/economy: the latest \d+ of \d+ changes/);
    expect(out).toContain("Nothing here is called 'rusia' (did you mean 'russia'?)");
    expect(out).toContain('Commands:');
    expect(out).toContain("Unknown command 'bogus'. Type ? for help.");
    expect(out).toContain('You leave the game on turn 2.');
    expect(run.code).toBe(0);
  });

  test('the end of the input ends the game cleanly, at once', () => {
    const run = multivector(['play', caspian, '--seed', 'x'], { input: 'c 1\n1\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/End of input: the game stops unfinished on turn 1\.\n$/);
    expect(multivector(['play', caspian], { input: '' }).code).toBe(0);
  });

  test('a save never overwrites a file that is not a save, nor fails silently; the game goes on', () => {
    const keep = join(dir, 'keep.yaml');
    writeFileSync(keep, readFileSync(caspian));
    const input = [`save ${join(dir, 'no', 'such', 'g.json')}`, 'save keep.yaml', 'save twice.json', 'save twice.json', 'help', 'q'].join('\n');
    const run = multivector(['play', caspian, '--seed', 'x'], { input, cwd: dir });
    expect(run.stdout).toContain('no such directory');
    expect(run.stdout).toContain('Not saved: keep.yaml exists and is not a Multivector save; choose another name.');
    expect(readFileSync(keep, 'utf8')).toBe(readFileSync(caspian, 'utf8'));
    expect(run.stdout.match(/Saved to twice\.json\./g)).toHaveLength(2);
    expect(run.stdout).toContain('Commands:');
    expect(run.code).toBe(0);
  });

  test('a broken scenario, a missing file or a wrong difficulty stops play with a clear message', () => {
    const missing = multivector(['play', join(dir, 'missing.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('error file-missing');
    expect(hasStackTrace(missing.stderr)).toBe(false);
    const difficulty = multivector(['play', caspian, '--difficulty', 'hard']);
    expect(difficulty.code).toBe(2);
    expect(difficulty.stderr).toContain('--difficulty must be one of calm, tense, volatile');
  });

  test('colour only on a terminal and only without NO_COLOR, and the words are the same either way', async () => {
    const play = async (isTTY: boolean, env: Record<string, string>) => {
      let text = '';
      const stdout = { isTTY, columns: 100, write: (s: string) => (text += s) };
      const stdin = new PassThrough();
      stdin.end('q\n');
      const code = await main(['play', caspian, '--seed', 'x'], { stdin, stdout, stderr: stdout, env, cwd: dir });
      expect(code).toBe(0);
      return text;
    };
    const coloured = await play(true, {});
    const plain = await play(true, { NO_COLOR: '1' });
    expect(coloured).toContain('\u001b[1m');
    expect(plain).not.toContain('\u001b[');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
    expect(await play(false, {})).not.toContain('\u001b[');
  });
});
