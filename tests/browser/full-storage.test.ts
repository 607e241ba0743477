// With browser storage full, the game says at once that it is not being saved, keeps its moves on the page, offers
// "Export save", and saves again, without a word more, once there is room.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fingerprint, replay, type SaveFile } from '../../src/engine/index.ts';
import { fingerprintOf, openPage, playOneMove, screenOf, startHarness, whenReady, type Harness } from './harness.ts';
import { downloadFrom, fillStorage, rulesOf, savedGame, stored } from './saves.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

function emptyFillers(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
}

const unsaved = (page: Page) => page.locator('[data-notice="unsaved"]');

test('with browser storage full the game says at once that it is not saved, Export save still gives a file that replays, and saving resumes once there is room', async () => {
  const { page, errors } = await openPage(h, './?scenario=tutorial&seed=full');
  await page.getByRole('button', { name: 'Begin' }).click();
  await playOneMove(page);
  expect(await fillStorage(page)).toBeGreaterThan(0);
  const keptBefore = await stored(page);

  await playOneMove(page);
  expect(await unsaved(page).getAttribute('role')).toBe('alert');
  expect(await unsaved(page).innerText()).toContain('This game is not being saved:');
  await playOneMove(page);
  await playOneMove(page);
  expect(await stored(page)).toBe(keptBefore);
  expect(await screenOf(page)).toBe('game');

  // the moves are all on the page: the exported file replays to the game on screen
  const exported = await downloadFrom(page, 'Export save');
  const replayed = replay(rulesOf('tutorial.yaml'), JSON.parse(exported));
  expect(replayed.ok && fingerprint(replayed.state)).toBe(await fingerprintOf(page));
  expect((JSON.parse(exported) as SaveFile).moves.length).toBeGreaterThan(((JSON.parse(keptBefore!) as SaveFile).moves.length));

  // room again: the next move saves the whole game, and the notice goes
  await emptyFillers(page);
  await playOneMove(page);
  expect(await unsaved(page).count()).toBe(0);
  const now = await fingerprintOf(page);
  expect(((await savedGame(page)) as SaveFile).fingerprint).toBe(now);
  await page.reload();
  await whenReady(page);
  expect(await screenOf(page)).toBe('game');
  expect(await fingerprintOf(page)).toBe(now);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a game the browser would not keep is still there to continue after a visit to the menu', async () => {
  const { page, errors } = await openPage(h, './?scenario=tutorial&seed=full-menu');
  await page.getByRole('button', { name: 'Begin' }).click();
  await fillStorage(page);
  await playOneMove(page);
  const onPage = await fingerprintOf(page);
  await page.getByRole('button', { name: 'Back to menu' }).click();
  expect(await unsaved(page).count()).toBe(1);
  await page.getByRole('button', { name: /^Continue/ }).click();
  expect(await fingerprintOf(page)).toBe(onPage);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('with browser storage turned off, as in some private windows, the game is played all the same and says it is not being saved', async () => {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL('./?scenario=tutorial&seed=off', h.url).toString());
  await whenReady(page);
  expect(await screenOf(page)).toBe('briefing');
  expect(await unsaved(page).innerText()).toContain('This game is not being saved:');
  await page.getByRole('button', { name: 'Begin' }).click();
  await playOneMove(page);
  await playOneMove(page);
  const exported = await downloadFrom(page, 'Export save');
  const replayed = replay(rulesOf('tutorial.yaml'), JSON.parse(exported));
  expect(replayed.ok && fingerprint(replayed.state)).toBe(await fingerprintOf(page));
  expect(errors).toEqual([]);
  await context.close();
});
