// What the page could not do as asked is said in words: an address it could not follow in full, and a map whose
// WebGL context the browser took back (the game goes on in the panel until the map returns).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mapContext, openPage, screenOf, startHarness, whenReady, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const briefingMeta = (page: Page) => page.locator('#screen .meta').first().innerText();
const notice = (page: Page, key: string) => page.locator(`[data-notice="${key}"]`);

describe('the address', () => {
  test('difficulty=CALM is the calm difficulty, with nothing to say about it', async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=7&difficulty=CALM');
    expect(await briefingMeta(page)).toContain('difficulty calm');
    expect(new URL(page.url()).searchParams.get('difficulty')).toBe('calm');
    expect(await page.locator('[data-notice]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a difficulty the game does not have is named on the briefing, with the one played instead', async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=7&difficulty=nightmare');
    // the notice is added to a live region the page came with, so a screen reader knows the region before it
    expect(await (await page.request.get(page.url())).text()).toMatch(/<div id="notices" aria-live="polite"><\/div>/);
    expect(await page.locator('#notices [data-notice="address"]').count()).toBe(1);
    expect(await notice(page, 'address').getAttribute('role')).toBe('status');
    expect(await notice(page, 'address').innerText()).toContain('The address asks for the difficulty "nightmare", which the game does not have (calm, tense, volatile): this game is tense.');
    expect(await briefingMeta(page)).toContain('difficulty tense');
    // the notice goes with the briefing
    await page.getByRole('button', { name: 'Begin' }).click();
    expect(await notice(page, 'address').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('an address naming the saved game’s world at another difficulty continues the saved game, and says it kept its difficulty', async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=7&difficulty=calm');
    await page.goto(new URL('./?scenario=tutorial&seed=7&difficulty=volatile', h.url).toString());
    await whenReady(page);
    expect(await screenOf(page)).toBe('game');
    expect(await notice(page, 'address').innerText()).toContain(
      'It asks for this world at the difficulty volatile, but your game of it is saved here at calm: it goes on at calm, because a game keeps the difficulty it began with.',
    );
    expect(new URL(page.url()).searchParams.get('difficulty')).toBe('calm');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a seed longer than 200 characters is said to be too long, and the new seed used instead is named', async () => {
    const { page, errors } = await openPage(h, `./?scenario=tutorial&difficulty=calm&seed=${'a'.repeat(201)}`);
    const seed = new URL(page.url()).searchParams.get('seed')!;
    expect(seed).toMatch(/^[0-9a-f]{8}$/);
    expect(await notice(page, 'address').innerText()).toContain(`The seed in the address is 201 characters long, and a seed may have at most 200: this game uses the new seed "${seed}" instead.`);
    expect(await briefingMeta(page)).toContain(`seed "${seed}" · difficulty calm`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a scenario this page does not have is named on the menu', async () => {
    const { page, errors } = await openPage(h, './?scenario=atlantis-2030&seed=1');
    expect(await screenOf(page)).toBe('menu');
    expect(await notice(page, 'address').innerText()).toContain('The address names the scenario "atlantis-2030", which this page does not have: pick one below.');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the map', () => {
  test('when the browser takes back the map’s WebGL context, a notice says the map is paused, the game goes on in the panel, and the map returns', async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=lost');
    await page.getByRole('button', { name: 'Begin' }).click();
    await mapContext(page, 'loseContext');
    await notice(page, 'map').waitFor();
    expect(await notice(page, 'map').getAttribute('role')).toBe('status');
    expect(await notice(page, 'map').innerText()).toContain('The map is paused:');
    // the blank canvas is out of the way: the still land and sea beneath show
    expect(await page.locator('#map canvas').evaluate((c) => getComputedStyle(c).visibility)).toBe('hidden');
    const turn = await page.locator('#hud .turn').innerText();
    while ((await page.locator('[role="dialog"] button').count()) > 0) await page.locator('[role="dialog"] button').first().click();
    await page.getByRole('button', { name: 'End turn' }).click();
    expect(await page.locator('#hud .turn').innerText()).not.toBe(turn);

    await mapContext(page, 'restoreContext');
    await notice(page, 'map').waitFor({ state: 'detached' });
    expect(await page.locator('#map canvas').evaluate((c) => getComputedStyle(c).visibility)).toBe('visible');
    expect(await page.evaluate(() => (window as unknown as { __multivector: { renderer: string } }).__multivector.renderer)).toBe('webgl');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
