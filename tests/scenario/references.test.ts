// Every name in a scenario must name something, and effects must change what can be changed. Each miss is
// pointed at the name itself and suggests the nearest real one.
import { describe, expect, test } from 'vitest';
import { insertAfter, load, only, patch, spot, withFlagTitles } from './minimal.ts';

describe('names that name nothing', () => {
  test("mediating a misspelt track gets 'did you mean jet-crisis?' at the track's name", () => {
    const text = patch('      - mediate: jet-crisis', '      - mediate: jet-crisis2');
    const d = only(load(text).diagnostics, 'unknown-reference');
    expect(d.message).toBe("unknown track 'jet-crisis2': did you mean 'jet-crisis'? (in an effect of decision 'host-talks')");
    expect(d).toMatchObject(spot(text, 'jet-crisis2'));
  });

  test('an unknown actor with no close name lists the actors there are', () => {
    const text = patch('change: attitude.china', 'change: attitude.brazil');
    const d = only(load(text).diagnostics, 'unknown-reference');
    expect(d.message).toBe("unknown actor 'brazil'");
    expect(d.hint).toBe('known: russia, china, turkey');
  });

  test('3,000 misspelt actors among 3,000 actors are each reported; suggestions stop once comparing them would take too long', () => {
    const actors = Array.from({ length: 3000 }, (_, i) => `  - { id: actor-${i}, name: A, attitude: 0, trust: 0 }\n`).join('');
    const typos = Array.from({ length: 3000 }, (_, i) => `attitude.actro-${i} > 1`).join(' and ');
    const text = patch('when: economy < 10', `when: ${typos}`, patch('actors:\n', `actors:\n${actors}`));
    const found = load(text).diagnostics.filter((d) => d.code === 'unknown-reference');
    expect(found).toHaveLength(3000);
    expect(found[0]?.message).toBe("unknown actor 'actro-0': did you mean 'actor-0'?");
    expect(found[2999]?.message).toBe("unknown actor 'actro-2999'");
  });

  test('600 misspellings of 600 actor ids 1,000 letters long are each reported, and each over-long id is refused', () => {
    const long = (prefix: string, i: number) => `${prefix}${'x'.repeat(1000)}${i}`;
    const actors = Array.from({ length: 600 }, (_, i) => `  - { id: ${long('a', i)}, name: A, attitude: 0, trust: 0 }\n`).join('');
    const typos = Array.from({ length: 600 }, (_, i) => `attitude.${long('c', i)} > 1`).join(' and ');
    const text = patch('when: economy < 10', `when: ${typos}`, patch('actors:\n', `actors:\n${actors}`));
    const { diagnostics } = load(text);
    expect(diagnostics.filter((d) => d.code === 'unknown-reference')).toHaveLength(600);
    expect(diagnostics.filter((d) => d.code === 'too-long' && d.path.endsWith('.id'))).toHaveLength(600);
  });

  test('an actor id of 65 characters is refused, one of 64 is fine', () => {
    expect(load(patch('id: russia', `id: r${'u'.repeat(63)}`)).diagnostics.some((d) => d.code === 'too-long')).toBe(false);
    const text = patch('id: russia', `id: r${'u'.repeat(64)}`);
    expect(only(load(text).diagnostics, 'too-long')).toMatchObject({ ...spot(text, `r${'u'.repeat(64)}`), path: 'actors[0].id' });
    expect(only(load(text).diagnostics, 'too-long').message).toContain('at most 64 characters');
  });

  test('a condition on an event or a decision that does not exist', () => {
    const text = patch('when: economy < 10', 'when: fired.jet-down and taken.host-talk > 0');
    const found = load(text).diagnostics.filter((d) => d.code === 'unknown-reference');
    expect(found.map((d) => d.message)).toEqual([
      "unknown event 'jet-down': did you mean 'jet-downed'?",
      "unknown decision 'host-talk': did you mean 'host-talks'?",
    ]);
    expect(found[1]).toMatchObject(spot(text, 'host-talk >'));
  });

  test("the readiness of an actor who is not a party to the track", () => {
    const text = patch('when: economy < 10', 'when: readiness.jet-crisis.china > 50');
    const d = only(load(text).diagnostics, 'unknown-reference');
    expect(d.message).toBe("'china' is not a party of track 'jet-crisis'");
    expect(d).toMatchObject(spot(text, 'china > 50'));
  });

  test('a tension read in a condition must be declared, in either order', () => {
    expect(load(patch('when: economy < 10', 'when: tension.turkey.russia > 90')).diagnostics).toEqual([]);
    const text = patch('when: economy < 10', 'when: tension.russia.china > 90');
    const d = only(load(text).diagnostics, 'unknown-reference');
    expect(d.message).toBe("no tension between 'russia' and 'china' is declared");
    expect(d.hint).toBe('add it to tensions: - between: [russia, china]');
  });

  test('track parties, readiness keys and tension pairs name actors', () => {
    let text = patch('parties: [russia, turkey]', 'parties: [russia, turky]');
    text = patch('readiness: { russia: 10, turkey: 20 }', 'readiness: { russia: 10, turky: 20 }', text);
    const { diagnostics } = load(text);
    expect(diagnostics.filter((d) => d.code === 'unknown-reference').map((d) => d.message)).toEqual([
      "unknown actor 'turky': did you mean 'turkey'?",
    ]);
    expect(only(diagnostics, 'unknown-reference')).toMatchObject(spot(text, 'turky'));
  });

  test('a readiness for an actor outside the track is an error; a party without one is a warning', () => {
    const text = patch('readiness: { russia: 10, turkey: 20 }', 'readiness: { russia: 10, china: 20 }');
    const { diagnostics } = load(text);
    expect(only(diagnostics, 'unknown-reference')).toMatchObject({ ...spot(text, 'china: 20'), message: "'china' has a readiness but is not a party of track 'jet-crisis'" });
    expect(only(diagnostics, 'missing-readiness')).toMatchObject({ severity: 'warning', message: "track 'jet-crisis' gives no readiness for 'turkey'; it starts at 0" });
  });

  test('a tension of an actor with itself, and a pair declared twice the other way round', () => {
    const text = insertAfter('    level: 60', '  - between: [turkey, russia]\n    level: 10\n  - between: [china, china]\n    level: 5');
    const { diagnostics } = load(text);
    expect(only(diagnostics, 'duplicate-id').message).toContain("the tension between 'turkey' and 'russia' is declared twice");
    expect(only(diagnostics, 'bad-tension')).toMatchObject(spot(text, '[china, china]'));
  });

  test("a reaction to a tag no decision carries never fires (a warning), with did-you-mean", () => {
    const text = patch('        to: china-deal', '        to: china-deals');
    const d = only(load(text).diagnostics, 'unused-tag');
    expect(d).toMatchObject({ severity: 'warning', ...spot(text, 'china-deals') });
    expect(d.message).toContain("did you mean 'china-deal'?");
  });

  test("advice on a decision that does not exist, and a note citing an unknown source", () => {
    let text = insertAfter(
      '    atEnd: true',
      'advisors:\n  - id: mfa\n    name: Foreign ministry\n    role: Diplomacy\n    advice:\n      - decision: host-talk\n        why: Talks are cheap.',
    );
    text = patch('objectives:', 'sources:\n  - id: tass\n    title: TASS\nwhatHappened:\n  - text: It happened.\n    sources: [tas]\nobjectives:', text);
    const found = load(text).diagnostics.filter((d) => d.code === 'unknown-reference');
    expect(found.map((d) => d.message).sort()).toEqual([
      "unknown decision 'host-talk': did you mean 'host-talks'?",
      "unknown source 'tas': did you mean 'tass'?",
    ]);
    expect(found.find((d) => d.message.includes('tas'))).toMatchObject(spot(text, 'tas]'));
  });
});

