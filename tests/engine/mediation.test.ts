// Mediation tracks: ripeness, trust in the mediator, stages, spoilers and who gets the credit.
import { describe, expect, test } from 'vitest';
import { creditOf, preview, readinessView, readRef, trackBlocker, type Rules } from '../../src/engine/index.ts';
import { apply, decide, endTurn, start } from './play.ts';
import { actor, decision, track, world } from './world.ts';

const parties = [actor('us'), actor('russia', { trust: 70 }), actor('china'), actor('turkey', { greatPower: false, trust: 30 })];

describe('a conflict ripens', () => {
  test("the parties' readiness rises with the cost of the conflict and with their trust in Kazakhstan", () => {
    const rules = world({ actors: parties, tracks: [track('jet', { cost: 40 })] });
    const { state } = apply(rules, start(rules), endTurn);
    // cost 40 -> +4 each; Russia trusts Kazakhstan (70 -> +2), Turkey does not (30 -> -2)
    expect(state.tracks['jet']!.readiness).toEqual({ russia: 6, turkey: 2 });
  });

  test('a conflict that drags on costs more every turn until an agreement', () => {
    const rules = world({ actors: parties, tracks: [track('jet', { cost: 40, costGrowth: 5 })] });
    const { state } = apply(rules, start(rules), endTurn, endTurn);
    expect(state.tracks['jet']!.cost).toBe(50);
  });
});

describe('stages of a track', () => {
  const mediate = decision('shuttle-diplomacy', [{ kind: 'mediate', track: 'jet', progress: 100, spread: 0 }], { neutral: true });

  test("Kazakhstan's push counts for more when the parties trust it", () => {
    const trusted = world({ actors: parties.map((a) => ({ ...a, trust: 100 })), tracks: [track('jet')], decisions: [{ ...mediate, effects: [{ kind: 'mediate', track: 'jet', progress: 40, spread: 0 }] }] });
    const distrusted = world({ actors: parties.map((a) => ({ ...a, trust: 0 })), tracks: [track('jet')], decisions: [{ ...mediate, effects: [{ kind: 'mediate', track: 'jet', progress: 40, spread: 0 }] }] });
    expect(apply(trusted, start(trusted), decide('shuttle-diplomacy')).state.tracks['jet']!.progress).toBe(60);
    expect(apply(distrusted, start(distrusted), decide('shuttle-diplomacy')).state.tracks['jet']!.progress).toBe(20);
  });

  test('a track with full progress enters its next stage once every party is ready', () => {
    const rules = world({ actors: parties.map((a) => ({ ...a, trust: 50 })), tracks: [track('jet', { readiness: { russia: 30, turkey: 30 } })], decisions: [mediate] });
    let { state, happened } = apply(rules, start(rules), decide('shuttle-diplomacy'), endTurn);
    expect(state.tracks['jet']!.stage).toBe(1);
    expect(happened).toContainEqual({ kind: 'stage', track: 'jet', stage: 1, turn: 0 });
    ({ state } = apply(rules, state, decide('shuttle-diplomacy'), endTurn, decide('shuttle-diplomacy'), endTurn));
    expect(state.tracks['jet']!.stage).toBe(3);
  });

  test('a track waits while a party is not ready, and says who', () => {
    const rules = world({ actors: parties.map((a) => ({ ...a, trust: 50 })), tracks: [track('jet', { readiness: { russia: 30, turkey: 0 }, thresholds: [0, 20, 20, 20, 20, 20] })], decisions: [mediate] });
    const { state } = apply(rules, start(rules), decide('shuttle-diplomacy'), endTurn);
    expect(state.tracks['jet']!.stage).toBe(0);
    expect(trackBlocker(rules, state, 'jet')).toBe('Turkey not yet ready (readiness 20 needed)');
  });

  test('a spoiler lowers readiness and sets the talks back a stage', () => {
    const spoil = decision('leak', [{ kind: 'spoil', track: 'jet', readiness: -10, setback: true }]);
    const rules = world({ actors: parties.map((a) => ({ ...a, trust: 50 })), tracks: [track('jet', { readiness: { russia: 30, turkey: 30 } })], decisions: [mediate, spoil] });
    const { state } = apply(rules, start(rules), decide('shuttle-diplomacy'), endTurn, decide('leak'));
    expect(state.tracks['jet']!.stage).toBe(0);
    expect(state.tracks['jet']!.readiness).toEqual({ russia: 20, turkey: 20 });
  });

  test('progress made through another channel is not credited to Kazakhstan', () => {
    const channel = decision('turkish-channel', [{ kind: 'advance', track: 'jet', progress: 60, spread: 0 }]);
    const small = decision('shuttle-diplomacy', [{ kind: 'mediate', track: 'jet', progress: 20, spread: 0 }], { neutral: true });
    const rules = world({ actors: parties.map((a) => ({ ...a, trust: 50 })), tracks: [track('jet')], decisions: [small, channel] });
    const { state } = apply(rules, start(rules), decide('shuttle-diplomacy'), decide('turkish-channel'));
    expect(state.tracks['jet']!.kazakhProgress).toBe(20);
    expect(state.tracks['jet']!.otherProgress).toBe(60);
    expect(creditOf(state.tracks['jet']!)).toBe(25);
  });
});

