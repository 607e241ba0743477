// A scenario can be well formed and still make no sense: two things with one id, a calendar that runs
// backwards, an event that can never fire, an ending nobody can reach, a decision nobody can take.
import { describe, expect, test } from 'vitest';
import { insertAfter, load, only, patch, spot, withFlagTitles } from './minimal.ts';

describe('ids', () => {
  test('two actors with one id: the second is reported, with the line of the first', () => {
    const text = patch('  - id: turkey', '  - id: china');
    const d = only(load(text).diagnostics, 'duplicate-id');
    expect(d.message).toBe(`the actor id 'china' is used twice (first on line ${spot(text, 'id: china').line})`);
    expect(d).toMatchObject(spot(text, 'china', 'name: China'));
  });

  test('two choices of one event with one id', () => {
    const text = patch(
      '    date: "2015-04-20"\n',
      '    date: "2015-04-20"\n    choices:\n      - { id: calm, label: Stay calm, effects: [] }\n      - { id: calm, label: Stay calmer, effects: [] }\n',
    );
    expect(only(load(text).diagnostics, 'duplicate-id').message).toContain("the choice of event 'jet-downed' id 'calm' is used twice");
  });
});

describe('dates and the calendar', () => {
  test('a calendar that goes backwards', () => {
    const text = patch('{ date: "2015-07-01", label: Summer }', '{ date: "2015-03-01", label: Summer }');
    const d = only(load(text).diagnostics, 'calendar-order');
    expect(d.message).toBe("the calendar's dates must increase, but 2015-03-01 is not after 2015-04-01, the turn before");
    expect(d).toMatchObject(spot(text, '"2015-03-01"'));
  });

  test('the 30th of February does not exist', () => {
    const text = patch('date: "2015-04-20"', 'date: "2015-02-30"');
    expect(only(load(text).diagnostics, 'bad-date').message).toBe('2015-02-30 is not a date in the calendar year');
  });

  test('an event dated before the first turn is out of range; one after the last turn is on the last turn', () => {
    const before = patch('date: "2015-04-20"', 'date: "2014-12-31"');
    expect(only(load(before).diagnostics, 'date-out-of-range')).toMatchObject({ ...spot(before, '"2014-12-31"'), message: "event 'jet-downed' is dated 2014-12-31, before the first turn (2015-01-01)" });
    const after = load(patch('date: "2015-04-20"', 'date: "2016-03-01"'));
    expect(after.diagnostics).toEqual([]);
    expect(after.rules?.events[0]?.trigger).toEqual({ kind: 'dated', turn: 2 });
  });
});

describe('how an event fires', () => {
  test('a date and a when together are two triggers', () => {
    const text = patch('    date: "2015-04-20"\n', '    date: "2015-04-20"\n    when: economy < 40\n');
    const d = only(load(text).diagnostics, 'event-trigger');
    expect(d.message).toBe("event 'jet-downed' has both a date and a when: a dated event fires on its turn, whatever else holds");
    expect(d).toMatchObject(spot(text, 'economy < 40'));
  });

  test('no date, no when and no weight is no trigger at all', () => {
    const text = patch('    date: "2015-04-20"\n', '');
    expect(only(load(text).diagnostics, 'event-trigger').message).toContain('never fires');
  });

  test('a random event of weight 0 is never drawn (a warning)', () => {
    const text = patch('    date: "2015-04-20"\n', '    weight: 0\n');
    expect(only(load(text).diagnostics, 'never-drawn').severity).toBe('warning');
  });

  test('a conditional event waiting for a flag value no effect gives can never fire', () => {
    let text = patch('    date: "2015-04-20"\n', '    when: flag.deal == 2\n');
    text = patch('      - change: attitude.china\n        by: 5', '      - change: attitude.china\n        by: 5\n      - set: flag.deal\n        to: 1', text);
    const d = only(load(text).diagnostics, 'condition-never-holds');
    expect(d.message).toBe("event 'jet-downed' can never fire: its 'when' condition never holds");
    expect(d.hint).toBe('flag.deal only ever holds 0, 1');
    expect(d).toMatchObject(spot(text, 'flag.deal == 2'));
  });

  test('a flag set to 2,001 values, asked for a value between them by 200 decisions of 256 alternatives each: every decision is reported, and a value it is set to is fine', () => {
    const sets = Array.from({ length: 2001 }, (_, i) => `      - set: flag.x\n        to: ${i - 1000}\n`).join('');
    const never = Array.from({ length: 256 }, (_, i) => `flag.x == ${(i % 997) + 0.5}`).join(' or ');
    const decision = (id: string, available: string) =>
      `  - id: ${id}\n    title: T\n    text: T\n    cost: 1\n    available: ${available}\n    effects:\n      - change: economy\n        by: 1\n`;
    const decisions = Array.from({ length: 200 }, (_, i) => decision(`d${i}`, never)).join('') + decision('reachable', `${never} or flag.x == 999`);
    let text = patch('        progress: 30\n', `        progress: 30\n${sets}`);
    text = patch('decisions:\n', `decisions:\n${decisions}`, text);
    const unusable = load(text).diagnostics.filter((d) => d.code === 'unusable-decision');
    expect(unusable).toHaveLength(200);
    expect(unusable[0]?.hint).toMatch(/^flag\.x only ever holds -1000, -999, .* -1, 0, 1, .* 1000$/);
    expect(unusable.some((d) => d.message.includes("'reachable'"))).toBe(false);
  });
});