describe('names of broken entries', () => {
  test('a reference to an actor whose own entry is broken is not reported a second time', () => {
    let text = patch('attitude: 20', 'attitude: 150');
    text = patch('when: economy < 10', 'when: attitude.russia < -50', text);
    expect(load(text).diagnostics.map((d) => d.code)).toEqual(['out-of-range']);
  });

  test('but a misspelling of it still is, with the suggestion', () => {
    let text = patch('attitude: 20', 'attitude: 150');
    text = patch('when: economy < 10', 'when: attitude.rusia < -50', text);
    const d = only(load(text).diagnostics, 'unknown-reference');
    expect(d.message).toBe("unknown actor 'rusia': did you mean 'russia'?");
  });
});

describe('effects change what can be changed', () => {
  test.each([
    ['stage.jet-crisis', 'mediate'],
    ['progress.jet-crisis', 'mediate'],
    ['credit.jet-crisis', 'mediate'],
    ['turn', 'turns pass'],
    ['fired.jet-downed', 'flag'],
    ['taken.pipeline', 'flag'],
  ])('change: %s is not changeable, and the hint says what to use', (target, hint) => {
    const text = patch('change: attitude.china', `change: ${target}`);
    const d = only(load(text).diagnostics, 'not-changeable');
    expect(d).toMatchObject(spot(text, target, 'id: pipeline'));
    expect(d.hint).toContain(hint);
  });

  test('set works on flags only', () => {
    const text = patch('      - change: attitude.china\n        by: 5', '      - set: attitude.china\n        to: 5');
    expect(only(load(text).diagnostics, 'not-changeable').message).toBe("set works on flags, and 'attitude.china' is not one");
  });

  test('changing every changeable kind of number is fine', () => {
    const targets = ['economy', 'capital', 'trust.turkey', 'dependence.china', 'tension.turkey.russia', 'readiness.jet-crisis.turkey', 'cost.jet-crisis', 'flag.mood'];
    const effects = targets.map((t) => `      - change: ${t}\n        by: 1`).join('\n');
    const text = withFlagTitles(patch('      - change: attitude.china\n        by: 5', effects), 'mood');
    expect(load(text).diagnostics).toEqual([]);
  });
});

