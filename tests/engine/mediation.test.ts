// Mediation tracks: ripeness, trust in the mediator, stages, spoilers and who gets the credit.
import { describe, expect, test } from 'vitest';
import { creditOf, trackBlocker } from '../../src/engine/index.ts';
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
