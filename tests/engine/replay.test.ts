// Determinism, saves and replays: a game is its scenario, seed, difficulty and moves.
import { describe, expect, test } from 'vitest';
import { fingerprint, makeSave, newGame, preview, replay, simulate, parseStrategy, step, type GameState, type Rules } from '../../src/engine/index.ts';
import { apply, decide, endTurn, start } from './play.ts';
import { actor, decision, event, indicator, raise, track, world } from './world.ts';

/** A world with chance in it: uncertain effects, random events and levers. */
function chancyWorld(): Rules {
  return world({
    actors: [
      actor('us'),
      actor('russia', { attitude: -10, levers: [{ id: 'checks', kind: 'transit-slowdown', below: 0, severity: 4, chance: 0.5, cooldown: 0, reason: 'border checks' }] }),
      actor('china'),
      actor('turkey', { greatPower: false }),
    ],
    decisions: [
      decision('us-deal', [raise('attitude', 'us', 8, 4), indicator('economy', 3, 2)]),
      decision('talks', [{ kind: 'mediate', track: 'jet', progress: 30, spread: 15 }], { neutral: true }),
    ],
    events: [event('rumour', { trigger: { kind: 'random', weight: 1, when: { op: 'true' } }, once: false, effects: [indicator('stability', -3, 3)] })],
    tracks: [track('jet', { cost: 30 })],
    params: { ...world().params, randomEventChance: 0.6 },
  });
}

function playSome(rules: Rules, state: GameState): GameState {
  return apply(rules, state, decide('us-deal'), decide('talks'), endTurn, decide('talks'), endTurn).state;
}

describe('the same seed and moves give the same game', () => {
  test('two games with one seed and the same moves have one fingerprint', () => {
    const rules = chancyWorld();
    expect(fingerprint(playSome(rules, start(rules, 'astana')))).toBe(fingerprint(playSome(rules, start(rules, 'astana'))));
  });

  test('another seed gives another game', () => {
    const rules = chancyWorld();
    expect(fingerprint(playSome(rules, start(rules, 'astana')))).not.toBe(fingerprint(playSome(rules, start(rules, 'almaty'))));
  });

  test('a step never changes the state it was given', () => {
    const rules = chancyWorld();
    const before = start(rules);
    const copy = structuredClone(before);
    playSome(rules, before);
    step(rules, before, decide('us-deal'));
    expect(before).toEqual(copy);
  });

  test('a game saved as JSON mid-turn and loaded again continues exactly as the unsaved one', () => {
    const rules = chancyWorld();
    const midway = apply(rules, start(rules), decide('us-deal'), endTurn, decide('talks')).state;
    const reloaded = JSON.parse(JSON.stringify(midway)) as GameState;
    const a = apply(rules, midway, endTurn, decide('us-deal'), endTurn).state;
    const b = apply(rules, reloaded, endTurn, decide('us-deal'), endTurn).state;
    expect(fingerprint(b)).toBe(fingerprint(a));
  });
});

describe('saves', () => {
  test('a saved game replays to the same fingerprint', () => {
    const rules = chancyWorld();
    const state = playSome(rules, newGame(rules, { seed: 'class-7b', difficulty: 'volatile' }).state);
    const save = JSON.parse(JSON.stringify(makeSave(rules, state)));
    const replayed = replay(rules, save);
    expect(replayed.ok && fingerprint(replayed.state)).toBe(save.fingerprint);
  });

  test('an edited save is caught: its fingerprint no longer matches', () => {
    const rules = chancyWorld();
    const save = { ...makeSave(rules, playSome(rules, start(rules))), seed: 'another-seed' };
    expect(replay(rules, save)).toMatchObject({ ok: false, code: 'fingerprint-mismatch' });
  });

  test('a save of a changed scenario, of another scenario, or that is not a save is refused with a reason', () => {
    const rules = chancyWorld();
    const save = makeSave(rules, playSome(rules, start(rules)));
    const changed = { ...rules, decisionsPerTurn: 4 };
    expect(replay(changed, save)).toMatchObject({ ok: false, code: 'scenario-changed' });
    expect(replay({ ...rules, id: 'astana-talks' }, save)).toMatchObject({ ok: false, code: 'other-scenario' });
    expect(replay(rules, [1, 2, 3])).toMatchObject({ ok: false, code: 'not-a-save' });
    expect(replay(rules, { ...save, moves: [{ type: 'launch-missiles' }] })).toMatchObject({ ok: false, code: 'not-a-save' });
    expect(replay(rules, { ...save, moves: [{ type: 'decide', decision: 'nope' }] })).toMatchObject({ ok: false, code: 'illegal-move' });
  });
});

describe('previews', () => {
  test('the outcome of an uncertain decision falls within its preview', () => {
    const rules = chancyWorld();
    const state = start(rules);
    const lines = preview(rules, state, { decision: 'us-deal' });
    const us = lines.find((l) => l.target.kind === 'attitude' && l.target.actor === 'us' && l.source === 'direct')!;
    expect(us).toMatchObject({ min: 4, max: 12, expected: 8 });
    expect(lines.some((l) => l.source === 'coupling' && l.target.kind === 'attitude' && l.target.actor === 'russia')).toBe(true);
    for (let seed = 0; seed < 50; seed++) {
      const after = apply(rules, start(rules, `s${seed}`), decide('us-deal')).state;
      const rise = after.actors['us']!.attitude - 20;
      expect(rise).toBeGreaterThanOrEqual(us.min);
      expect(rise).toBeLessThanOrEqual(us.max);
    }
  });
});