describe('endings', () => {
  test('without an atEnd ending that has no when, the calendar can run out with no ending', () => {
    const text = patch('    atEnd: true\n', '    atEnd: true\n    when: economy > 50\n');
    const d = only(load(text).diagnostics, 'no-final-ending');
    expect(d).toMatchObject({ severity: 'error', ...spot(text, 'endings:') });
  });

  test('an ending with neither a when nor atEnd is never reached', () => {
    const text = patch('    when: economy < 10\n', '');
    expect(only(load(text).diagnostics, 'unreachable-ending').message).toBe("ending 'collapse' has neither a when nor atEnd: true, so it is never reached");
  });

  test('an atEnd ending after the unconditional one is never chosen', () => {
    const text = `${patch('', '')}  - id: late\n    kind: victory\n    title: Late\n    text: Too late.\n    atEnd: true\n    when: prestige > 60\n`;
    const d = only(load(text).diagnostics, 'unreachable-ending');
    expect(d.message).toContain("comes after ending 'time-runs-out'");
    expect(d.hint).toBe("move it before 'time-runs-out'");
  });

  test('an ending waiting for an agreement on a track nothing mediates is unreachable, and says why', () => {
    let text = patch('    when: economy < 10', '    when: stage.jet-crisis >= agreement');
    text = patch('      - mediate: jet-crisis\n        progress: 30', '      - change: prestige\n        by: 1', text);
    const d = only(load(text).diagnostics, 'unreachable-ending');
    expect(d.message).toBe("ending 'collapse' can never be reached: its 'when' condition never holds");
    expect(d.hint).toBe("nothing mediates or advances track 'jet-crisis', so it stays at stage 'none'");
  });

  test('a contradiction: the economy above 80 and below 20 at once', () => {
    const text = patch('when: economy < 10', 'when: economy > 80 and economy < 20');
    const d = only(load(text).diagnostics, 'unreachable-ending');
    expect(d).toMatchObject(spot(text, 'economy > 80'));
    expect(d.hint).toContain('contradict');
  });

  test('whole-number references: no stage is 2.5, and no turn comes after the last', () => {
    const stage = load(patch('when: economy < 10', 'when: stage.jet-crisis == 2.5'));
    expect(only(stage.diagnostics, 'unreachable-ending').severity).toBe('error');
    const turn = load(patch('when: economy < 10', 'when: turn > 3 or economy > 100'));
    expect(only(turn.diagnostics, 'unreachable-ending').severity).toBe('error');
    expect(load(patch('when: economy < 10', 'when: turn >= 3')).diagnostics).toEqual([]);
  });

  test('every turn ruled out one by one with != leaves none: turn != 1 and turn != 2 and turn != 3 never holds', () => {
    const never = load(patch('when: economy < 10', 'when: turn != 1 and turn != 2 and turn != 3'));
    expect(only(never.diagnostics, 'unreachable-ending').severity).toBe('error');
    expect(load(patch('when: economy < 10', 'when: turn != 1 and turn != 3')).diagnostics).toEqual([]);
  });

  test('a number pinned by >= and <= and then ruled out by != never holds; one of many that are not pinned does', () => {
    const pinned = load(patch('when: economy < 10', 'when: economy >= 5 and economy <= 5 and economy != 5'));
    expect(only(pinned.diagnostics, 'unreachable-ending').severity).toBe('error');
    expect(load(patch('when: economy < 10', 'when: economy >= 5 and economy <= 6 and economy != 5')).diagnostics).toEqual([]);
  });

  test('not (a or b) is analysed with De Morgan: not (economy >= 0 or security >= 0) never holds', () => {
    const text = patch('when: economy < 10', 'when: not (economy >= 0 or security >= 0)');
    expect(only(load(text).diagnostics, 'unreachable-ending').severity).toBe('error');
  });

  test('an ending that holds whatever happens ends every game after the first turn (a warning)', () => {
    const text = patch('when: economy < 10', 'when: economy >= 0');
    expect(only(load(text).diagnostics, 'condition-always-holds').severity).toBe('warning');
  });
});

