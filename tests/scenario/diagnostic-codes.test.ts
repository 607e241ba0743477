// Diagnostic codes are part of the format's interface: each one the checker can report is explained for authors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/scenario/index.ts';

test('every diagnostic code is explained in docs/scenario-diagnostics.md', () => {
  const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'scenario-diagnostics.md'), 'utf8');
  const missing = Object.keys(DIAGNOSTIC_CODES).filter((code) => !doc.includes(`\`${code}\``));
  expect(missing).toEqual([]);
});

test('codes are kebab-case words', () => {
  for (const code of Object.keys(DIAGNOSTIC_CODES)) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
});
