// Problems with the shape of a scenario, told in the game's words at the line and column of the offending value
// (or key), with the schema's own bounds and names as suggestions.
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/scenario/index.ts';
import { MINIMAL, load, only, patch, spot, summary } from './minimal.ts';

describe('numbers out of range and of the wrong kind', () => {
  test("Russia's attitude of 150 is 'expected a number from -100 to 100, got 150' at the 150", () => {
    const text = patch('attitude: 20', 'attitude: 150');
    const d = only(load(text).diagnostics, 'out-of-range');
    expect(d.message).toBe('expected a number from -100 to 100, got 150');
    expect(d).toMatchObject({ ...spot(text, '150'), path: 'actors[0].attitude', severity: 'error' });
  });

  test.each([
    ['.nan', '.nan'],
    ['.inf', '.inf'],
    ['-.inf', '-.inf'],
  ])('an attitude of %s is "not a finite number"', (written) => {
    const text = patch('attitude: 20', `attitude: ${written}`);
    const d = only(load(text).diagnostics, 'wrong-type');
    expect(d.message).toContain('not a finite number');
    expect(d).toMatchObject(spot(text, written, 'id: russia'));
  });

  test('an attitude of 1e999, too large to be finite, is told as the file writes it', () => {
    const text = patch('attitude: 20', 'attitude: 1e999');
    const d = only(load(text).diagnostics, 'wrong-type');
    expect(d.message).toBe("'1e999' is not a finite number");
    expect(d).toMatchObject(spot(text, '1e999'));
  });

  test('a number that is not finite is refused in a text too, as the file writes it', () => {
    const text = patch('title: A minimal scenario', 'title: -.inf');
    expect(only(load(text).diagnostics, 'wrong-type').message).toContain("got '-.inf'");
  });

  test('a lever cooldown of 1.5 turns asks for a whole number', () => {
    const text = patch('        severity: 5\n', '        severity: 5\n        cooldown: 1.5\n');
    expect(only(load(text).diagnostics, 'wrong-type').message).toBe('expected a whole number, got 1.5');
  });

  test('a quoted number where a number belongs says what was expected and what was found', () => {
    const text = patch('    trust: 45', '    trust: "high"');
    const d = only(load(text).diagnostics, 'wrong-type');
    expect(d.message).toBe("expected a number from 0 to 100, got the text 'high'");
    expect(d).toMatchObject(spot(text, '"high"'));
  });

  test('a year written as a bare number where a text belongs is told to quote it', () => {
    const text = patch('period: Winter to summer 2015', 'period: 2015');
    const d = only(load(text).diagnostics, 'wrong-type');
    expect(d.message).toBe('expected a text, or a map of language code to text, got 2015');
    expect(d.hint).toContain('quotes');
  });

  test('`when: true` (a YAML boolean) is told to quote the condition', () => {
    const text = patch('when: economy < 10', 'when: true');
    const d = only(load(text).diagnostics, 'wrong-type');
    expect(d.message).toContain('expected a condition');
    expect(d.hint).toContain('"true"');
  });
});

describe('keys', () => {
  test("an unknown key 'atittude' in an actor gets 'did you mean attitude?' at the key", () => {
    const text = patch('    attitude: 20', '    atittude: 20');
    const { diagnostics } = load(text);
    const d = only(diagnostics, 'unknown-key');
    expect(d.message).toBe("unknown key 'atittude' in an actor: did you mean 'attitude'?");
    expect(d).toMatchObject({ ...spot(text, 'atittude'), path: 'actors[0].atittude' });
    // the misspelling is the one problem: 'attitude' is not also reported missing
    expect(diagnostics.filter((x) => x.code === 'missing-key')).toEqual([]);
  });

  test('a missing key is reported at the mapping it is missing from', () => {
    const text = patch('    trust: 45\n', '');
    const d = only(load(text).diagnostics, 'missing-key');
    expect(d.message).toBe("an actor needs 'trust'");
    expect(d).toMatchObject({ ...spot(text, 'id: turkey'), path: 'actors[2].trust' });
    expect(d.hint).toContain('trust in Kazakhstan');
  });

  test('an unknown top-level key lists no suggestion when nothing is close, but says where', () => {
    const text = `${MINIMAL}soundtrack: epic\n`;
    const d = only(load(text).diagnostics, 'unknown-key');
    expect(d.message).toBe("unknown key 'soundtrack' in the scenario");
    expect(d).toMatchObject(spot(text, 'soundtrack'));
  });
});