describe('each party bears its own cost', () => {
  const newModel = (over: Partial<Rules['params']> = {}) => ({ ...world().params, trustCredit: true, ...over });

  test("a party whose own costs mount becomes ready while the other, untouched, does not", () => {
    const sanctions = decision('sanctions-bite', [{ kind: 'change', target: { kind: 'cost', track: 'jet', actor: 'russia' }, by: 40, spread: 0 }]);
    const rules = world({ actors: parties, params: newModel(), tracks: [track('jet', { cost: 0 })], decisions: [sanctions] });
    const { state } = apply(rules, start(rules), decide('sanctions-bite'), endTurn, endTurn);
    expect(state.tracks['jet']!.readiness).toEqual({ russia: 8, turkey: 0 });
    expect(readRef(rules, state, { kind: 'cost', track: 'jet', actor: 'russia' })).toBe(40);
    expect(readRef(rules, state, { kind: 'cost', track: 'jet' })).toBe(20);
  });

  test('a cost map gives each party its own cost, and cost.TRACK reads their mean', () => {
    const rules = world({ actors: parties, params: newModel(), tracks: [track('jet', { cost: 40, costs: { russia: 30, turkey: 50 } })] });
    const { state } = apply(rules, start(rules), endTurn);
    expect(state.tracks['jet']!.readiness).toEqual({ russia: 3, turkey: 5 });
    expect(readRef(rules, state, { kind: 'cost', track: 'jet' })).toBe(40);
  });

  test('tension between the parties raises their costs each turn', () => {
    // Russia and Turkey at tension 80: 0.5 x 80/10 = 4 more cost each turn for each
    const rules = world({ actors: parties, params: newModel(), tracks: [track('jet', { cost: 10, tensionCost: 0.5 })] });
    const { state } = apply(rules, start(rules), endTurn, endTurn);
    expect(state.tracks['jet']!.costs).toEqual({ russia: 18, turkey: 18 });
    expect(state.ledger.map((c) => c.reason)).toContain('Russia: the standoff with Turkey costs more (tension 80)');
  });

  test('with the new model trust does not raise readiness but decides the credit', () => {
    const mediate = decision('shuttle-diplomacy', [{ kind: 'mediate', track: 'jet', progress: 40, spread: 0 }], { neutral: true });
    const trusted = world({ actors: parties.map((a) => ({ ...a, trust: 80 })), params: newModel(), tracks: [track('jet')], decisions: [mediate] });
    const distrusted = world({ actors: parties.map((a) => ({ ...a, trust: 20 })), params: newModel(), tracks: [track('jet')], decisions: [mediate] });
    const high = apply(trusted, start(trusted), decide('shuttle-diplomacy'), endTurn).state.tracks['jet']!;
    const low = apply(distrusted, start(distrusted), decide('shuttle-diplomacy'), endTurn).state.tracks['jet']!;
    expect(high.readiness).toEqual({ russia: 0, turkey: 0 });
    expect(low.readiness).toEqual({ russia: 0, turkey: 0 });
    expect(high.progress).toBe(40);
    expect(low.progress).toBe(40);
    expect(creditOf(high)).toBe(80);
    expect(creditOf(low)).toBe(20);
  });
});

describe('a premature push', () => {
  const mediate = decision('shuttle-diplomacy', [{ kind: 'mediate', track: 'jet', progress: 20, spread: 0 }], { neutral: true });
  // contact needs readiness 20; Russia is at 0 (the full shortfall), Turkey is ready
  const jet = track('jet', { readiness: { russia: 0, turkey: 30 }, thresholds: [0, 20, 20, 30, 40, 50] });

  test("a push beyond the parties' readiness risks their trust", () => {
    const rules = world({ actors: parties, params: { ...world().params, prematureRisk: 1, prematureTrust: 6 }, tracks: [jet], decisions: [mediate] });
    const { state } = apply(rules, start(rules), decide('shuttle-diplomacy'));
    expect(state.actors['russia']!.trust).toBe(64);
    expect(state.actors['turkey']!.trust).toBe(30);
    expect(state.ledger.map((c) => c.reason)).toContain('Russia: pushed before it was ready');
  });

  test('the preview says the risk', () => {
    const rules = world({ actors: parties, params: { ...world().params, prematureRisk: 0.5 }, tracks: [jet], decisions: [mediate] });
    const lines = preview(rules, start(rules), { decision: 'shuttle-diplomacy' });
    const risk = lines.find((l) => l.target.kind === 'trust');
    expect(risk).toMatchObject({ min: -5, max: 0, expected: -2.5, note: 'Russia may feel pushed before it is ready (chance 50%)' });
  });

  test('never without prematureRisk', () => {
    const rules = world({ actors: parties, tracks: [jet], decisions: [mediate] });
    const { state } = apply(rules, start(rules), decide('shuttle-diplomacy'));
    expect(state.actors['russia']!.trust).toBe(70);
    expect(preview(rules, start(rules), { decision: 'shuttle-diplomacy' }).some((l) => l.target.kind === 'trust')).toBe(false);
  });
});

