// The condition language: what each condition means to the engine, and where a mistake in one is pointed at,
// down to the column inside the condition, however the YAML writes it (plain, quoted, folded over lines).
import { describe, expect, test } from 'vitest';
import { parseCondition, parseReference } from '../../src/scenario/index.ts';
import { longCondition } from '../../bench/hostile-scenarios.js';
import { MINIMAL, load, only, patch, spot } from './minimal.ts';

const parsed = (text: string) => {
  const result = parseCondition(text);
  if (!result.ok) throw new Error(`did not parse: ${result.problem.message}`);
  return result.condition;
};
const problem = (text: string) => {
  const result = parseCondition(text);
  if (result.ok) throw new Error(`parsed, but should not have: ${text}`);
  return result.problem;
};

describe('what a condition means', () => {
  test("Russia's attitude below -20 is a comparison of a reference with a negative number", () => {
    expect(parsed('attitude.russia < -20')).toEqual({
      op: 'cmp', cmp: '<', left: { ref: { kind: 'attitude', actor: 'russia' } }, right: { value: -20 },
    });
  });

  test("a stage name beside a track's stage is its number: formula is 3", () => {
    expect(parsed('stage.jet-crisis >= formula')).toEqual({
      op: 'cmp', cmp: '>=', left: { ref: { kind: 'stage', track: 'jet-crisis' } }, right: { value: 3 },
    });
    expect(parsed('none == stage.su24_talks')).toMatchObject({ left: { value: 0 }, right: { ref: { kind: 'stage', track: 'su24_talks' } } });
    expect(parsed('stage.t < implementation')).toMatchObject({ right: { value: 5 } });
  });

  test('a bare reference means "is not 0", and not binds tighter than and, and than or', () => {
    expect(parsed('flag.host')).toEqual({ op: 'cmp', cmp: '!=', left: { ref: { kind: 'flag', flag: 'host' } }, right: { value: 0 } });
    expect(parsed('not fired.letter and economy > 40 or taken.host-talks >= 2')).toEqual({
      op: 'or',
      args: [
        {
          op: 'and',
          args: [
            { op: 'not', arg: { op: 'cmp', cmp: '!=', left: { ref: { kind: 'fired', event: 'letter' } }, right: { value: 0 } } },
            { op: 'cmp', cmp: '>', left: { ref: { kind: 'indicator', indicator: 'economy' } }, right: { value: 40 } },
          ],
        },
        { op: 'cmp', cmp: '>=', left: { ref: { kind: 'taken', decision: 'host-talks' } }, right: { value: 2 } },
      ],
    });
  });

  test('parentheses group, and true and false are constants', () => {
    expect(parsed('(economy > 1 or security > 1) and true')).toMatchObject({ op: 'and', args: [{ op: 'or' }, { op: 'true' }] });
    expect(parsed('false')).toEqual({ op: 'not', arg: { op: 'true' } });
  });

  test('every kind of reference reads as the engine names it', () => {
    const refs = [
      ['capital', { kind: 'capital' }],
      ['turn', { kind: 'turn' }],
      ['trust.iran', { kind: 'trust', actor: 'iran' }],
      ['dependence.china', { kind: 'dependence', actor: 'china' }],
      ['tension.russia.turkey', { kind: 'tension', a: 'russia', b: 'turkey' }],
      ['progress.t', { kind: 'progress', track: 't' }],
      ['readiness.jet-crisis.turkey', { kind: 'readiness', track: 'jet-crisis', actor: 'turkey' }],
      ['cost.t', { kind: 'cost', track: 't' }],
      ['credit.t', { kind: 'credit', track: 't' }],
    ] as const;
    for (const [text, ref] of refs) {
      const result = parseReference(text);
      expect(result.ok && result.use.ref).toEqual(ref);
    }
  });

  test('comparing two references and decimal numbers are fine', () => {
    expect(parsed('attitude.russia > attitude.us')).toMatchObject({ left: { ref: { actor: 'russia' } }, right: { ref: { actor: 'us' } } });
    expect(parsed('trust.us >= 40.5')).toMatchObject({ right: { value: 40.5 } });
  });

  test('a decision available when 40,000 comparisons all hold validates without error', () => {
    const { rules, diagnostics } = load(longCondition(MINIMAL, 40_000));
    expect(diagnostics).toEqual([]);
    const decision = rules?.decisions.find((d) => d.id === 'long-condition');
    expect(decision?.available).toMatchObject({ op: 'and' });
    expect(decision?.available.op === 'and' && decision.available.args).toHaveLength(40_000);
  });
});

