// Consequences over time: effects that fall due turns after the move, standing commitments with an upkeep each
// turn, powers that remember moves against them, and grades that never contradict the ending.
import { describe, expect, test } from 'vitest';
import {
  commitmentsOf,
  endingGradeOf,
  fingerprint,
  makeSave,
  preview,
  previewTimeline,
  replay,
  type Cause,
  type GameState,
  type Rules,
} from '../../src/engine/index.ts';
import { apply, decide, endTurn, start } from './play.ts';
import { actor, always, decision, indicator, later, raise, upkeep, world } from './world.ts';

const economyCauses = (state: GameState, id: string): Cause[] =>
  state.ledger.filter((c) => c.target.kind === 'indicator' && c.target.indicator === 'economy' && c.source.kind === 'decision' && c.source.id === id);

const calendar = (turns: number) => Array.from({ length: turns }, (_, i) => ({ date: `2016-${String(i + 1).padStart(2, '0')}-01`, label: `Turn ${i + 1}` }));

const rules = world({
  calendar: calendar(8),
  decisions: [
    decision('chinese-credit', [indicator('economy', 8), later(3, indicator('economy', -3))], { title: 'Accept the Chinese credit line' }),
    decision('eaeu-tariffs', [raise('attitude', 'russia', 4)], { title: 'Align with the Eurasian tariffs', upkeep: upkeep([indicator('economy', -1)], { from: 1, turns: 3, reason: 'the common tariff' }) }),
    decision('credit-with-spread', [later(2, indicator('economy', -3, 2))]),
  ],
});

function endTurns(state: GameState, n: number, r: Rules = rules): GameState {
  for (let i = 0; i < n; i++) state = apply(r, state, endTurn).state;
  return state;
}

describe('delayed effects', () => {
  test('an effect with after: 3 applies three turns later, under its cause, saying it was delayed', () => {
    const taken = apply(rules, start(rules), decide('chinese-credit')).state;
    expect(economyCauses(taken, 'chinese-credit').map((c) => c.delta)).toEqual([8]);
    expect(taken.scheduled).toHaveLength(1);
    const state = endTurns(taken, 4);
    const causes = economyCauses(state, 'chinese-credit');
    expect(causes.map((c) => [c.turn, c.delta])).toEqual([[0, 8], [3, -3]]);
    expect(causes[1]?.reason).toBe('Accept the Chinese credit line: falls due now (decided 3 turns ago)');
    expect(state.scheduled).toEqual([]);
  });

  test('its spread is rolled when it falls due, within its range', () => {
    const state = endTurns(apply(rules, start(rules), decide('credit-with-spread')).state, 3);
    const [cause] = economyCauses(state, 'credit-with-spread');
    expect(cause?.turn).toBe(2);
    expect(cause?.delta).toBeGreaterThanOrEqual(-5);
    expect(cause?.delta).toBeLessThanOrEqual(-1);
  });
});

describe('standing commitments', () => {
  test("a commitment's upkeep runs from its first turn for its turns, and then stops", () => {
    const taken = apply(rules, start(rules), decide('eaeu-tariffs')).state;
    expect(commitmentsOf(rules, taken)).toMatchObject([{ title: 'Align with the Eurasian tariffs', reason: 'the common tariff', startsIn: 1, remaining: 3 }]);
    const state = endTurns(taken, 6);
    const causes = economyCauses(state, 'eaeu-tariffs');
    expect(causes.map((c) => [c.turn, c.delta])).toEqual([[1, -1], [2, -1], [3, -1]]);
    expect(causes[0]?.reason).toBe('Align with the Eurasian tariffs: the common tariff (upkeep, turn 1 of 3)');
    expect(state.commitments).toEqual([]);
    expect(commitmentsOf(rules, state)).toEqual([]);
  });

  test('while it runs, the front ends see its remaining turns', () => {
    const state = endTurns(apply(rules, start(rules), decide('eaeu-tariffs')).state, 2);
    expect(commitmentsOf(rules, state)).toMatchObject([{ startsIn: 0, remaining: 2 }]);
  });
});

describe('the preview timeline', () => {
  test('shows what a move does now, its delayed effects when they fall due, and its upkeep each turn', () => {
    const state = start(rules);
    const credit = previewTimeline(rules, state, { decision: 'chinese-credit' });
    expect(credit.map((e) => [e.kind, e.after])).toEqual([['now', 0], ['delayed', 3]]);
    expect(credit[1]?.lines).toMatchObject([{ label: 'economy', expected: -3 }]);
    // the immediate preview (what strategies weigh) holds only what happens now
    expect(preview(rules, state, { decision: 'chinese-credit' }).filter((l) => l.target.kind === 'indicator')).toMatchObject([{ expected: 8 }]);
    const tariffs = previewTimeline(rules, state, { decision: 'eaeu-tariffs' });
    expect(tariffs.map((e) => [e.kind, e.turn])).toEqual([['now', 0], ['upkeep', 1], ['upkeep', 2], ['upkeep', 3]]);
  });
});

