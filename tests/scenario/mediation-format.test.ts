// The mediation model in the file: each party's own cost, the rules that make trust decide the credit, premature
// pushes and held progress, and sounding the parties out. Every one is optional; a file without them compiles as
// before.
import { describe, expect, test } from 'vitest';
import type { Rules } from '../../src/engine/types.ts';
import { MINIMAL, load, only, patch, spot } from './minimal.ts';

function rulesOf(text: string): Rules {
  const { rules, diagnostics } = load(text);
  if (!rules) throw new Error(`did not load: ${diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
  return rules;
}

describe('mediation tracks: costs, ripeness, credit', () => {
  test('a track without the new fields compiles as before', () => {
    const track = rulesOf(MINIMAL).tracks[0]!;
    expect(track.cost).toBe(30);
    expect('costs' in track).toBe(false);
    expect('tensionCost' in track).toBe(false);
  });

  test("a cost map gives each party its own cost, and the track's cost is their mean", () => {
    const text = patch('    cost: 30', '    cost: { russia: 30, turkey: 45 }\n    tensionCost: 0.5');
    const track = rulesOf(text).tracks[0]!;
    expect(track).toMatchObject({ cost: 37.5, costs: { russia: 30, turkey: 45 }, tensionCost: 0.5 });
  });

  test('the rules switches and a reveal effect compile', () => {
    const text = patch('        progress: 30', '        progress: 30\n      - reveal: jet-crisis\n      - reveal: jet-crisis\n        turns: 2');
    const rules = rulesOf(text);
    expect(rules.decisions[0]?.effects.slice(1)).toEqual([
      { kind: 'reveal', track: 'jet-crisis', turns: 3 },
      { kind: 'reveal', track: 'jet-crisis', turns: 2 },
    ]);
  });

  test("one party's cost can be read and changed: cost.TRACK.ACTOR", () => {
    const text = patch('      - change: attitude.china\n        by: 5', '      - change: cost.jet-crisis.russia\n        by: 5');
    expect(rulesOf(text).decisions[1]?.effects[0]).toEqual({ kind: 'change', target: { kind: 'cost', track: 'jet-crisis', actor: 'russia' }, by: 5, spread: 0 });
  });

  test('the cost of an actor who is not a party is an error at its name', () => {
    const text = patch('      - change: attitude.china\n        by: 5', '      - change: cost.jet-crisis.china\n        by: 5');
    const d = only(load(text).diagnostics, 'unknown-reference');
    expect(d.message).toBe("'china' is not a party of track 'jet-crisis'");
    const at = spot(text, 'cost.jet-crisis.china');
    expect(d).toMatchObject({ line: at.line, column: at.column + 'cost.jet-crisis.'.length });
  });

  test('a cost for an actor outside the track is an error; a party without one is a warning', () => {
    const text = patch('    cost: 30', '    cost: { russia: 30, china: 45 }');
    const { diagnostics } = load(text);
    expect(only(diagnostics, 'unknown-reference')).toMatchObject({ ...spot(text, 'china: 45'), message: "'china' has a cost but is not a party of track 'jet-crisis'" });
    expect(only(diagnostics, 'missing-cost')).toMatchObject({ severity: 'warning', message: "track 'jet-crisis' gives no cost for 'turkey'; it starts at 0" });
  });

  test('held progress is read, never changed, by the file', () => {
    const text = patch('      - change: attitude.china\n        by: 5', '      - change: held.jet-crisis\n        by: 5');
    expect(only(load(text).diagnostics, 'not-changeable').message).toContain("'held.jet-crisis' cannot be changed");
  });
});
