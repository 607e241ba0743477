// Files that are not scenarios at all, or are built to hurt the reader: each ends quickly in one clear error,
// never a hang, a stack overflow or a polluted prototype.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { billionLaughs, manyAliases } from '../../bench/hostile-scenarios.js';
import { MINIMAL, load, only, patch, spot } from './minimal.ts';

describe('a file that is not a scenario text', () => {
  test('a file over 4 MB is refused before it is parsed', () => {
    const huge = `${MINIMAL}# ${'x'.repeat(4 * 1024 * 1024)}\n`;
    const { rules, diagnostics } = load(huge);
    expect(rules).toBeNull();
    expect(only(diagnostics, 'too-large')).toMatchObject({ line: 1, column: 1 });
    expect(diagnostics).toHaveLength(1);
  });

  test('a file of 4 MB in Cyrillic counts its bytes, not its characters', () => {
    const cyrillic = `${MINIMAL}# ${'ж'.repeat(2_200_000)}\n`;
    expect(only(load(cyrillic).diagnostics, 'too-large').severity).toBe('error');
  });

  test('NUL bytes mean a binary file, reported where the first one is', () => {
    const text = patch('id: minimal', 'id: mini\0mal');
    const d = only(load(text).diagnostics, 'not-text');
    expect(d.message).toMatch(/binary/);
    expect(d).toMatchObject(spot(text, '\0'));
  });

  test('bytes that were not UTF-8 (decoded to U+FFFD) are reported as such', () => {
    const text = patch('title: A minimal scenario', 'title: A min\uFFFDimal scenario');
    const d = only(load(text).diagnostics, 'not-text');
    expect(d.message).toMatch(/UTF-8/);
    expect(d).toMatchObject(spot(text, '\uFFFD'));
  });

  test('an empty file, or one of only comments and blank lines, says so', () => {
    expect(only(load('').diagnostics, 'empty-file').severity).toBe('error');
    expect(only(load('\n  \n').diagnostics, 'empty-file').severity).toBe('error');
    expect(only(load('# a scenario, one day\n\n# more to come\n').diagnostics, 'empty-file').message).toMatch(/only comments/);
  });

  test('a list or a single value at the top is not a scenario', () => {
    expect(only(load('- format: 1\n- id: x\n').diagnostics, 'not-a-mapping').message).toMatch(/a list/);
    expect(only(load('just some words\n').diagnostics, 'not-a-mapping').message).toMatch(/single value/);
  });

  test('two documents in one file are refused at the second', () => {
    const text = `${MINIMAL}---\nid: another\n`;
    const d = only(load(text).diagnostics, 'multiple-documents');
    expect(d.line).toBe(spot(text, '---').line);
  });

  test('a file with old Mac line ends (CR alone) reads line by line, and its problems are on the lines an editor shows', () => {
    const mac = MINIMAL.replaceAll('\n', '\r');
    expect(load(`# a scenario saved on an old Mac\r${mac}`).diagnostics).toEqual([]);
    const broken = patch('    trust: 45', '    trust: 450').replaceAll('\n', '\r');
    expect(only(load(broken).diagnostics, 'out-of-range')).toMatchObject(spot(patch('    trust: 45', '    trust: 450'), '450'));
  });

  test('Windows line ends (CR LF) read as they always have', () => {
    expect(load(MINIMAL.replaceAll('\n', '\r\n')).diagnostics).toEqual([]);
  });

  test('a byte order mark at the start is fine', () => {
    const { rules, diagnostics } = load(`\uFEFF${MINIMAL}`);
    expect(diagnostics).toEqual([]);
    expect(rules).not.toBeNull();
  });
});

