// The shape of a turn: capital, the limits on decisions, events and their choices, endings and the grade.
import { describe, expect, test } from 'vitest';
import { decisionOptions, step, type Condition } from '../../src/engine/index.ts';
import { apply, choose, decide, endTurn, start } from './play.ts';
import { decision, event, indicator, raise, timeRunsOut, world } from './world.ts';

const economyBelow = (n: number): Condition => ({ op: 'cmp', cmp: '<', left: { ref: { kind: 'indicator', indicator: 'economy' } }, right: { value: n } });

describe('diplomatic capital and the limits of a turn', () => {
  const rules = world({
    decisions: [
      decision('trade-mission', [indicator('economy', 2)], { cost: 2 }),
      decision('state-visit', [indicator('prestige', 2)], { cost: 2 }),
      decision('press-release', [indicator('prestige', 1)], { cost: 0 }),
      decision('founding-summit', [indicator('prestige', 5)], { cost: 0, once: true }),
      decision('loan-request', [indicator('economy', 5)], { cost: 0, cooldown: 2 }),
    ],
  });

  test('a decision Kazakhstan cannot afford is refused with the capital it needs', () => {
    const { state } = apply(rules, start(rules), decide('trade-mission'));
    const refused = step(rules, state, decide('state-visit'));
    expect(refused).toEqual({ ok: false, rejected: { code: 'no-capital', message: '"state-visit" needs 2 diplomatic capital; 1 left.' } });
  });

  test('capital refills each turn up to its maximum', () => {
    const { state } = apply(rules, start(rules), decide('trade-mission'), endTurn);
    expect(state.capital).toBe(4);
    expect(apply(rules, state, endTurn).state.capital).toBe(5);
  });

  test('no more decisions a turn than the scenario allows', () => {
    const { state } = apply(rules, start(rules), decide('press-release'), decide('founding-summit'), decide('loan-request'));
    expect(step(rules, state, decide('trade-mission'))).toMatchObject({ ok: false, rejected: { code: 'turn-limit' } });
  });

  test('a once-only decision and one on cooldown are refused, and the options say why', () => {
    const { state } = apply(rules, start(rules), decide('founding-summit'), decide('loan-request'), endTurn);
    expect(step(rules, state, decide('founding-summit'))).toMatchObject({ ok: false, rejected: { code: 'already-taken' } });
    expect(step(rules, state, decide('loan-request'))).toMatchObject({ ok: false, rejected: { code: 'on-cooldown', message: '"loan-request" can be taken again in 2 turns.' } });
    const options = decisionOptions(rules, state);
    expect(options.find((o) => o.def.id === 'trade-mission')).toMatchObject({ available: true });
    expect(options.find((o) => o.def.id === 'loan-request')).toMatchObject({ available: false, why: { code: 'on-cooldown' } });
  });

  test('an unknown decision is refused, not thrown', () => {
    expect(step(rules, start(rules), decide('annex-the-moon'))).toMatchObject({ ok: false, rejected: { code: 'unknown-decision' } });
  });

  test('a decision whose condition does not hold is not available', () => {
    const gated = world({ decisions: [decision('emergency-loan', [indicator('economy', 10)], { available: economyBelow(30) })] });
    expect(step(gated, start(gated), decide('emergency-loan'))).toMatchObject({ ok: false, rejected: { code: 'not-available' } });
  });
});

