// The architecture's promises, checked on the source: the engine is pure, and imports flow one way
// (ui and cli -> present -> scenario -> engine). Nothing imports ui or cli; only they import present.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

const layerOf = (file: string) => relative(root, file).split('/')[0];
// present turns a state into plain data with the words written (news, goals, reasons): both front ends read it
const allowed: Record<string, string[]> = {
  engine: ['engine'],
  scenario: ['scenario', 'engine'],
  present: ['present', 'scenario', 'engine'],
  cli: ['cli', 'present', 'scenario', 'engine'],
  ui: ['ui', 'present', 'scenario', 'engine'],
};

describe('the architecture', () => {
  test('imports flow one way: ui and cli to present to scenario to engine', () => {
    const wrong: string[] = [];
    for (const file of sourceFiles(root)) {
      const layer = layerOf(file)!;
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = layerOf(join(file, '..', spec));
        if (allowed[layer] && !allowed[layer]!.includes(target!)) wrong.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('the engine reaches for no clock, no chance, no files and no page', () => {
    const forbidden = [/Math\.random/, /Date\.now|new Date\b/, /\bperformance\./, /\bdocument\./, /\bwindow\./, /\bprocess\./, /from ['"]node:/, /\beval\(/, /new Function/];
    const found: string[] = [];
    for (const file of sourceFiles(join(root, 'engine'))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of forbidden) if (pattern.test(text)) found.push(`${relative(root, file)}: ${pattern}`);
    }
    expect(found).toEqual([]);
  });

  test('the presentation layer writes words, not pages or terminals: no page, no process, no files, no clock', () => {
    const forbidden = [/\bdocument\./, /\bwindow\./, /\bprocess\./, /from ['"]node:/, /\x1b|\\x1b|\\u001b/, /Date\.now|new Date\b/, /Math\.random/];
    const found: string[] = [];
    for (const file of sourceFiles(join(root, 'present'))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of forbidden) if (pattern.test(text)) found.push(`${relative(root, file)}: ${pattern}`);
    }
    expect(found).toEqual([]);
  });

  test('nothing from a scenario file is ever run as code', () => {
    const found = sourceFiles(root).filter((file) => /\beval\(|new Function\(/.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