describe('decisions nobody can take', () => {
  test("a decision available only when a flag nothing sets is 1 is unusable", () => {
    const text = patch('available: stage.jet-crisis < implementation', 'available: flag.invited == 1');
    const d = only(load(text).diagnostics, 'unusable-decision');
    expect(d.message).toBe("decision 'host-talks' can never be taken: its 'available' condition never holds");
    expect(d.hint).toBe('no effect sets flag.invited, so it is always 0');
    expect(d).toMatchObject({ ...spot(text, 'flag.invited'), path: 'decisions[0].available' });
  });

  test('a decision that costs more capital than can ever be held is unusable', () => {
    const text = patch('    cost: 2\n    tags: [china-deal]', '    cost: 7\n    tags: [china-deal]');
    const d = only(load(text).diagnostics, 'unusable-decision');
    expect(d.message).toBe("decision 'pipeline' costs 7, but capital never exceeds 6");
    expect(d).toMatchObject(spot(text, '7', 'id: pipeline'));
  });

  test('reading a flag nothing sets, where the condition still can hold, is a warning at the flag', () => {
    const text = patch('available: stage.jet-crisis < implementation', 'available: not flag.vetoed');
    const d = only(load(text).diagnostics, 'unset-flag');
    expect(d).toMatchObject({ severity: 'warning', ...spot(text, 'vetoed') });
  });

  test('a flag set by some effect is not reported', () => {
    let text = patch('available: stage.jet-crisis < implementation', 'available: flag.invited == 1');
    text = patch('        by: 20', '        by: 20\n      - set: flag.invited\n        to: 1', text);
    expect(load(withFlagTitles(text, 'invited')).diagnostics).toEqual([]);
  });
});

describe('the world as a whole', () => {
  test('fewer than two great powers is a warning: nothing couples the vectors', () => {
    const text = patch('    attitude: 10\n', '    attitude: 10\n').replace('    greatPower: true\n    attitude: 10', '    attitude: 10');
    expect(only(load(text).diagnostics, 'few-great-powers')).toMatchObject({ severity: 'warning', ...spot(text, 'actors:') });
  });

  test('more starting capital than can be held', () => {
    const text = patch('capital: { start: 3, perTurn: 3, max: 6 }', 'capital: { start: 8, perTurn: 3, max: 6 }');
    expect(only(load(text).diagnostics, 'out-of-range')).toMatchObject({ ...spot(text, '8,'), message: 'kazakhstan.capital.start (8) is above its max (6)' });
  });

  test('warnings alone do not stop a scenario from loading', () => {
    const { rules, diagnostics } = load(patch('available: stage.jet-crisis < implementation', 'available: not flag.vetoed'));
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(rules).not.toBeNull();
  });

  test('problems in broken entries do not cascade: a decision with a bad cost still has its flags counted', () => {
    let text = patch('available: stage.jet-crisis < implementation', 'available: flag.invited == 1');
    text = patch('        by: 20', '        by: 20\n      - set: flag.invited\n        to: 1', text);
    text = patch('    cost: 2\n    tags: [china-deal]', '    cost: 200\n    tags: [china-deal]', text);
    const { diagnostics } = load(withFlagTitles(text, 'invited'));
    expect(diagnostics.map((d) => d.code)).toEqual(['out-of-range']);
  });

  test('an event with an extra key still has its effects and conditions checked', () => {
    let text = patch('    date: "2015-04-20"\n', '    date: "2015-04-20"\n    colour: red\n');
    text = patch('change: tension.russia.turkey', 'change: tension.russia.turky', text);
    const codes = load(text).diagnostics.map((d) => d.code).sort();
    expect(codes).toEqual(['unknown-key', 'unknown-reference']);
  });
});

describe('large files', () => {
  // How fast this is, is measured by `npm run bench` (figures, not a time limit in a test).
  test('a 1 MB scenario of 4,000 decisions loads cleanly, every decision compiled', () => {
    const decisions = Array.from({ length: 4000 }, (_, i) => {
      const actor = ['russia', 'china', 'turkey'][i % 3];
      return [
        `  - id: generated-${i}`,
        `    title: Generated decision ${i}`,
        `    text: A decision generated to measure the checker, touching ${actor} and the economy of the region.`,
        `    cost: ${1 + (i % 3)}`,
        `    available: attitude.${actor} > -50 and economy >= ${i % 50} and not (stage.jet-crisis >= agreement or turn > 2)`,
        '    effects:',
        `      - change: attitude.${actor}`,
        `        by: ${(i % 7) - 3}`,
        '        spread: 1',
        '      - change: economy',
        `        by: ${(i % 5) - 2}`,
      ].join('\n');
    });
    const text = patch('decisions:\n', `decisions:\n${decisions.join('\n')}\n`);
    expect(text.length).toBeGreaterThan(1_000_000);
    const { rules, diagnostics } = load(text);
    expect(diagnostics).toEqual([]);
    expect(rules?.decisions).toHaveLength(4002);
  });
});
