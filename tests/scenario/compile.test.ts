// What the engine receives: a file states only what differs from the documented defaults, dates become turns,
// stage names become numbers, and every event knows how it fires.
import { describe, expect, test } from 'vitest';
import type { Rules } from '../../src/engine/types.ts';
import { DEFAULTS, scenarioJsonSchema } from '../../src/scenario/index.ts';
import { MINIMAL, insertAfter, load, patch } from './minimal.ts';

function rulesOf(text: string): Rules {
  const { rules, diagnostics } = load(text);
  if (!rules) throw new Error(`did not load: ${diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
  return rules;
}

describe('the minimal scenario, with every default filled in', () => {
  const rules = rulesOf(MINIMAL);

  test('an actor drifts back toward its starting attitude, 10% a turn, with no dependence unless given', () => {
    expect(rules.actors[2]).toEqual({
      id: 'turkey', name: 'Turkey', greatPower: false, attitude: 0, baseline: 0, drift: 0.1, trust: 45, dependence: 0,
      position: null, interests: [], reactions: [], levers: [],
    });
  });

  test("Russia's reaction is certain and its lever has an even chance and a cooldown of two turns", () => {
    const russia = rules.actors[0];
    expect(russia?.reactions[0]).toMatchObject({ id: 'resents-deal', to: 'china-deal', chance: 1 });
    expect(russia?.levers[0]).toEqual({ id: 'trucks', kind: 'transit-slowdown', below: -20, severity: 5, chance: 0.5, cooldown: 2, reason: 'Trucks wait at the border.' });
  });

  test('the world rules and the grade take their documented defaults', () => {
    expect(rules.decisionsPerTurn).toBe(3);
    expect(rules.params).toEqual({
      coupling: 0.5, concentrationThreshold: 45, erosion: 1, ripeness: 1, trustPull: 1, randomEventChance: 0.3,
      memory: 0, memoryFade: 0.25,
      volatility: { calm: 0.6, tense: 1, volatile: 1.5 },
    });
    expect(rules.grade).toEqual({
      weights: { economy: 1, stability: 1, sovereignty: 1, prestige: 1, security: 1, balance: 1 },
      bands: [{ grade: 'A', min: 80 }, { grade: 'B', min: 65 }, { grade: 'C', min: 50 }, { grade: 'D', min: 35 }, { grade: 'F', min: 0 }],
    });
    expect(DEFAULTS.params).toEqual(rules.params);
  });

  test('a decision is repeatable with no cooldown; its available condition has stage names as numbers', () => {
    expect(rules.decisions[0]).toMatchObject({
      id: 'host-talks', neutral: true, once: false, cooldown: 0, tags: [],
      available: { op: 'cmp', cmp: '<', left: { ref: { kind: 'stage', track: 'jet-crisis' } }, right: { value: 5 } },
      effects: [{ kind: 'mediate', track: 'jet-crisis', progress: 30, spread: 0 }],
    });
    expect(rules.decisions[1]).toMatchObject({ available: { op: 'true' }, tags: ['china-deal'] });
  });

  test('the jet crisis talks have default stage thresholds, indexed by stage', () => {
    expect(rules.tracks[0]).toEqual({
      id: 'jet-crisis', name: 'The jet crisis', parties: ['russia', 'turkey'], readiness: { russia: 10, turkey: 20 },
      cost: 30, costGrowth: 0, thresholds: [0, 0, 10, 25, 40, 50],
    });
  });

  test('the jet downed on 20 April 2015 fires on the turn that began on 1 April (turn index 1), once', () => {
    expect(rules.events[0]).toMatchObject({ trigger: { kind: 'dated', turn: 1 }, once: true, choices: [] });
    expect(rules.events[0]?.effects).toEqual([{ kind: 'change', target: { kind: 'tension', a: 'russia', b: 'turkey' }, by: 20, spread: 0 }]);
  });

  test('endings: a condition checked each turn, and the final atEnd one with no condition', () => {
    expect(rules.endings).toEqual([
      { id: 'collapse', kind: 'defeat', title: 'Collapse', text: 'The economy collapses.', when: { op: 'cmp', cmp: '<', left: { ref: { kind: 'indicator', indicator: 'economy' } }, right: { value: 10 } }, atEnd: false, bonus: 0 },
      { id: 'time-runs-out', kind: 'draw', title: 'Time runs out', text: 'The calendar ends.', when: null, atEnd: true, bonus: 0 },
    ]);
  });

  test('the rules are plain JSON, so the engine can hash and save them', () => {
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
  });
});

describe('what a file states overrides the defaults', () => {
  test('thresholds given for some stages keep the defaults for the rest', () => {
    const rules = rulesOf(patch('    cost: 30\n', '    cost: 30\n    costGrowth: 2\n    thresholds: { formula: 30, implementation: 70 }\n'));
    expect(rules.tracks[0]).toMatchObject({ costGrowth: 2, thresholds: [0, 0, 10, 30, 40, 70] });
  });

  test('a random event recurs by default and may always occur when it has no when; a conditional one fires once', () => {
    const text = insertAfter(
      '        by: 20',
      [
        '  - id: protests',
        '    title: Protests',
        '    text: Crowds gather.',
        '    weight: 3',
        '  - id: slump',
        '    title: Slump',
        '    text: Oil falls.',
        '    when: economy < 30',
        '    choices:',
        '      - id: spend',
        '        label: Spend reserves',
        '        tags: [china-deal]',
        '        effects:',
        '          - set: flag.reserves-spent',
        '            to: 1',
      ].join('\n'),
    );
    const rules = rulesOf(text);
    expect(rules.events[1]).toMatchObject({ id: 'protests', trigger: { kind: 'random', weight: 3, when: { op: 'true' } }, once: false });
    expect(rules.events[2]).toMatchObject({ id: 'slump', trigger: { kind: 'conditional' }, once: true });
    expect(rules.events[2]?.choices[0]).toEqual({
      id: 'spend', label: 'Spend reserves', text: null, tags: ['china-deal'], neutral: false,
      effects: [{ kind: 'set', flag: 'reserves-spent', to: 1 }], upkeep: null,
    });
  });

  test('a spoiler without setback does not set the track back; one with it does', () => {
    const text = patch('      - change: tension.russia.turkey\n        by: 20', '      - spoil: jet-crisis\n        readiness: -15\n      - spoil: jet-crisis\n        readiness: -5\n        setback: true');
    expect(rulesOf(text).events[0]?.effects).toEqual([
      { kind: 'spoil', track: 'jet-crisis', readiness: -15, setback: false },
      { kind: 'spoil', track: 'jet-crisis', readiness: -5, setback: true },
    ]);
  });

  test('history dates become turns, and partial grade weights keep 1 for the rest', () => {
    const text = insertAfter(
      '    atEnd: true',
      'grade:\n  weights: { economy: 3, balance: 0 }\nhistory:\n  - date: "2015-07-15"\n    decisions: [host-talks]\n    note: Talks in Astana.\n  - date: "2015-01-01"\n    decisions: [pipeline]\n    note: The deal.',
    );
    const rules = rulesOf(text);
    expect(rules.grade.weights).toEqual({ economy: 3, stability: 1, sovereignty: 1, prestige: 1, security: 1, balance: 0 });
    expect(rules.history).toEqual([
      { turn: 0, decisions: ['pipeline'], choices: {}, note: 'The deal.' },
      { turn: 2, decisions: ['host-talks'], choices: {}, note: 'Talks in Astana.' },
    ]);
  });

  test('translations are carried to the engine as maps', () => {
    const rules = rulesOf(patch('    name: Turkey', '    name: { en: Turkey, ru: Турция, kk: Түркия }'));
    expect(rules.actors[2]?.name).toEqual({ en: 'Turkey', ru: 'Турция', kk: 'Түркия' });
  });
});

describe('the JSON Schema for editors', () => {
  test('is draft-07 with an id and a title, and knows every top-level key', () => {
    const schema = scenarioJsonSchema() as { $schema: string; $id: string; title: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toMatch(/^urn:multivector:/);
    expect(schema.title).toContain('Multivector scenario');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['format', 'actors', 'decisions', 'events', 'endings', 'history']));
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'actors', 'decisions', 'endings']));
  });
});