describe('mistakes in a condition, with the offset of the mistake', () => {
  test.each([
    ['economy > 40 &&  security > 1', '&&', "write 'and'"],
    ['economy = 40', '=', "write '==' to compare"],
    ['!fired.letter', '!', "write 'not'"],
  ])('%s is told what to write instead', (text, at, hint) => {
    expect(problem(text)).toMatchObject({ offset: text.indexOf(at), hint });
  });

  test('an unknown reference kind gets a did-you-mean that keeps the rest', () => {
    expect(problem('economy > 1 and atittude.russia < 0')).toMatchObject({
      code: 'unknown-reference',
      message: "unknown reference 'atittude.russia': did you mean 'attitude.russia'?",
      offset: 16,
    });
    expect(problem('econmy < 10').message).toBe("unknown reference 'econmy': did you mean 'economy'?");
  });

  test('a reference missing its actor, or with one too many, says how it is written', () => {
    expect(problem('attitude < 0')).toMatchObject({ code: 'bad-reference', hint: 'write attitude.ACTOR' });
    expect(problem('readiness.talks > 3')).toMatchObject({ hint: 'write readiness.TRACK.ACTOR' });
    expect(problem('economy.russia > 3').message).toContain("'economy' takes nothing after it");
  });

  test('an id with capitals is pointed at its own column', () => {
    expect(problem('trust.Russia > 3')).toMatchObject({ offset: 6, hint: "ids are lower case: did you mean 'russia'?" });
  });

  test('a stage name beside something that is not a stage is refused', () => {
    expect(problem('economy > formula').message).toContain("'formula' is a stage of a mediation track");
    expect(problem('formula').message).toContain('compare it with stage.TRACK');
  });

  test('structural mistakes', () => {
    expect(problem('(economy > 1').message).toContain('never closed');
    expect(problem('economy > 1)').message).toContain("')' closes nothing");
    expect(problem('economy >').message).toContain('ends where');
    expect(problem('1 < economy < 5').message).toBe('comparisons cannot be chained');
    expect(problem('economy > 1 security > 1').message).toContain('follows a complete condition');
    expect(problem('40').message).toBe('a number alone is not a condition');
    expect(problem('economy > 1 AND security > 1').message).toContain("write 'and' in lower case");
    expect(problem('   ').message).toBe('the condition is empty');
  });

  test('economy < 1e999 is refused at the number, since it would read as infinity, the same as -1e999 would', () => {
    for (const written of ['1e999', '-1e999']) {
      const text = patch('when: economy < 10', `when: economy < ${written}`);
      const { rules, diagnostics } = load(text);
      expect(rules).toBeNull();
      const d = only(diagnostics, 'bad-condition');
      expect(d.message).toContain(`'${written}' is too far from 0 to be a number`);
      expect(d).toMatchObject(spot(text, written));
    }
  });

  test.each(['.inf', '-.inf', '.nan'])('YAML\'s %s in a condition is not a finite number', (written) => {
    expect(problem(`economy < ${written}`)).toMatchObject({ message: `'${written}' is not a finite number`, offset: 10 });
  });

  test('a condition nested hundreds of parentheses deep is refused, not a stack overflow', () => {
    expect(problem(`${'('.repeat(500)}economy > 1${')'.repeat(500)}`).message).toContain('nests more than');
    expect(problem(`${'not '.repeat(5000)}economy > 1`).message).toContain('nests more than');
  });
});

describe('the column of a mistake in the file', () => {
  test('in a plain scalar: the start of the value plus the offset', () => {
    const text = patch('when: economy < 10', 'when: economy < 10 or atittude.russia < -50');
    const d = only(load(text).diagnostics, 'unknown-reference');
    expect(d).toMatchObject({ ...spot(text, 'atittude'), path: 'endings[0].when' });
  });

  test('in a double-quoted scalar: one more for the quote', () => {
    const text = patch('when: economy < 10', 'when: "economy < 10 or atittude.russia < -50"');
    expect(only(load(text).diagnostics, 'unknown-reference')).toMatchObject(spot(text, 'atittude'));
  });

  test('in a single-quoted scalar with a doubled quote before the mistake', () => {
    const text = patch('    text: The economy collapses.\n    when: economy < 10', "    text: The economy collapses.\n    when: 'economy < 10 or it''s'");
    const d = only(load(text).diagnostics, 'bad-condition');
    expect(d.message).toContain('no quotes');
    expect(d).toMatchObject(spot(text, "''s'"));
  });

  test('in a plain scalar folded over two lines', () => {
    const text = patch('    when: economy < 10', '    when: economy < 10\n      or atittude.russia < -50');
    expect(only(load(text).diagnostics, 'unknown-reference')).toMatchObject(spot(text, 'atittude'));
  });

  test('in a folded block scalar (>-)', () => {
    const text = patch('    when: economy < 10', '    when: >-\n      economy < 10\n      or atittude.russia < -50');
    expect(only(load(text).diagnostics, 'unknown-reference')).toMatchObject(spot(text, 'atittude'));
  });

  test('in one condition of 40,000 references to an unknown actor, each is reported at its own column', () => {
    const terms = Array.from({ length: 40_000 }, (_, i) => `attitude.nobody${i} > 1`);
    const text = patch('when: economy < 10', `when: ${terms.join(' and ')}`);
    const found = load(text).diagnostics.filter((d) => d.code === 'unknown-reference');
    expect(found).toHaveLength(40_000);
    expect(found[0]).toMatchObject(spot(text, 'nobody0 '));
    expect(found[39_999]).toMatchObject(spot(text, 'nobody39999 '));
  });

  test("a misspelt actor in a reaction's effect gets 'did you mean china?' at its line and column", () => {
    const text = patch('          - change: attitude.russia', '          - change: attitude.chian');
    const d = only(load(text).diagnostics, 'unknown-reference');
    expect(d.message).toBe("unknown actor 'chian': did you mean 'china'?");
    expect(d).toMatchObject({ ...spot(text, 'chian'), path: 'actors[0].reactions[0].effects[0].change' });
  });
});
