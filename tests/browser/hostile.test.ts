// A scenario with `<script>` and `<img src=x onerror=...>` in its texts shows them literally and runs nothing.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { HOSTILE } from './hostile.ts';
import { openPage, playToEnd, startHarness, whenReady, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(true);
});
afterAll(async () => {
  await h?.close();
});

test('markup in every scenario text is shown as text and never runs', async () => {
  const { page, errors } = await openPage(h, './');
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
  const noMarkup = () => page.evaluate(() => document.querySelectorAll('#ui script, #ui img, #hud img').length);
  expect(await page.locator('#ui').innerText()).toContain(HOSTILE);
  await page.goto(new URL('./?scenario=hostile&seed=1', h.url).toString());
  await whenReady(page);
  expect(await page.locator('#ui').innerText()).toContain(HOSTILE);
  await page.getByRole('button', { name: 'Begin' }).click();
  expect(await page.locator('#ui').innerText()).toContain(HOSTILE);
  expect(await noMarkup()).toBe(0);
  await playToEnd(page);
  expect(await page.locator('#ui').innerText()).toContain(HOSTILE);
  expect(await noMarkup()).toBe(0);
  expect(await pwned()).toBeNull();
  expect(errors).toEqual([]);
  await page.context().close();
});
