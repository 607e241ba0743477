// The broken scenarios in tests/fixtures/scenarios/ each say, in "# expect:" lines at the top, exactly which
// problems the checker must report (severity, code and, where given, line:column), and nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/scenario/index.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

describe('the broken scenario fixtures', () => {
  test('there are some', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('%s reports exactly what it expects', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const expected = [...text.matchAll(/^# expect: (\S+) (\S+)(?: (\d+:\d+))?$/gm)].map((m) => ({ severity: m[1], code: m[2], at: m[3] }));
    expect(expected.length).toBeGreaterThan(0);
    const { rules, diagnostics } = loadScenario(text, `tests/fixtures/scenarios/${file}`);
    const found = diagnostics.map((d) => ({ severity: d.severity, code: d.code, at: `${d.line}:${d.column}` }));
    const wanted = expected.map((e) => (e.at ? e : { ...e, at: found.find((f) => f.code === e.code)?.at }));
    expect(found).toEqual(wanted);
    expect(rules).toBeNull();
  });
});
