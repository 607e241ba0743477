// Powers that act: each actor plays its best available move by the utility the author gave it; an offer or
// demand waits for Kazakhstan's answer until its deadline and costs what it said when ignored; levers bite
// harder the more Kazakhstan depends on their actor.
import { describe, expect, test } from 'vitest';
import {
  leverExposure,
  nextMove,
  parseStrategy,
  preview,
  step,
  type ActorMoveDef,
  type Condition,
  type Effect,
  type GameState,
  type Happening,
  type Rules,
} from '../../src/engine/index.ts';
import { actor, always, indicator, world } from './world.ts';
import { apply, choose, endTurn, start } from './play.ts';

const tension = (by: number): Effect => ({ kind: 'change', target: { kind: 'tension', a: 'russia', b: 'turkey' }, by, spread: 0 });

function move(id: string, over: Partial<ActorMoveDef> = {}): ActorMoveDef {
  return {
    id, kind: 'action', title: id, text: `Russia does ${id}`, when: always, utility: 1, chance: 1, once: false, cooldown: 0,
    effects: [], options: [], deadline: 2, ignored: [], ignoredText: null, ...over,
  };
}

const sanctions = move('join-sanctions', {
  kind: 'demand',
  title: 'asks its allies to join the sanctions',
  utility: 10,
  once: true,
  options: [
    { id: 'comply', label: 'Join the sanctions', text: null, tags: [], neutral: false, effects: [indicator('economy', -5)] },
    { id: 'refuse', label: 'Refuse', text: null, tags: [], neutral: false, effects: [indicator('prestige', 3)] },
  ],
  ignored: [{ kind: 'change', target: { kind: 'attitude', actor: 'russia' }, by: -15, spread: 0 }],
  ignoredText: 'you ignored its demand to join the sanctions',
});

function withRussiaMoves(moves: ActorMoveDef[], over: Partial<Rules> = {}): Rules {
  const base = world(over);
  return { ...base, actors: base.actors.map((a) => (a.id === 'russia' ? { ...a, moves } : a)) };
}

const played = (happened: readonly Happening[]) => happened.flatMap((h) => (h.kind === 'actor-move' ? [h.move] : []));

describe('actors play their own moves', () => {
  test('an actor plays its best available move by utility', () => {
    const rules = withRussiaMoves([move('small', { utility: 1, effects: [tension(1)] }), move('big', { utility: 5, effects: [tension(10)] })]);
    const { state, happened } = apply(rules, start(rules), endTurn);
    expect(played(happened)).toEqual(['big']);
    expect(state.tensions['russia|turkey']).toBe(90);
  });

  test('a move whose condition fails is not played', () => {
    const never: Condition = { op: 'cmp', cmp: '<', left: { ref: { kind: 'indicator', indicator: 'economy' } }, right: { value: 0 } };
    const rules = withRussiaMoves([move('small', { utility: 1 }), move('big', { utility: 5, when: never })]);
    expect(played(apply(rules, start(rules), endTurn).happened)).toEqual(['small']);
  });

  test('a move played once is not played again, and conditions can ask whether it was played', () => {
    const rules = withRussiaMoves([move('warn', { once: true, utility: 3 }), move('after', { utility: 1 })]);
    const { happened } = apply(rules, start(rules), endTurn, endTurn);
    expect(played(happened)).toEqual(['warn', 'after']);
  });

  test('every move is in the ledger with its reason', () => {
    const rules = withRussiaMoves([move('pressure', { title: 'raises tension with Turkey', effects: [tension(5)] })]);
    const { state } = apply(rules, start(rules), endTurn);
    const entry = state.ledger.find((c) => c.source.kind === 'actor-move');
    expect(entry?.source).toEqual({ kind: 'actor-move', actor: 'russia', id: 'pressure' });
    expect(entry?.reason).toBe('Russia: raises tension with Turkey');
  });

  test('the same seed plays the same actor moves', () => {
    const rules = withRussiaMoves([move('a', { chance: 0.5, utility: 2 }), move('b', { chance: 0.5, utility: 1 }), move('c', { utility: 0 })]);
    const run = () => played(apply(rules, start(rules, 'same'), endTurn, endTurn, endTurn, endTurn).happened);
    expect(run()).toEqual(run());
    expect(new Set(run()).size).toBeGreaterThan(1);
  });
});

