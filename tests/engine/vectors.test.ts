// The multi-vector rules: coupling between the great powers, dependence and sovereignty, drift, levers.
import { describe, expect, test } from 'vitest';
import { causesOf } from '../../src/engine/index.ts';
import { apply, decide, endTurn, start } from './play.ts';
import { actor, decision, indicator, raise, world } from './world.ts';

describe('coupling between the vectors', () => {
  test('a move toward Washington costs with Moscow in proportion to their rivalry', () => {
    const rules = world({ decisions: [decision('sign-us-deal', [raise('attitude', 'us', 10)])] });
    const { state } = apply(rules, start(rules), decide('sign-us-deal'));
    expect(state.actors['us']!.attitude).toBe(30);
    // coupling 0.5 x tension 60/100 x rise 10 = 3; China (tension 40) loses 2
    expect(state.actors['russia']!.attitude).toBe(17);
    expect(state.actors['china']!.attitude).toBe(18);
    const why = causesOf(state, { kind: 'attitude', actor: 'russia' });
    expect(why[0]!.reason).toBe('Russia resents a move toward the United States (tension 60)');
    expect(why[0]!.source).toEqual({ kind: 'coupling', decision: 'sign-us-deal' });
  });

  test('hosting talks that every side values costs nothing with the rivals', () => {
    const rules = world({ decisions: [decision('host-talks', [raise('attitude', 'us', 10)], { neutral: true })] });
    const { state } = apply(rules, start(rules), decide('host-talks'));
    expect(state.actors['us']!.attitude).toBe(30);
    expect(state.actors['russia']!.attitude).toBe(20);
    expect(state.actors['china']!.attitude).toBe(20);
  });

  test('warming a regional actor is not coupled to the great powers', () => {
    const rules = world({ decisions: [decision('turkic-summit', [raise('attitude', 'turkey', 10)])] });
    const { state } = apply(rules, start(rules), decide('turkic-summit'));
    expect(state.actors['russia']!.attitude).toBe(20);
  });
});

describe('dependence and sovereignty', () => {
  test('ties concentrated on China erode sovereignty at the end of the turn, with the reason', () => {
    const rules = world({
      actors: [actor('us', { dependence: 10 }), actor('russia', { dependence: 10 }), actor('china', { dependence: 80 })],
    });
    const { state } = apply(rules, start(rules), endTurn);
    // China holds 80% of ties, 35 points above the 45% threshold: erosion 1 per 10 points = -3.5
    expect(state.indicators.sovereignty).toBe(46.5);
    const cause = causesOf(state, { kind: 'indicator', indicator: 'sovereignty' })[0]!;
    expect(cause.reason).toContain('Dependence concentrated on China: 80%');
  });

  test('ties spread among the partners leave sovereignty whole', () => {
    const rules = world();
    const { state } = apply(rules, start(rules), endTurn);
    expect(state.indicators.sovereignty).toBe(50);
  });
});

describe('attitudes drift back toward their baseline', () => {
  test('a warmed Russia cools a fifth of the way back each turn', () => {
    const rules = world({ actors: [actor('russia', { attitude: 60, baseline: 20, drift: 0.2 })], tensions: [] });
    const { state } = apply(rules, start(rules), endTurn);
    expect(state.actors['russia']!.attitude).toBe(52);
  });
});

describe("great powers' levers", () => {
  const hostileRussia = actor('russia', {
    attitude: -40,
    levers: [{ id: 'border-checks', kind: 'transit-slowdown', below: -20, severity: 6, chance: 1, cooldown: 2, reason: 'trucks wait at the border' }],
  });

  test('a soured Russia slows transit, which hits the economy and says why', () => {
    const rules = world({ actors: [actor('us'), hostileRussia, actor('china')] });
    const { state } = apply(rules, start(rules), endTurn);
    expect(state.indicators.economy).toBe(44);
    expect(state.indicators.stability).toBe(48);
    const cause = causesOf(state, { kind: 'indicator', indicator: 'economy' })[0]!;
    expect(cause.reason).toBe('Russia: trucks wait at the border (its attitude -40 is below -20)');
    expect(cause.source).toEqual({ kind: 'lever', actor: 'russia', id: 'border-checks' });
  });

  test('a lever waits out its cooldown before it is used again', () => {
    const rules = world({ actors: [actor('us'), hostileRussia, actor('china')] });
    const { state } = apply(rules, start(rules), endTurn, endTurn, endTurn, endTurn);
    const uses = causesOf(state, { kind: 'indicator', indicator: 'economy' }).map((c) => c.turn);
    expect(uses).toEqual([0, 3]);
  });

  test('a content Russia keeps its levers in its pocket', () => {
    const rules = world({ actors: [actor('us'), { ...hostileRussia, attitude: 0 }, actor('china')] });
    const { state } = apply(rules, start(rules), endTurn);
    expect(state.indicators.economy).toBe(50);
  });
});

describe('reactions', () => {
  test('Russia reacts to a joint exercise with NATO at the end of the turn and gives its reason', () => {
    const rules = world({
      actors: [
        actor('us'),
        actor('russia', {
          reactions: [{ id: 'protest', to: 'western-military', chance: 1, effects: [raise('attitude', 'russia', -8)], reason: 'protests military ties with NATO' }],
        }),
        actor('china'),
      ],
      decisions: [decision('steppe-eagle', [indicator('security', 4)], { tags: ['western-military'] })],
    });
    const taken = apply(rules, start(rules), decide('steppe-eagle'));
    expect(taken.state.actors['russia']!.attitude).toBe(20);
    const { state } = apply(rules, taken.state, endTurn);
    expect(state.actors['russia']!.attitude).toBe(12);
    expect(causesOf(state, { kind: 'attitude', actor: 'russia' })[0]!.reason).toBe('Russia: protests military ties with NATO');
  });
});
