// The browser code's promises, checked on its source: scenario text is only ever inserted as text, and the page
// itself forbids inline script and eval.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const uiDir = join(root, 'src', 'ui');

describe('the browser code', () => {
  test('never inserts markup: no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    const found = readdirSync(uiDir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/.test(readFileSync(join(uiDir, f), 'utf8')));
    expect(found).toEqual([]);
  });

  test('index.html forbids inline script and eval, and has its own icon', () => {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(html).toContain('<link rel="icon" href="data:," />');
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/src/ui/main.ts">']);
  });
});