describe('ids, dates, kinds and the format version', () => {
  test("an id with spaces and capitals is not an id, and the hint offers one", () => {
    const text = patch('  - id: jet-crisis', '  - id: Jet Crisis');
    const { diagnostics } = load(text);
    const d = only(diagnostics, 'bad-id');
    expect(d.message).toContain("'Jet Crisis' is not a valid track id");
    expect(d.hint).toBe("like 'jet-crisis'");
    expect(d).toMatchObject(spot(text, 'Jet Crisis'));
    // the track is broken, but references to the id it was meant to have are not reported again
    expect(diagnostics.filter((x) => x.code === 'unknown-reference')).toEqual([]);
  });

  test('a date not written YYYY-MM-DD is a bad-date', () => {
    const text = patch('date: "2015-04-20"', 'date: "20 April 2015"');
    expect(only(load(text).diagnostics, 'bad-date')).toMatchObject(spot(text, '"20 April 2015"'));
  });

  test("a lever kind 'sanction' gets 'did you mean sanctions?'", () => {
    const text = patch('kind: transit-slowdown', 'kind: sanction');
    const d = only(load(text).diagnostics, 'bad-value');
    expect(d.message).toBe("unknown kind 'sanction' in a lever: did you mean 'sanctions'?");
    expect(d).toMatchObject(spot(text, 'sanction'));
  });

  test.each(['{ a: 1 }', '[transit-slowdown]', ''])("a lever's kind given as %j is of the wrong kind, and the kinds are listed", (written) => {
    const text = patch('kind: transit-slowdown', `kind: ${written}`);
    const d = only(load(text).diagnostics, 'wrong-type');
    expect(d.message).toMatch(/^expected one of transit-slowdown, sanctions, .*, got (a mapping|a list|an empty value)$/);
  });

  test('a file in another format version says which version the game reads', () => {
    const text = patch('format: 1', 'format: 2');
    const d = only(load(text).diagnostics, 'format-version');
    expect(d.message).toBe('this game reads scenario format 1, but the file says format: 2');
    expect(d).toMatchObject({ line: 1, column: 9 });
  });

  test.each([
    ['!!str 1', "the text '1' (tagged !!str)"],
    ['"1"', "the text '1' (in quotes)"],
    ["'1'", "the text '1' (in quotes)"],
  ])('format: %s is told it is a text, where the format is the number 1', (written, what) => {
    const d = only(load(patch('format: 1', `format: ${written}`)).diagnostics, 'format-version');
    expect(d.message).toBe(`this game reads scenario format 1, the number 1, but the file's format is ${what}`);
    expect(d.hint).toBe('write format: 1, a number: without quotes or a tag');
  });

  test.each([
    ['true', "the file's format is true"],
    ['[1]', "the file's format is a list"],
    ['{ version: 1 }', "the file's format is a mapping"],
    ['', "the file's format is an empty value"],
    ['one', "the file's format is the text 'one'"],
    ['1.5', 'the file says format: 1.5'],
    ['.inf', 'the file says format: .inf, which is not a finite number'],
    ['1e999', 'the file says format: 1e999, which is not a finite number'],
  ])('format: %s says what the file holds instead of the number 1', (written, what) => {
    const d = only(load(patch('format: 1', `format: ${written}`)).diagnostics, 'format-version');
    expect(d.message).toContain(what);
    expect(d).toMatchObject({ line: 1 });
  });

  test('a file without a format says to add one', () => {
    expect(only(load(patch('format: 1\n', '')).diagnostics, 'format-version').hint).toBe('add format: 1 at the top');
  });

  test('an empty list where one entry is needed says how many', () => {
    const text = patch('objectives:\n  - Explain why no patron may dominate.', 'objectives: []');
    expect(only(load(text).diagnostics, 'too-few').message).toBe("'objectives' needs at least one entry, and has 0");
  });
});

