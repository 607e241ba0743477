// The format of consequences over time: delayed effects, upkeep and memory compile, and the checker says when
// a delay can never fall due or a memory names nobody.
import { describe, expect, test } from 'vitest';
import { load, only, patch, spot } from './minimal.ts';

const withCredit = (after: number, from = 1) =>
  patch(
    `      - change: attitude.china
        by: 5
`,
    `      - change: attitude.china
        by: 5
      - change: economy
        by: -3
        after: ${after}
    upkeep:
      from: ${from}
      turns: 2
      reason: debt service
      effects:
        - change: economy
          by: -1
`,
  );

describe('delayed effects and upkeep in a file', () => {
  test('compile into the rules with their defaults', () => {
    const { rules, diagnostics } = load(withCredit(1));
    expect(diagnostics).toEqual([]);
    const pipeline = rules?.decisions.find((d) => d.id === 'pipeline');
    expect(pipeline?.effects[1]).toMatchObject({ kind: 'change', by: -3, after: 1 });
    expect(pipeline?.effects[0]?.after).toBeUndefined();
    expect(pipeline?.upkeep).toMatchObject({ from: 1, turns: 2, reason: 'debt service' });
    expect(rules?.decisions.find((d) => d.id === 'host-talks')?.upkeep).toBeNull();
    expect(rules?.params).toMatchObject({ memory: 0, memoryFade: 0.25 });
  });

  test('a delay as long as the calendar never falls due, and the checker says so where', () => {
    const text = withCredit(3);
    const d = only(load(text).diagnostics, 'never-due');
    expect(d.message).toBe("an effect of decision 'pipeline' is delayed 3 turns, but the scenario has only 3, so it never applies");
    expect(d).toMatchObject(spot(text, '3', 'after: '));
    expect(only(load(withCredit(1, 5)).diagnostics, 'never-due').message).toContain("the upkeep of decision 'pipeline' starts 5 turns after");
  });
});

describe('memory in a file', () => {
  test('memory.ACTOR reads in a condition, and names a real actor', () => {
    expect(load(patch('available: stage.jet-crisis < implementation', 'available: memory.russia < 10')).diagnostics).toEqual([]);
    const text = patch('available: stage.jet-crisis < implementation', 'available: memory.rusia < 10');
    expect(only(load(text).diagnostics, 'unknown-reference').message).toContain("'rusia'");
  });
});