describe('progress past 100', () => {
  const big = decision('shuttle-diplomacy', [{ kind: 'mediate', track: 'jet', progress: 90, spread: 0 }], { neutral: true });
  const channel = decision('turkish-channel', [{ kind: 'advance', track: 'jet', progress: 30, spread: 0 }]);
  // contact needs readiness 20 and the parties are at 0: progress must wait
  const jet = track('jet', { thresholds: [0, 20, 20, 30, 40, 50] });
  const flat = parties.map((a) => ({ ...a, trust: 50 }));

  test('is held and carried, and the other channel still counts to its credit', () => {
    const rules = world({ actors: flat, params: { ...world().params, holdCap: 25 }, tracks: [jet], decisions: [big, channel] });
    let { state } = apply(rules, start(rules), decide('shuttle-diplomacy'), decide('turkish-channel'));
    expect(state.tracks['jet']!.progress).toBe(100);
    expect(state.tracks['jet']!.held).toBe(20);
    expect(state.tracks['jet']!.kazakhProgress).toBe(90);
    expect(state.tracks['jet']!.otherProgress).toBe(30);
    expect(creditOf(state.tracks['jet']!)).toBe(75);
    expect(state.ledger.map((c) => c.reason)).toContain('turkish-channel: 20 progress waits until the parties are ready');
    // the parties ripen: readiness 20 for contact; the 20 held carry into the stage
    const ready = { ...state, tracks: { jet: { ...state.tracks['jet']!, readiness: { russia: 20, turkey: 20 } } } };
    ({ state } = apply(rules, ready, endTurn));
    expect(state.tracks['jet']!.stage).toBe(1);
    expect(state.tracks['jet']!.progress).toBe(20);
    expect(state.tracks['jet']!.held).toBe(0);
  });

  test("is lost as before when the rules hold nothing", () => {
    const rules = world({ actors: flat, tracks: [jet], decisions: [big, channel] });
    const { state } = apply(rules, start(rules), decide('shuttle-diplomacy'), decide('turkish-channel'));
    expect(state.tracks['jet']!.held).toBeUndefined();
    expect(state.tracks['jet']!.otherProgress).toBe(10);
  });
});

describe('sounding out the parties', () => {
  const sound = decision('sound-out', [{ kind: 'reveal', track: 'jet', turns: 2 }]);
  const rules = world({ actors: parties, tracks: [track('jet', { readiness: { russia: 12, turkey: 2 }, thresholds: [0, 20, 20, 30, 40, 50] })], decisions: [sound] });

  test('readiness is a band until sounded out', () => {
    const state = start(rules);
    expect(readinessView(rules, state, 'jet', 'russia')).toEqual({ band: 'warming', exact: null });
    expect(readinessView(rules, state, 'jet', 'turkey')).toEqual({ band: 'not ready', exact: null });
  });

  test('and exact for N turns after reveal', () => {
    let { state } = apply(rules, start(rules), decide('sound-out'));
    expect(readinessView(rules, state, 'jet', 'russia')).toEqual({ band: 'warming', exact: 12 });
    ({ state } = apply(rules, state, endTurn));
    expect(readinessView(rules, state, 'jet', 'russia').exact).not.toBeNull();
    ({ state } = apply(rules, state, endTurn));
    expect(readinessView(rules, state, 'jet', 'russia').exact).toBeNull();
  });
});

describe('an old-style track', () => {
  test('plays exactly as before: one cost for all parties, trust in readiness and in the push', () => {
    const mediate = decision('shuttle-diplomacy', [{ kind: 'mediate', track: 'jet', progress: 30, spread: 10 }], { neutral: true });
    const rules = world({ actors: parties, tracks: [track('jet', { cost: 30, costGrowth: 5 })], decisions: [mediate] });
    const { state } = apply(rules, start(rules), decide('shuttle-diplomacy'), endTurn, decide('shuttle-diplomacy'), endTurn, endTurn);
    const jet = state.tracks['jet']!;
    expect(jet.costs).toBeUndefined();
    expect(jet.held).toBeUndefined();
    expect(jet.otherProgress).toBe(0);
    expect(state.ledger.filter((c) => c.target.kind === 'cost').map((c) => [c.turn, c.delta, c.value, c.reason])).toEqual([
      [0, 5, 35, 'the jet talks: the conflict drags on and costs more'],
      [1, 5, 40, 'the jet talks: the conflict drags on and costs more'],
      [2, 5, 45, 'the jet talks: the conflict drags on and costs more'],
    ]);
    expect(state.ledger.filter((c) => c.target.kind === 'readiness' && c.turn === 1).map((c) => c.reason)).toEqual([
      'Russia feels the cost of the conflict (35)', 'Russia trusts Kazakhstan as a broker (70)',
      'Turkey feels the cost of the conflict (35)', 'Turkey distrusts Kazakhstan as a broker (30)',
    ]);
  });
});
