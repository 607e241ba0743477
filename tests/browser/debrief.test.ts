// The debrief's charts in a real browser: drawn, fitted to the page, and told in words and tables as well.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { historicalSeries, num, replay, seriesOf } from '../../src/engine/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { openPage, playToEnd, startHarness, type Harness } from './harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const tutorial = (() => {
  const { rules } = loadScenario(readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'tutorial.yaml'), 'utf8'), 'tutorial.yaml');
  if (!rules) throw new Error('tutorial.yaml does not load');
  return rules;
})();

describe('the debrief in Chromium', () => {
  test("at 800x600 the debrief charts every indicator and every actor's attitude beside history, each fitted to the page, summarised and tabled", async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=charts', { width: 800, height: 600 });
    await page.getByRole('button', { name: 'Begin' }).click();
    await playToEnd(page);
    const charts = page.locator('figure.chart');
    await expect(charts.count()).resolves.toBe(5 + tutorial.actors.length);
    await page.waitForFunction((n) => document.querySelectorAll('figure.chart canvas').length === n, 5 + tutorial.actors.length);

    // every chart fits its card, and the cards fit the page
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart')].filter((f) => {
        const root = f.querySelector<HTMLElement>('.uplot');
        return !root || root.offsetWidth > (f as HTMLElement).clientWidth || f.getBoundingClientRect().right > document.querySelector('section.page')!.getBoundingClientRect().right;
      }).length,
    );
    expect(overflow).toBe(0);
    // and they are drawn again to the new width when the window grows
    const widthNow = () => page.evaluate(() => document.querySelector<HTMLElement>('figure.chart .uplot')!.offsetWidth);
    const narrow = await widthNow();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForFunction((w) => document.querySelector<HTMLElement>('figure.chart .uplot')!.offsetWidth > w, narrow);
    expect(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('figure.chart')].every((f) => f.querySelector<HTMLElement>('.uplot')!.offsetWidth === f.querySelector<HTMLElement>('.chart-plot')!.clientWidth))).toBe(true);
    expect(await widthNow()).toBeGreaterThan(narrow);

    // each chart says what it shows in words, with names for the lines
    const economy = page.locator('figure.chart', { hasText: 'economy' }).first();
    const summary = (await economy.locator('[role="img"]').getAttribute('aria-label')) ?? '';
    expect(summary).toMatch(/^economy over the turns\. Your game from 60 to .+\. The historical line from 60 to .+\.$/);
    expect(await economy.locator('.u-legend').innerText()).toMatch(/you[\s\S]*history/);

    // the table under a chart holds the engine's own numbers, the player's and the historical line's
    const save = JSON.parse((await page.evaluate(() => localStorage.getItem('multivector:save'))) ?? 'null');
    const played = replay(tutorial, save);
    expect(played.ok).toBe(true);
    if (!played.ok) return;
    const yours = seriesOf(tutorial, played.state).indicators.economy;
    const history = historicalSeries(tutorial, 'charts', played.state.difficulty).indicators.economy;
    await economy.locator('.figures summary').click();
    const rows = await economy.locator('.figures tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual(Array.from({ length: Math.max(yours.length, history.length) }, (_, i) => [yours[i] === undefined ? '(ended)' : num(yours[i]!), history[i] === undefined ? '(ended)' : num(history[i]!)]));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
