// What the page could not do as asked is said in words: an address it could not follow in full.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPage, screenOf, startHarness, type Harness } from './harness.ts';

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
    expect(await notice(page, 'address').getAttribute('role')).toBe('status');
    expect(await notice(page, 'address').innerText()).toContain('The address asks for the difficulty "nightmare", which the game does not have (calm, tense, volatile): this game is tense.');
    expect(await briefingMeta(page)).toContain('difficulty tense');
    // the notice goes with the briefing
    await page.getByRole('button', { name: 'Begin' }).click();
    expect(await notice(page, 'address').count()).toBe(0);
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