describe('effects, checked as the kind their key names', () => {
  const pipeline = '      - change: attitude.china\n        by: 5';

  test('a change of 500 is out of range, and a misspelt spread is an unknown key of the change', () => {
    const text = patch(pipeline, '      - change: attitude.china\n        by: 500\n        sprad: 2');
    const { diagnostics } = load(text);
    expect(only(diagnostics, 'out-of-range')).toMatchObject({ ...spot(text, '500'), message: 'expected a number from -100 to 100, got 500' });
    expect(only(diagnostics, 'unknown-key')).toMatchObject({ ...spot(text, 'sprad'), message: "unknown key 'sprad' in an effect: did you mean 'spread'?" });
  });

  test('an effect with no kind key says which keys there are, and spots the misspelt one', () => {
    const text = patch(pipeline, '      - chnage: attitude.china\n        by: 5');
    const d = only(load(text).diagnostics, 'bad-effect');
    expect(d.message).toBe("an effect needs one of change, set, mediate, advance, spoil or reveal; 'chnage' is not one of them: did you mean 'change'?");
    expect(d).toMatchObject(spot(text, 'chnage'));
  });

  test('an effect with two kind keys is one clear problem', () => {
    const text = patch(pipeline, '      - change: attitude.china\n        set: flag.deal\n        by: 5');
    const { diagnostics } = load(text);
    const d = only(diagnostics, 'bad-effect');
    expect(d.message).toBe("an effect has both 'change' and 'set': each effect does exactly one thing");
    expect(diagnostics).toHaveLength(1);
  });

  test('a spoiler missing its readiness says so', () => {
    const text = patch(pipeline, '      - spoil: jet-crisis\n        setback: true');
    expect(only(load(text).diagnostics, 'missing-key').message).toBe("an effect needs 'readiness'");
  });

  test('an effect that is a sentence rather than a mapping is a wrong type', () => {
    const text = patch(pipeline, '      - raise China by five');
    const d = only(load(text).diagnostics, 'wrong-type');
    expect(d.message).toContain('expected an effect (a mapping with one of change, set, mediate, advance, spoil, reveal)');
  });
});

describe('texts and translations', () => {
  test('a map of language code to text is accepted everywhere a text is', () => {
    const text = patch('title: A minimal scenario', 'title: { en: A minimal scenario, ru: Минимальный сценарий, kk: Шағын сценарий }');
    const { rules, diagnostics } = load(text);
    expect(diagnostics).toEqual([]);
    expect(rules?.title).toEqual({ en: 'A minimal scenario', ru: 'Минимальный сценарий', kk: 'Шағын сценарий' });
  });

  test("a language code 'EN' is pointed at, with what a language code looks like", () => {
    const text = patch('title: A minimal scenario', 'title: { en: A minimal scenario, EN: Shouting }');
    const d = only(load(text).diagnostics, 'bad-language');
    expect(d.message).toContain('two or three lower case letters');
    expect(d).toMatchObject(spot(text, 'EN:'));
  });

  test('an empty text is reported as empty', () => {
    const text = patch('title: A minimal scenario', 'title: ""');
    expect(only(load(text).diagnostics, 'empty-value').message).toBe("'title' must not be empty");
  });
});

describe('every problem at once', () => {
  test('schema problems and meaning problems in different places are all reported in one run', () => {
    let text = patch('attitude: 20', 'attitude: 150');
    text = patch('    atittude', '    atittude', text.replace('    attitude: 10', '    atittude: 10'));
    text = patch('change: attitude.china', 'change: attitude.chian', text);
    text = patch('when: economy < 10', 'when: economy > 80 and economy < 20', text);
    text = patch('kind: transit-slowdown', 'kind: sanction', text);
    const { rules, diagnostics } = load(text);
    expect(rules).toBeNull();
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['bad-value', 'out-of-range', 'unknown-key', 'unknown-reference', 'unreachable-ending']);
  });

  test('diagnostics come sorted by position and print as one line each', () => {
    let text = patch('when: economy < 10', 'when: econmy < 10');
    text = patch('attitude: 20', 'attitude: 150', text);
    const { diagnostics } = load(text);
    expect(diagnostics.map((d) => d.line)).toEqual([...diagnostics.map((d) => d.line)].sort((a, b) => a - b));
    for (const d of diagnostics) expect(formatDiagnostic(d)).toMatch(/^scenarios\/minimal\.yaml:\d+:\d+: error [a-z-]+: [^\n]+$/);
    expect(summary(diagnostics)).toHaveLength(2);
  });
});
