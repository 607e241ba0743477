// The world plays back, in the browser: a power's demand comes with its deadline and its cost if ignored, is
// answered by keyboard without holding up the turn, and an ignored one's cost is in the news; a decision's
// delayed effect and upkeep show in its preview and later in the news; readiness shows as a band until the
// parties are sounded out; a power's levers say how hard they would hit now. The world is a test fixture
// (tests/browser/fixtures/world-plays-back.yaml), built into the site in the tests' own mode.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPage, painted, startHarness, type Harness } from './harness.ts';

const SHOTS = '/tmp/mv-ui9-shots';
let h: Harness;

beforeAll(async () => {
  h = await startHarness('test-worlds');
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await h?.close();
});

async function begin(viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(h, './?scenario=world-plays-back&seed=a', viewport);
  await opened.page.getByRole('button', { name: 'Begin' }).click();
  await painted(opened.page);
  return opened;
}

async function endTurn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End turn' }).click();
  await painted(page);
}

const panel = (page: Page) => page.locator('#ui').innerText();
const announced = (page: Page) => page.locator('#announcer').textContent();

test("a power's demand comes with its deadline and its cost if ignored, is answered by keyboard, and never holds up the turn", async () => {
  const { page, errors } = await begin();
  await endTurn(page);
  // the news opens with the headline and its story; the screen reader hears the headline
  const news = page.locator('.headlines');
  expect(await news.innerText()).toContain('Russia: asks its allies to join the sanctions on Turkey (a demand, waiting for your answer)\n\nThe Kremlin asks its allies in the Eurasian union to join its sanctions on Turkey.');
  expect(await announced(page)).toContain('Russia: asks its allies to join the sanctions on Turkey (a demand, waiting for your answer).');
  const demand = page.locator('.demand');
  expect(await demand.locator('h3').innerText()).toBe("Russia's demand: asks its allies to join the sanctions on Turkey");
  expect(await demand.locator('.deadline').innerText()).toBe("Answer by Feb 2016 (this turn or the next) — if you ignore it: Russia's attitude -8.");
  expect(await demand.locator('.preview').first().innerText()).toContain("Russia's attitude +6");
  expect(await page.getByRole('button', { name: 'End turn' }).isEnabled()).toBe(true);
  await page.screenshot({ path: `${SHOTS}/demand-1280x720.png` });

  // answered with the keyboard: the answer's effects apply and the demand is gone
  await demand.getByRole('button', { name: 'Join the sanctions' }).focus();
  await page.keyboard.press('Enter');
  await painted(page);
  expect(await page.locator('.demand').count()).toBe(0);
  expect(await panel(page)).toMatch(/Russia's attitude \+6 \(to 26\) — \+6: Russia: asks its allies to join the sanctions on Turkey: Join the sanctions/);
  // the answer given, the focus moves on to the next choice, not to End turn
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toMatch(/^decide:/);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("an ignored demand's cost is in the news, said as a headline", async () => {
  const { page, errors } = await begin();
  await endTurn(page);
  await endTurn(page);
  expect(await page.locator('.demand .deadline').innerText()).toContain('Answer by Feb 2016 (this turn)');
  await endTurn(page);
  expect(await page.locator('.demand').count()).toBe(0);
  const headline = "Russia: you ignored its demand to join the sanctions, and it cost Russia's attitude -8.";
  expect(await page.locator('.headlines').innerText()).toContain(headline.replace(/\.$/, ''));
  expect(await announced(page)).toContain(headline);
  await page.locator('.summary').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/ignored-news-1280x720.png` });
  expect(errors).toEqual([]);
  await page.context().close();
});

test("a decision's delayed effect and upkeep show in its preview, in the commitments, and later in the news", async () => {
  const { page, errors } = await begin();
  const credit = page.locator('.decisions > li', { has: page.getByRole('button', { name: /Accept the Chinese credit line/ }) });
  const later = await credit.locator('.timeline').innerText();
  expect(later).toContain('in 2 turns (end of Feb 2016): economy -3');
  expect(later).toContain('each turn from turn 4 to 5 (Mar 2016 to Apr 2016), upkeep: economy -1');
  await credit.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/timeline-1280x720.png` });
  await credit.getByRole('button').click();
  await painted(page);
  const commitments = page.locator('.commitments');
  expect(await commitments.innerText()).toContain('Accept the Chinese credit line: debt service (starts in 3 turns, 2 more turns): each turn economy -1');
  await endTurn(page);
  await endTurn(page);
  expect(await commitments.innerText()).toMatch(/Falls due when this turn ends\s+Accept the Chinese credit line.*economy -3/);
  await endTurn(page);
  // behind "Why?", the changes to economy summed, the credit line's own among them
  await page.locator('.summary .why > summary').click();
  expect(await page.locator('.summary .why').innerText()).toMatch(/economy [+-]?[\d.]+ \(to [\d.]+\) — .*-3: Accept the Chinese credit line/);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("readiness shows as a band until the parties are sounded out, and a power's levers say how hard they would hit now", async () => {
  const { page, errors } = await begin({ width: 1920, height: 1080 });
  const readiness = page.locator('.track .readiness');
  expect(await readiness.innerText()).toBe('Readiness: Russia: not ready, Turkey: warming; sound the parties out to see exact figures');
  await page.getByRole('button', { name: /Sound out the parties/ }).click();
  await painted(page);
  expect(await readiness.innerText()).toMatch(/^Readiness: Russia: not ready \(10 of 30 needed\), Turkey: warming \(20 of 30 needed\); sounded out: exact figures shown until the end of Jan 2016$/);
  await page.locator('details[data-actor="russia"] summary').click();
  expect(await page.locator('details[data-actor="russia"] .levers').innerText()).toContain('transit slowdown: economy -7, stability -2.3 (dependence 35: x1.4)');
  await page.locator('.track').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/readiness-levers-1920x1080.png` });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a turn with a demand and a preview with its timeline fit a small screen', async () => {
  const { page, errors } = await begin({ width: 800, height: 600 });
  const credit = page.locator('.decisions > li', { has: page.getByRole('button', { name: /Accept the Chinese credit line/ }) });
  await credit.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/timeline-800x600.png` });
  await endTurn(page);
  await page.locator('.demand').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/demand-800x600.png` });
  // nothing in the panel is wider than the panel
  const overflow = await page.evaluate(() => {
    const ui = document.getElementById('ui')!;
    return ui.scrollWidth - ui.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
  await page.context().close();
});