describe('the historical line', () => {
  const history = (entries: string) => `history:\n${entries}`;

  test('history names real decisions, and event choices that belong to the event', () => {
    let text = patch(
      '    date: "2015-04-20"\n',
      '    date: "2015-04-20"\n    choices:\n      - id: neutral\n        label: Stay neutral\n        effects: []\n',
    );
    text = insertAfter(
      '    atEnd: true',
      history('  - date: "2015-01-01"\n    decisions: [pipline]\n    note: A deal.\n  - date: "2015-04-01"\n    choices: { jet-downed: neutrl, jet-crisis: x }\n    note: Neutral.'),
      text,
    );
    const found = load(text).diagnostics.filter((d) => d.code === 'unknown-reference');
    expect(found.map((d) => d.message)).toEqual([
      "unknown decision 'pipline': did you mean 'pipeline'?",
      "event 'jet-downed' has no choice 'neutrl': did you mean 'neutral'?",
      "unknown event 'jet-crisis'",
    ]);
    expect(found[1]).toMatchObject(spot(text, 'neutrl'));
  });

  test('two history entries on the same turn are one too many', () => {
    const text = insertAfter(
      '    atEnd: true',
      history('  - date: "2015-04-01"\n    decisions: [pipeline]\n    note: A deal.\n  - date: "2015-05-15"\n    decisions: [host-talks]\n    note: Talks.'),
    );
    const d = only(load(text).diagnostics, 'duplicate-turn');
    expect(d.message).toContain('falls on turn 2');
    expect(d).toMatchObject(spot(text, '"2015-05-15"'));
  });

  test('a choice in history for an event that offers none', () => {
    const text = insertAfter('    atEnd: true', history('  - date: "2015-04-01"\n    choices: { jet-downed: calm }\n    note: Calm.'));
    expect(only(load(text).diagnostics, 'unknown-reference').message).toBe("event 'jet-downed' offers no choices");
  });
});
