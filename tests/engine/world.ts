// A small hand-built world for the engine's unit tests: the rules as the scenario compiler would produce them,
// with every part overridable, so each test states only what it is about.
import type { ActorDef, Condition, DecisionDef, Effect, EndingDef, EventDef, Rules, TrackDef, UpkeepDef } from '../../src/engine/index.ts';

export const always: Condition = { op: 'true' };

const NAMES: Record<string, string> = { us: 'the United States', russia: 'Russia', china: 'China', turkey: 'Turkey' };

export function actor(id: string, over: Partial<ActorDef> = {}): ActorDef {
  return {
    id,
    name: NAMES[id] ?? id,
    greatPower: true,
    attitude: 20,
    baseline: 20,
    drift: 0,
    trust: 50,
    dependence: 10,
    position: null,
    interests: [],
    reactions: [],
    levers: [],
    ...over,
  };
}

export function decision(id: string, effects: Effect[], over: Partial<DecisionDef> = {}): DecisionDef {
  return { id, title: id, text: id, cost: 1, tags: [], neutral: false, available: always, once: false, cooldown: 0, effects, ...over };
}

export function event(id: string, over: Partial<EventDef> = {}): EventDef {
  return { id, title: id, text: id, trigger: { kind: 'dated', turn: 0 }, once: true, effects: [], choices: [], ...over };
}

export function track(id: string, over: Partial<TrackDef> = {}): TrackDef {
  return {
    id,
    name: `the ${id} talks`,
    parties: ['russia', 'turkey'],
    readiness: { russia: 0, turkey: 0 },
    cost: 0,
    costGrowth: 0,
    thresholds: [0, 0, 10, 25, 40, 50],
    ...over,
  };
}

export const timeRunsOut: EndingDef = {
  id: 'time-runs-out', kind: 'draw', title: 'Time runs out', text: '', when: null, atEnd: true, bonus: 0,
};

export function world(over: Partial<Rules> = {}): Rules {
  return {
    id: 'test-world',
    title: 'A test world',
    calendar: Array.from({ length: 6 }, (_, i) => ({ date: `2016-0${i + 1}-01`, label: `Turn ${i + 1}` })),
    actors: [actor('us'), actor('russia'), actor('china'), actor('turkey', { greatPower: false })],
    tensions: [
      { a: 'us', b: 'russia', level: 60 },
      { a: 'us', b: 'china', level: 40 },
      { a: 'russia', b: 'china', level: 0 },
      { a: 'russia', b: 'turkey', level: 80 },
    ],
    indicators: { economy: 50, stability: 50, sovereignty: 50, prestige: 50, security: 50 },
    capital: { start: 3, perTurn: 3, max: 5 },
    decisionsPerTurn: 3,
    params: {
      coupling: 0.5, concentrationThreshold: 45, erosion: 1, ripeness: 1, trustPull: 1, randomEventChance: 0,
      volatility: { calm: 0.6, tense: 1, volatile: 1.5 },
    },
    decisions: [],
    events: [],
    tracks: [],
    endings: [timeRunsOut],
    grade: {
      weights: { economy: 1, stability: 1, sovereignty: 1, prestige: 1, security: 1, balance: 1 },
      bands: [{ grade: 'A', min: 80 }, { grade: 'B', min: 65 }, { grade: 'C', min: 50 }, { grade: 'D', min: 35 }, { grade: 'F', min: 0 }],
    },
    advisors: [],
    history: [],
    ...over,
  };
}

export const raise = (kind: 'attitude' | 'trust' | 'dependence', actorId: string, by: number, spread = 0): Effect => ({
  kind: 'change', target: { kind, actor: actorId }, by, spread,
});

export const indicator = (id: 'economy' | 'stability' | 'sovereignty' | 'prestige' | 'security', by: number, spread = 0): Effect => ({
  kind: 'change', target: { kind: 'indicator', indicator: id }, by, spread,
});

/** An effect that waits `after` turns (see world/delayed.ts). */
export const later = (after: number, effect: Effect): Effect => ({ ...effect, after });

/** A standing commitment's upkeep: `effects` each turn from `from` turns after taking, for `turns` turns. */
export const upkeep = (effects: Effect[], over: Partial<UpkeepDef> = {}): UpkeepDef => ({
  from: 1, turns: null, effects, reason: 'debt service', ...over,
});