describe('events', () => {
  const shootdown = event('shootdown', {
    trigger: { kind: 'dated', turn: 1 },
    effects: [{ kind: 'change', target: { kind: 'tension', a: 'russia', b: 'turkey' }, by: 15, spread: 0 }],
    choices: [
      { id: 'stay-silent', label: 'Stay silent', text: null, tags: [], neutral: true, effects: [] },
      { id: 'back-moscow', label: 'Back Moscow', text: null, tags: [], neutral: false, effects: [raise('attitude', 'russia', 10)] },
    ],
  });

  test('a dated event fires on its turn and waits for an answer before the turn can end', () => {
    const rules = world({ events: [shootdown] });
    const { state, happened } = apply(rules, start(rules), endTurn);
    expect(happened).toContainEqual({ kind: 'event', event: 'shootdown', turn: 1, needsChoice: true });
    expect(state.tensions['russia|turkey']).toBe(95);
    expect(step(rules, state, endTurn)).toMatchObject({ ok: false, rejected: { code: 'choice-pending' } });
    const answered = apply(rules, state, choose('shootdown', 'back-moscow'), endTurn).state;
    expect(answered.actors['russia']!.attitude).toBe(30);
    expect(answered.actors['us']!.attitude).toBe(17); // 0.5 x tension 60/100 x 10
  });

  test('an answer to an event that is not waiting, or with an unknown option, is refused', () => {
    const rules = world({ events: [shootdown] });
    expect(step(rules, start(rules), choose('shootdown', 'stay-silent'))).toMatchObject({ ok: false, rejected: { code: 'not-pending' } });
    const waiting = apply(rules, start(rules), endTurn).state;
    expect(step(rules, waiting, choose('shootdown', 'declare-war'))).toMatchObject({ ok: false, rejected: { code: 'unknown-option' } });
  });

  test('a conditional event fires once when the world reaches its condition', () => {
    const crisis = event('tenge-crisis', { trigger: { kind: 'conditional', when: economyBelow(45) }, effects: [indicator('stability', -5)] });
    const rules = world({ events: [crisis], decisions: [decision('float-tenge', [indicator('economy', -10)], { cost: 0 })] });
    let { state } = apply(rules, start(rules), endTurn);
    expect(state.fired['tenge-crisis']).toBeUndefined();
    ({ state } = apply(rules, state, decide('float-tenge'), endTurn, endTurn));
    expect(state.fired['tenge-crisis']).toBe(2);
    expect(state.indicators.stability).toBe(45);
  });

  test('random events occur about as often as their chance and volatility say', () => {
    const rumour = event('rumour', { trigger: { kind: 'random', weight: 1, when: { op: 'true' } }, once: false });
    const rules = world({ events: [rumour], params: { ...world().params, randomEventChance: 0.5 } });
    let fired = 0;
    for (let seed = 0; seed < 400; seed++) if (start(rules, `seed-${seed}`).fired['rumour'] !== undefined) fired++;
    expect(fired).toBeGreaterThan(160);
    expect(fired).toBeLessThan(240);
  });
});

describe('endings and the grade', () => {
  test('the first ending whose condition holds ends the game at the end of the turn', () => {
    const collapse = { id: 'collapse', kind: 'defeat' as const, title: 'Collapse', text: '', when: economyBelow(40), atEnd: false, bonus: -10 };
    const rules = world({ endings: [collapse, timeRunsOut], decisions: [decision('crash', [indicator('economy', -20)], { cost: 0 })] });
    const { state, happened } = apply(rules, start(rules), decide('crash'), endTurn);
    expect(state.status).toBe('ended');
    expect(state.ending).toMatchObject({ id: 'collapse', kind: 'defeat', turn: 0 });
    expect(happened.at(-1)).toMatchObject({ kind: 'ending' });
    expect(step(rules, state, endTurn)).toMatchObject({ ok: false, rejected: { code: 'game-over' } });
  });

  test('when the calendar runs out the game ends with the at-end ending and a grade', () => {
    const rules = world();
    let state = start(rules);
    for (let i = 0; i < 6; i++) state = apply(rules, state, endTurn).state;
    expect(state.status).toBe('ended');
    // indicators all 50 and the great powers equally content (balance 100): (5 x 50 + 100) / 6 = 58
    expect(state.ending).toEqual({ id: 'time-runs-out', kind: 'draw', turn: 5, score: 58, grade: 'C' });
  });
});
