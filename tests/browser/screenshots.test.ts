// Screenshots of every screen at three sizes, for a person to look at: MV_SHOTS=1 npx vitest run --project browser screenshots
// (writes /tmp/mv-ui-shots). Skipped in an ordinary `npm test`.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, test } from 'vitest';
import { mapContext, openPage, painted, playToEnd, startHarness, whenReady, type Harness } from './harness.ts';
import { fillStorage } from './saves.ts';

const wanted = process.env['MV_SHOTS'] === '1';
const dir = '/tmp/mv-ui-shots';
let h: Harness | undefined;

beforeAll(async () => {
  if (wanted) h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const sizes = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 800, height: 600 },
];

test.runIf(wanted).each(sizes)('screens at $width x $height', async (size) => {
  mkdirSync(dir, { recursive: true });
  const name = (screen: string) => `${dir}/${screen}-${size.width}x${size.height}.png`;
  const { page } = await openPage(h!, './', size);
  await page.waitForTimeout(300);
  await page.screenshot({ path: name('menu') });
  await page.goto(new URL(`./?scenario=${process.env['MV_SCENARIO'] ?? 'tutorial'}&seed=shots`, h!.url).toString());
  await whenReady(page);
  await page.screenshot({ path: name('briefing') });
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: name('game-event') });
  while ((await page.locator('[role="dialog"] button').count()) > 0) {
    await page.locator('[role="dialog"] button').first().click();
    await painted(page);
  }
  await page.screenshot({ path: name('game-goals') });
  await page.getByRole('button', { name: 'End turn' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: name('game') });
  await page.locator('details.actor-card summary').first().click();
  await page.locator('details.actor-card').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: name('actor-card') });
  await playToEnd(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: name('debrief') });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => localStorage.setItem('multivector:save', '{broken'));
  await page.goto(new URL('./', h!.url).toString());
  await page.waitForTimeout(500);
  await page.screenshot({ path: name('broken') });
  await page.getByRole('button', { name: 'Delete the damaged save…' }).click();
  await page.screenshot({ path: name('broken-delete') });
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await page.getByRole('button', { name: 'Back to menu' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: name('menu-set-aside') });
  await page.goto(new URL(`./?scenario=tutorial&difficulty=nightmare&seed=${'a'.repeat(201)}`, h!.url).toString());
  await whenReady(page);
  await page.screenshot({ path: name('briefing-address') });
  await page.getByRole('button', { name: 'Begin' }).click();
  // a class link for another world, with this game in progress: the choice, and the question before replacing it
  await page.goto(new URL('./?scenario=jet-crisis-2015&seed=42&difficulty=calm', h!.url).toString());
  await whenReady(page);
  await page.screenshot({ path: name('link-choice') });
  await page.getByRole('button', { name: 'Start the linked game' }).click();
  await page.screenshot({ path: name('link-replace-question') });
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await page.getByRole('button', { name: 'Continue my game' }).click();
  // storage full: the game is not saved, and says so
  await fillStorage(page);
  await page.locator('[role="dialog"] button').first().click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: name('game-unsaved') });
  // the page holds the game's only copy: New game asks, and says so
  await page.getByRole('button', { name: 'Back to menu' }).click();
  await page.getByRole('button', { name: /^New game/ }).first().click();
  await page.getByRole('button', { name: 'Export it first' }).click();
  await page.screenshot({ path: name('menu-replace-question-unsaved') });
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await mapContext(page, 'loseContext');
  await page.waitForTimeout(300);
  await page.screenshot({ path: name('game-map-paused') });
  await page.context().close();
});