describe('YAML mistakes', () => {
  test('a tab used as indentation is reported at its line with a hint', () => {
    const text = patch('    trust: 45', '\ttrust: 45');
    const d = load(text).diagnostics.find((x) => x.code === 'yaml-syntax');
    expect(d).toBeDefined();
    expect(d?.line).toBe(spot(text, '\ttrust').line);
    expect(load(text).diagnostics.some((x) => /tab/i.test(`${x.message} ${x.hint ?? ''}`))).toBe(true);
  });

  test('an unclosed quote is a syntax error, with a hint about quotes', () => {
    const text = patch('title: A minimal scenario', 'title: "A minimal scenario');
    const { rules, diagnostics } = load(text);
    expect(rules).toBeNull();
    expect(diagnostics.some((d) => d.code === 'yaml-syntax' && /quote/.test(`${d.message} ${d.hint ?? ''}`))).toBe(true);
  });

  test('a key given twice in one mapping is reported at the second', () => {
    const text = patch('    attitude: 0\n', '    attitude: 0\n    attitude: 5\n');
    const d = only(load(text).diagnostics, 'duplicate-key');
    expect(d.message).toContain("'attitude'");
    expect(d).toMatchObject(spot(text, 'attitude: 5'));
  });

  test('a key given twice in a { } mapping on one line is reported at the second, once even when an alias copies it', () => {
    const text = patch('readiness: { russia: 10, turkey: 20 }', 'readiness: &twice { russia: 10, turkey: 20, russia: 5 }').concat('extra: *twice\n');
    const d = only(load(text).diagnostics, 'duplicate-key');
    expect(d.message).toBe("the key 'russia' appears twice in the same mapping");
    expect(d).toMatchObject(spot(text, 'russia: 5'));
  });

  test('an alias with no anchor is an error, not a silent null', () => {
    const text = patch('    trust: 45', '    trust: *nowhere');
    expect(load(text).diagnostics.some((d) => d.message.includes('*nowhere'))).toBe(true);
  });

  test('a %YAML 1.1 header, under which 015 would read as 13, is refused at its line', () => {
    const text = `%YAML 1.1\n---\n${patch('    trust: 45', '    trust: 015')}`;
    const d = only(load(text).diagnostics, 'yaml-version');
    expect(d).toMatchObject({ line: 1, column: 1 });
    expect(d.message).toContain('YAML 1.1');
    expect(d.hint).toContain('remove the %YAML line');
  });

  test('a %YAML 1.1 header after a byte order mark is refused at its line too', () => {
    const text = `\uFEFF%YAML 1.1\n---\n${patch('    trust: 45', '    trust: 015')}`;
    const { rules, diagnostics } = load(text);
    expect(rules).toBeNull();
    expect(only(diagnostics, 'yaml-version')).toMatchObject({ line: 1, column: 1 });
  });

  test('%YAML 1.2 is what scenarios are read as, so it is fine, and 015 is fifteen', () => {
    const { diagnostics, source } = load(`%YAML 1.2\n---\n${patch('    trust: 45', '    trust: 015')}`);
    expect(diagnostics).toEqual([]);
    expect(source?.actors[2]?.trust).toBe(15);
  });

  test('a %YAML version the parser does not know is refused too, not just warned about', () => {
    expect(only(load(`%YAML 1.3\n---\n${MINIMAL}`).diagnostics, 'yaml-version').severity).toBe('error');
  });

  test('tags other than YAML core types are refused', () => {
    const text = patch('title: A minimal scenario', 'title: !!binary aGVsbG8=');
    expect(only(load(text).diagnostics, 'unsupported-tag')).toMatchObject(spot(text, '!!binary'));
  });

  test('20,000 unknown tags in one list on one line are each reported at their own tag', () => {
    const text = patch('title: A minimal scenario', `title: [${Array.from({ length: 20_000 }, () => '!x').join(',')}]`);
    const tags = load(text).diagnostics.filter((d) => d.code === 'unsupported-tag');
    expect(tags.length).toBeGreaterThan(0);
    const first = spot(text, '[!x');
    expect(tags[0]).toMatchObject({ line: first.line, column: first.column + 1 });
    expect(new Set(tags.map((d) => d.column)).size).toBe(tags.length);
  });

  test('tags inside a { } mapping are reported at the tag, not at the comma before it', () => {
    const text = patch('title: A minimal scenario', 'title: {a: 1,b: !x 2}');
    expect(only(load(text).diagnostics, 'unsupported-tag')).toMatchObject(spot(text, '!x'));
  });
});