describe('offers and demands', () => {
  const rules = withRussiaMoves([sanctions]);

  test('a demand answered before its deadline applies the chosen option', () => {
    let state: GameState = apply(rules, start(rules), endTurn).state;
    expect(state.openDemands).toEqual([{ id: 'join-sanctions', actor: 'russia', due: 2 }]);
    const lines = preview(rules, state, { event: 'join-sanctions', option: 'comply' });
    expect(lines.map((l) => [l.label, l.expected])).toEqual([['economy', -5]]);
    state = apply(rules, state, endTurn, choose('join-sanctions', 'comply')).state;
    expect(state.indicators.economy).toBe(45);
    expect(state.openDemands).toEqual([]);
    state = apply(rules, state, endTurn, endTurn).state;
    expect(state.actors.russia?.attitude).toBe(20);
    expect(state.ledger.some((c) => c.source.kind === 'choice' && c.reason === 'Russia: asks its allies to join the sanctions: Join the sanctions')).toBe(true);
  });

  test('a demand ignored past its deadline costs what it said', () => {
    const s1 = apply(rules, start(rules), endTurn).state;
    const s2 = apply(rules, s1, endTurn).state;
    expect(s2.actors.russia?.attitude).toBe(20);
    const { state, happened } = apply(rules, s2, endTurn);
    expect(state.actors.russia?.attitude).toBe(5);
    expect(state.openDemands).toEqual([]);
    expect(happened).toContainEqual({ kind: 'demand-ignored', actor: 'russia', move: 'join-sanctions', turn: 2 });
    expect(state.ledger.at(-1)?.reason).toBe('Russia: you ignored its demand to join the sanctions');
    const late = step(rules, state, choose('join-sanctions', 'comply'));
    expect(late.ok ? null : late.rejected.code).toBe('not-pending');
  });

  test('a demand never blocks End turn', () => {
    const state = apply(rules, start(rules), endTurn).state;
    expect(step(rules, state, endTurn).ok).toBe(true);
  });

  test('an answer to an unknown option is refused', () => {
    const state = apply(rules, start(rules), endTurn).state;
    const result = step(rules, state, choose('join-sanctions', 'maybe'));
    expect(result.ok ? null : result.rejected.code).toBe('unknown-option');
  });

  test('the strategies answer open demands before deciding, the historical line from its record', () => {
    const history = [{ turn: 1, decisions: [], choices: { 'join-sanctions': 'refuse' }, note: '' }];
    const recorded = withRussiaMoves([sanctions], { history });
    const state = apply(recorded, start(recorded), endTurn).state;
    const rng = { next: () => 0.5 };
    expect(nextMove(recorded, state, parseStrategy('historical')!, rng, new Set())).toEqual({ type: 'choose', event: 'join-sanctions', option: 'refuse' });
    expect(nextMove(recorded, state, parseStrategy('balanced')!, rng, new Set())).toMatchObject({ type: 'choose', event: 'join-sanctions' });
  });
});

describe('levers and dependence', () => {
  const lever = { id: 'trucks', kind: 'transit-slowdown' as const, below: 50, severity: 10, chance: 1, cooldown: 5, reason: 'trucks wait at the border' };
  const rulesWith = (leverDependence: number | undefined, dependence: number): Rules => {
    const base = world();
    const params = leverDependence === undefined ? base.params : { ...base.params, leverDependence };
    return { ...base, params, actors: [actor('us'), actor('russia', { levers: [lever], dependence }), actor('china')] };
  };
  const economyLoss = (rules: Rules) => 50 - apply(rules, start(rules), endTurn).state.indicators.economy;

  test('leverDependence 0 keeps today\'s figures', () => {
    expect(economyLoss(rulesWith(undefined, 75))).toBe(10);
    expect(economyLoss(rulesWith(0, 75))).toBe(10);
  });

  test('levers bite harder with more dependence', () => {
    expect(economyLoss(rulesWith(0.4, 25))).toBe(10);
    expect(economyLoss(rulesWith(0.4, 50))).toBe(14);
    expect(economyLoss(rulesWith(0.4, 0))).toBe(6);
    // never below a quarter of the stated severity
    expect(economyLoss(rulesWith(5, 0))).toBe(2.5);
    const rules = rulesWith(0.4, 35);
    const reason = apply(rules, start(rules), endTurn).state.ledger.find((c) => c.source.kind === 'lever')?.reason;
    expect(reason).toMatch(/\(dependence 35: x1\.2\)$/);
  });

  test('the exposure says how hard each lever would hit now', () => {
    const rules = rulesWith(1, 50);
    const [exposure] = leverExposure(rules, start(rules), 'russia');
    expect(exposure?.factor).toBe(2);
    expect(exposure?.severity).toBe(20);
    expect(exposure?.hits[0]).toEqual({ target: { kind: 'indicator', indicator: 'economy' }, amount: -20 });
  });
});