describe('simulation', () => {
  test('the same simulation twice gives the same report', () => {
    const rules = chancyWorld();
    const options = { runs: 50, seed: 'balance', strategy: parseStrategy('random')! };
    expect(simulate(rules, options)).toEqual(simulate(rules, options));
  });

  test('every run reaches an ending and the report counts them all', () => {
    const rules = chancyWorld();
    const report = simulate(rules, { runs: 40, seed: 'x', strategy: parseStrategy('balanced')! });
    expect(Object.values(report.endings).reduce((a, b) => a + b, 0)).toBe(40);
    expect(report.meanTurns).toBe(6);
    expect(report.indicatorsByTurn).toHaveLength(6);
  });

  test('strategies are named as on the command line', () => {
    expect(parseStrategy('aligned:russia')).toEqual({ kind: 'aligned', actor: 'russia' });
    expect(parseStrategy('aligned:')).toBeNull();
    expect(parseStrategy('greedy')).toBeNull();
  });
});

describe('the simulator plays by the same rules', () => {
  test('a simulated game replays move by move through step to the same fingerprint', async () => {
    const { playOut } = await import('../../src/engine/index.ts');
    const { replayMoves } = await import('../../src/engine/index.ts');
    const rules = chancyWorld();
    for (const strategy of ['random', 'balanced', 'aligned:us'] as const) {
      for (let i = 0; i < 10; i++) {
        const played = playOut(rules, `run/${i}`, parseStrategy(strategy)!, 'volatile');
        const replayed = replayMoves(rules, `run/${i}`, 'volatile', played.moves.map((m) => m.move));
        expect(replayed.ok && fingerprint(replayed.state)).toBe(fingerprint(played));
      }
    }
  });
});

describe('ids that JavaScript objects already know', () => {
  test('a flag, an event and a decision called "constructor" behave like any other', () => {
    const rules = world({
      decisions: [decision('constructor', [{ kind: 'set', flag: 'constructor', to: 2 }], { once: true })],
      events: [event('constructor', { trigger: { kind: 'dated', turn: 1 }, effects: [indicator('economy', 1)] })],
    });
    const fresh = start(rules);
    expect(step(rules, fresh, decide('constructor')).ok).toBe(true);
    const { state } = apply(rules, fresh, decide('constructor'), endTurn);
    expect(state.flags['constructor']).toBe(2);
    expect(state.fired['constructor']).toBe(1);
    expect(state.indicators.economy).toBe(51);
    expect(step(rules, state, decide('constructor'))).toMatchObject({ ok: false, rejected: { code: 'already-taken' } });
  });

  test('flags called __proto__, toString and hasOwnProperty are stored as entries of the game itself and survive a save', () => {
    const names = ['__proto__', 'toString', 'hasOwnProperty'];
    const rules = world({
      decisions: [decision('mark', names.map((flag, i) => ({ kind: 'set', flag, to: i + 1 })))],
      events: [event('valueOf', { trigger: { kind: 'dated', turn: 1 }, effects: [indicator('economy', 1)] })],
    });
    const { state } = apply(rules, start(rules), decide('mark'), endTurn);
    names.forEach((flag, i) => expect(Object.getOwnPropertyDescriptor(state.flags, flag)?.value).toBe(i + 1));
    expect(Object.getPrototypeOf(state.flags)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(state.fired, 'valueOf')?.value).toBe(1);
    const save = JSON.parse(JSON.stringify(makeSave(rules, state)));
    expect(replay(rules, save).ok).toBe(true);
  });

  test('a decision called __proto__ that can be taken once is refused the second time, and the simulator counts it', () => {
    const rules = world({ decisions: [decision('__proto__', [indicator('economy', 1)], { once: true })] });
    const { state } = apply(rules, start(rules), decide('__proto__'), endTurn);
    expect(Object.getOwnPropertyDescriptor(state.taken, '__proto__')?.value).toEqual([0]);
    expect(Object.getPrototypeOf(state.taken)).toBe(Object.prototype);
    expect(step(rules, state, decide('__proto__'))).toMatchObject({ ok: false, rejected: { code: 'already-taken' } });
    const report = simulate(rules, { runs: 20, seed: 'proto', strategy: parseStrategy('balanced')! });
    expect(Object.getOwnPropertyDescriptor(report.decisionsTaken, '__proto__')?.value).toBe(20);
  });
});

describe('an edited result file', () => {
  test('a save whose ending or turn was changed by hand is refused even though its moves replay', () => {
    const rules = chancyWorld();
    let state = start(rules);
    while (state.status === 'playing') state = apply(rules, state, endTurn).state;
    const save = makeSave(rules, state);
    expect(replay(rules, save).ok).toBe(true);
    const graded = { ...save, ending: { ...save.ending!, grade: 'A', score: 100 } };
    expect(replay(rules, graded)).toMatchObject({ ok: false, code: 'fingerprint-mismatch' });
    expect(replay(rules, { ...save, turn: 99 })).toMatchObject({ ok: false, code: 'fingerprint-mismatch' });
  });
});