describe('memory', () => {
  const remembering = (memory: number | undefined) => {
    const base = world({ calendar: calendar(12) });
    return world({
      calendar: calendar(12),
      actors: [actor('us'), actor('russia', { drift: 0.5 }), actor('china'), actor('turkey', { greatPower: false })],
      params: { ...base.params, ...(memory === undefined ? {} : { memory, memoryFade: 0.5 }) },
      decisions: [decision('snub-russia', [raise('attitude', 'russia', -10)]), decision('court-us', [raise('attitude', 'us', 10)])],
    });
  };
  const attitudes = (r: Rules, turns: number) => {
    let state = apply(r, start(r), decide('snub-russia')).state;
    const seen: number[] = [];
    for (let i = 0; i < turns; i++) {
      state = apply(r, state, endTurn).state;
      seen.push(state.actors.russia?.attitude ?? NaN);
    }
    return { seen, state };
  };

  test('a power remembers a move against it, and its attitude recovers less until the memory fades', () => {
    const r = remembering(1);
    const taken = apply(r, start(r), decide('snub-russia')).state;
    expect(taken.actors.russia?.memory).toBe(10);
    const { seen, state } = attitudes(r, 10);
    const forgetful = attitudes(remembering(0), 10).seen;
    expect(seen[0]).toBe(10); // drift pulls toward 20 less the 10 remembered: no recovery yet
    for (let i = 0; i < 5; i++) expect(seen[i]).toBeLessThan(forgetful[i] as number);
    expect(state.actors.russia?.memory).toBe(0);
    expect(seen[9]).toBeGreaterThan(19.5);
    const drift = state.ledger.find((c) => c.source.kind === 'drift' && c.turn === 1 && c.target.kind === 'attitude');
    expect(drift?.reason).toBe('Russia drifts back toward its usual stance (20), less 5 it still remembers');
  });

  test('the coupling a move causes is remembered by the rival it cools', () => {
    const r = remembering(1);
    const state = apply(r, start(r), decide('court-us')).state;
    // the United States' rise of 10 cools Russia by 10 x 0.5 x 60/100 = 3
    expect(state.actors.russia?.memory).toBe(3);
  });

  test('memory 0 keeps today\'s drift exactly', () => {
    const off = attitudes(remembering(0), 4);
    const absent = attitudes(remembering(undefined), 4);
    expect(off.seen).toEqual([15, 17.5, 18.8, 19.4]);
    expect(fingerprint(off.state)).toBe(fingerprint(absent.state));
    expect(off.state.ledger.filter((c) => c.target.kind === 'memory')).toEqual([]);
    expect(off.state.ledger.find((c) => c.source.kind === 'drift')?.reason).toBe('Russia drifts back toward its usual stance (20)');
  });
});

describe('grades match endings', () => {
  const bands = world().grade;
  test('a defeat never grades above C and a victory never below C', () => {
    const r = world();
    expect(endingGradeOf(r, 95, 'defeat')).toBe('C');
    expect(endingGradeOf(r, 20, 'defeat')).toBe('F');
    expect(endingGradeOf(r, 10, 'victory')).toBe('C');
    expect(endingGradeOf(r, 90, 'victory')).toBe('A');
    expect(endingGradeOf(r, 10, 'draw')).toBe('F');
    expect(bands.bands.map((b) => b.grade)).toContain('C');
  });

  test('without a band named C, the middle band takes its place', () => {
    const r = world({ grade: { ...bands, bands: [{ grade: 'gold', min: 80 }, { grade: 'silver', min: 50 }, { grade: 'bronze', min: 0 }] } });
    expect(endingGradeOf(r, 95, 'defeat')).toBe('silver');
    expect(endingGradeOf(r, 5, 'victory')).toBe('silver');
  });

  test('a game lost with a high score ends graded C', () => {
    const r = world({ endings: [{ id: 'coup', kind: 'defeat', title: 'Coup', text: '', when: always, atEnd: false, bonus: 100 }] });
    const state = apply(r, start(r), endTurn).state;
    expect(state.ending).toMatchObject({ kind: 'defeat', score: 100, grade: 'C' });
  });
});

describe('saving a game with consequences still to come', () => {
  test('replaying it reproduces the fingerprint', () => {
    let state = apply(rules, start(rules, 'astana'), decide('chinese-credit'), decide('eaeu-tariffs'), endTurn, decide('credit-with-spread')).state;
    state = endTurns(state, 1);
    expect(state.scheduled.length).toBeGreaterThan(0);
    expect(state.commitments.length).toBe(1);
    const save = JSON.parse(JSON.stringify(makeSave(rules, state)));
    const replayed = replay(rules, save);
    expect(replayed.ok && fingerprint(replayed.state)).toBe(save.fingerprint);
  });
});
