// The built site plays offline: once opened, a reload with the server gone still finds the page, its scripts and
// the map, and a game in progress goes on.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fingerprintOf, openPage, screenOf, startHarness, whenReady, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('a game opened once goes on after a reload with the server gone, map and all', async () => {
  const { page, errors } = await openPage(h, './?scenario=tutorial&seed=offline');
  await page.getByRole('button', { name: 'Begin' }).click();
  while ((await page.locator('[role="dialog"] button').count()) > 0) await page.locator('[role="dialog"] button').first().click();
  await page.getByRole('button', { name: 'End turn' }).click();
  // the worker has kept the page, the scripts and the map's geography
  const kept = () =>
    page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) return [];
      return (await (await caches.open('multivector')).keys()).map((r) => r.url);
    });
  const whole = (urls: string[]) => ['countries-110m', '/assets/phaser-', '/assets/index-'].every((part) => urls.some((u) => u.includes(part)));
  // page.evaluate awaits the cache; waitForFunction would take the pending promise for a yes
  let urls = await kept();
  for (let i = 0; i < 80 && !whole(urls); i++) {
    await page.waitForTimeout(250);
    urls = await kept();
  }
  expect(whole(urls)).toBe(true);
  const before = await fingerprintOf(page);
  // the server goes away (playwright's offline switch does not reach service workers in Chromium, issue #2311)
  await h.server.close();
  await page.reload();
  await whenReady(page);
  expect(await screenOf(page)).toBe('game');
  expect(await fingerprintOf(page)).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { __multivector: { mapLoaded: boolean } }).__multivector.mapLoaded)).toBe(true);
  expect(errors).toEqual([]);
  await page.context().close();
});
