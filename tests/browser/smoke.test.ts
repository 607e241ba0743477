import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPage, playToEnd, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('smoke', async () => {
  const { page, errors } = await openPage(h, './?scenario=tutorial&seed=42');
  await page.screenshot({ path: '/tmp/mv-ui-smoke1.png' });
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.screenshot({ path: '/tmp/mv-ui-smoke2.png' });
  await playToEnd(page);
  await page.screenshot({ path: '/tmp/mv-ui-smoke3.png' });
  expect(errors).toEqual([]);
});
