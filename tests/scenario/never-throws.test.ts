// Whatever an author's editor (or an attacker) produces, the checker answers with diagnostics: it never throws,
// and a scenario it passes always compiles. Random damage to a valid scenario (lines dropped, duplicated or
// swapped, characters replaced) explores the mistakes no one thought to write a test for.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/scenario/index.ts';
import { MINIMAL } from './minimal.ts';

type Damage =
  | { kind: 'drop'; line: number }
  | { kind: 'repeat'; line: number }
  | { kind: 'swap'; line: number; other: number }
  | { kind: 'replace'; at: number; with: string };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    with: fc.constantFrom(' ', '\t', ':', '-', '[', ']', '{', '"', "'", '&a', '*a', '!!', '#', '.', '1e9', '-1', 'x', '\n', 'ó', '__proto__', 'toString', '{ a: 1 }', '!!str 1', '1e999'),
  }),
);

function apply(text: string, hits: readonly Damage[]): string {
  let lines = text.split('\n');
  for (const hit of hits) {
    const n = lines.length;
    if (hit.kind === 'drop') lines.splice(hit.line % n, 1);
    else if (hit.kind === 'repeat') lines.splice(hit.line % n, 0, lines[hit.line % n] ?? '');
    else if (hit.kind === 'swap') {
      const a = hit.line % n;
      const b = hit.other % n;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
    } else {
      const joined = lines.join('\n');
      const at = hit.at % (joined.length + 1);
      lines = `${joined.slice(0, at)}${hit.with}${joined.slice(at + 1)}`.split('\n');
    }
  }
  return lines.join('\n');
}

describe('a damaged scenario', () => {
  test('never makes the checker throw, and loads only when it reports no error', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (hits) => {
        const { rules, diagnostics, source } = loadScenario(apply(MINIMAL, hits), 'damaged.yaml');
        const errors = diagnostics.filter((d) => d.severity === 'error');
        expect(errors.some((d) => d.code === 'internal-error')).toBe(false);
        expect(rules === null).toBe(errors.length > 0);
        expect(source === null).toBe(errors.length > 0);
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300, seed: 20_260_101 },
    );
  });
});
