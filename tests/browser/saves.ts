// The save as the browser tests see it: the scenario's rules in Node, browser storage, and files the page writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Rules } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';

export const SAVE_KEY = 'multivector:save';
export const SET_ASIDE_KEY = 'multivector:set-aside';

export function rulesOf(file: string): Rules {
  const { rules } = loadScenario(readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', file), 'utf8'), file);
  if (!rules) throw new Error(`${file} does not load`);
  return rules;
}

export function stored(page: Page, key = SAVE_KEY): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

export function store(page: Page, text: string, key = SAVE_KEY): Promise<void> {
  return page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, text]);
}

/** The save in browser storage, read as JSON (null when there is none). */
export async function savedGame(page: Page): Promise<unknown> {
  return JSON.parse((await stored(page)) ?? 'null');
}

/** Press the button and return the text of the file it makes the page write. */
export async function downloadFrom(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).first().click()]);
  return readFileSync((await download.path())!, 'utf8');
}

/** Open a file from the menu's "Open a save file". */
export function openFile(page: Page, text: string, name = 'game.json'): Promise<void> {
  return page.getByLabel('Open a save file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Fill browser storage to its real quota: ever smaller strings under other keys, until not one more character fits. */
export function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n}`, chunk);
          n += 1;
        } catch {
          break;
        }
      }
    }
    return n;
  });
}