describe('files built to hurt the reader', () => {
  test('100,000 opening brackets end at once with too-deep, not a stack overflow', () => {
    const { rules, diagnostics } = load(`title: ${'['.repeat(100_000)}`);
    expect(rules).toBeNull();
    expect(only(diagnostics, 'too-deep')).toMatchObject({ line: 1 });
  });

  test('100,000 nested list dashes end at once with too-deep', () => {
    expect(only(load(`${'- '.repeat(100_000)}x\n`).diagnostics, 'too-deep').severity).toBe('error');
  });

  test('deep block indentation ends with too-deep', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(only(load(`${lines} x\n`).diagnostics, 'too-deep').severity).toBe('error');
  });

  describe('1,000 nested brackets, which would abort Node, are refused with too-deep at the 65th bracket wherever they stand', () => {
    const deep = `${'['.repeat(1000)}${']'.repeat(1000)}`;
    const cases: Array<[string, string]> = [
      ['after a document start marker on the same line', `--- [${deep}, ${deep}]\n`],
      ['after a %YAML 1.2 directive and a document start marker', `%YAML 1.2\n--- [${deep}]\n`],
      ['with an anchor glued to the bracket', `a: &x${deep}\n`],
      ['with a tag glued to the bracket', `a: !!seq${deep}\n`],
      ['after a quote that follows a colon inside a list', `a: [a:' ${deep} ']\n`],
      ['under a block scalar marker of compact list entries', `- - |\n  ${deep}\n`],
    ];
    test.each(cases)('%s', (_, text) => {
      const { rules, diagnostics } = load(text);
      expect(rules).toBeNull();
      const d = only(diagnostics, 'too-deep');
      expect(d.line).toBeGreaterThan(0);
      expect(d.column).toBeGreaterThan(0);
    });
  });

  test('a real scenario with brackets in its texts is not mistaken for deep nesting', () => {
    const text = patch('briefing: Keep every side on board.', `briefing: "${'see [note '.repeat(80)}"`);
    expect(load(text).diagnostics).toEqual([]);
  });

  test('an alias bomb ("billion laughs") is refused with alias-limit, naming the limit for a file of its size', () => {
    const text = billionLaughs(MINIMAL);
    const { rules, diagnostics } = load(text);
    expect(rules).toBeNull();
    const d = only(diagnostics, 'alias-limit');
    // twice the file's characters, plus a thousand
    const limit = (2 * text.length + 1000).toLocaleString('en');
    expect(d.message).toContain(`more than ${limit} values`);
    // at the alias that would pass it
    expect(text.split('\n')[d.line - 1]?.slice(d.column - 1)).toMatch(/^\*[a-j]/);
  });

  test('the same bomb inside the tutorial is refused with alias-limit, before anything else is checked', () => {
    const { rules, diagnostics } = load(billionLaughs(readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'tutorial.yaml'), 'utf8')));
    expect(rules).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['alias-limit']);
  });

  test('an objective repeated by 10,000 aliases validates, each alias a copy of the text', () => {
    const { rules, diagnostics, source } = load(manyAliases(MINIMAL, 10_000));
    expect(diagnostics).toEqual([]);
    expect(rules).not.toBeNull();
    expect(source?.objectives).toHaveLength(10_002);
    expect(source?.objectives.slice(0, 2)).toEqual(['An objective every alias repeats.', 'An objective every alias repeats.']);
    expect(source?.objectives.at(-2)).toBe('An objective every alias repeats.');
  });

  test('an alias means the anchor before it, even when a copy of it is made after the name is used again', () => {
    const text = patch('objectives:\n  - Explain why no patron may dominate.\n', 'objectives:\n  - &first First.\n  - &pair [*first]\n  - &first Second.\n  - *pair\n  - *first\n');
    const { diagnostics } = load(text);
    // objectives hold texts, so the two lists are reported; the point is what the copies of them hold
    const lists = diagnostics.filter((d) => d.code === 'wrong-type');
    expect(lists.map((d) => d.path)).toEqual(['objectives[1]', 'objectives[3]']);
    const { source } = load(patch('  - *pair\n', '', text).replace('  - &pair [*first]\n', '  - &pair First again.\n'));
    expect(source?.objectives).toEqual(['First.', 'First again.', 'Second.', 'Second.']);
  });

  test('an alias inside its own anchor is refused rather than followed forever', () => {
    const { rules, diagnostics } = load('format: 1\nloop: &loop [1, *loop]\n');
    expect(rules).toBeNull();
    expect(diagnostics.some((d) => d.code === 'alias-limit')).toBe(true);
  });

  test('a few honest aliases are fine', () => {
    const text = patch('    effects:\n      - change: attitude.china\n        by: 5', '    effects: &warm\n      - change: attitude.china\n        by: 5').concat(
      '',
    );
    expect(load(text).diagnostics).toEqual([]);
  });

  test.each(['__proto__', 'constructor', 'prototype'])('a %s key anywhere is refused with forbidden-key', (key) => {
    const text = patch('    trust: 45\n', `    trust: 45\n    ${key}: { polluted: 1 }\n`);
    const { rules, diagnostics } = load(text);
    expect(rules).toBeNull();
    expect(only(diagnostics, 'forbidden-key')).toMatchObject(spot(text, `${key}:`));
  });

  test('__proto__: {polluted: 1} leaves every object unpolluted', () => {
    const top = `__proto__: { polluted: 1 }\n${MINIMAL}`;
    const nested = patch('readiness: { russia: 10, turkey: 20 }', 'readiness: { russia: 10, turkey: 20, __proto__: { polluted: 1 } }');
    const quoted = patch('    trust: 45\n', '    trust: 45\n    "__proto__": { polluted: 1 }\n');
    for (const text of [top, nested, quoted]) {
      const { diagnostics } = load(text);
      expect(diagnostics.some((d) => d.code === 'forbidden-key')).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});
