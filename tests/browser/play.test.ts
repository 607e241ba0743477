// The game in a real browser: played by keyboard alone and by mouse, reloaded mid-game, checked against the
// engine in Node, and save files opened from the menu. (Damaged saves in storage: damaged-saves.test.ts.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fingerprint, makeSave, newGame, replay } from '../../src/engine/index.ts';
import { shippedScenarioFiles } from '../shipped.ts';
import { fingerprintOf, openPage, painted, playToEnd, screenOf, startHarness, whenReady, type Harness } from './harness.ts';
import { downloadFrom, openFile, rulesOf, SAVE_KEY, savedGame, stored } from './saves.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Press Tab until the focused element matches; fails if it never does. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reaches ${selector}`);
}

/** Press Enter as a person does: the next key comes after they have seen what this one did. */
async function pressEnter(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await painted(page);
}

async function exists(page: Page, selector: string): Promise<boolean> {
  return (await page.locator(selector).count()) > 0;
}

async function shownFingerprint(page: Page): Promise<string> {
  const text = await page.locator('.fingerprint').innerText();
  const match = /^Fingerprint: ([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new Error(`no fingerprint in "${text}"`);
  return match[1]!;
}

describe('the game in Chromium', () => {
  test('the tutorial is played from the menu to the debrief with the keyboard alone, on WebGL, without console errors', async () => {
    const { page, errors } = await openPage(h, './');
    expect(await page.evaluate(() => (window as unknown as { __multivector: { renderer: string } }).__multivector.renderer)).toBe('webgl');
    expect(await screenOf(page)).toBe('menu');
    await tabTo(page, 'button[data-scenario="tutorial"]');
    await pressEnter(page);
    expect(await screenOf(page)).toBe('briefing');
    await tabTo(page, '[data-focus="begin"]');
    await pressEnter(page);
    let decisions = 0;
    for (let i = 0; i < 300 && (await screenOf(page)) === 'game'; i++) {
      if (await exists(page, '[role="dialog"] button')) {
        await tabTo(page, '[role="dialog"] button');
      } else if (decisions < 8 && i % 2 === 0 && (await exists(page, '.decisions button:not([disabled])'))) {
        await tabTo(page, '.decisions button:not([disabled])');
        decisions++;
      } else {
        await tabTo(page, '[data-focus="end-turn"]');
      }
      await pressEnter(page);
    }
    expect(await screenOf(page)).toBe('ending');
    await expect(page.getByRole('heading', { name: /Debrief/ }).count()).resolves.toBe(1);
    expect(decisions).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a reload in the middle of a game finds the same state', async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=reload');
    await page.getByRole('button', { name: 'Begin' }).click();
    for (let turn = 0; turn < 2; turn++) {
      while (await exists(page, '[role="dialog"] button')) await page.locator('[role="dialog"] button').first().click();
      const decision = page.locator('.decisions button:not([disabled])').first();
      if ((await decision.count()) > 0) await decision.click();
      while (await exists(page, '[role="dialog"] button')) await page.locator('[role="dialog"] button').first().click();
      await page.getByRole('button', { name: 'End turn' }).click();
    }
    // an actor's card opens from the list and says why the relation moved
    const card = page.locator('details.actor-card').first();
    await card.locator('summary').click();
    expect(await card.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await card.innerText()).toContain('How the relation moved');
    // and another's from the map, once the map has gone still (it draws only while something moves)
    await page.waitForTimeout(2500);
    const marks = await page.evaluate(() => (window as unknown as { __multivector: { mapMarks: Record<string, { x: number; y: number }> } }).__multivector.mapMarks);
    const [other, at] = Object.entries(marks).at(-1)!;
    await page.mouse.click(at.x, at.y);
    const otherCard = page.locator(`details.actor-card[data-actor="${other}"]`);
    await expect.poll(() => otherCard.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.getAttribute('data-actor'))).toBe(other);
    const before = await fingerprintOf(page);
    const hud = await page.locator('#hud').innerText();
    await page.reload();
    await whenReady(page);
    expect(await screenOf(page)).toBe('game');
    expect(await fingerprintOf(page)).toBe(before);
    expect(await page.locator('#hud').innerText()).toBe(hud);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('?scenario=tutorial&seed=42: the fingerprint on the debrief is what the engine replays from the save in Node', async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=42');
    expect(await screenOf(page)).toBe('briefing');
    await page.getByRole('button', { name: 'Begin' }).click();
    await playToEnd(page);
    const shown = await shownFingerprint(page);
    const save = (await savedGame(page)) as { seed: string };
    expect(save.seed).toBe('42');
    const result = replay(rulesOf('tutorial.yaml'), save);
    expect(result.ok).toBe(true);
    if (result.ok) expect(fingerprint(result.state)).toBe(shown);
    // the exported file is the same save, and opening it on a fresh page shows the same debrief
    const exported = await downloadFrom(page, 'Export save');
    const fromFile = replay(rulesOf('tutorial.yaml'), JSON.parse(exported));
    expect(fromFile.ok && fingerprint(fromFile.state)).toBe(shown);
    await page.evaluate((key) => localStorage.removeItem(key), SAVE_KEY);
    await page.goto(new URL('./', h.url).toString());
    await whenReady(page);
    await openFile(page, exported);
    await page.waitForFunction(() => (window as unknown as { __multivector: { screen: string } }).__multivector.screen === 'ending');
    expect(await shownFingerprint(page)).toBe(shown);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each(shippedScenarioFiles())('%s is played to an ending with the mouse', async (file) => {
    const id = rulesOf(file).id;
    const { page, errors } = await openPage(h, `./?scenario=${encodeURIComponent(id)}&seed=mouse`);
    await page.getByRole('button', { name: 'Begin' }).click();
    await playToEnd(page);
    await expect(page.getByRole('heading', { name: /Debrief/ }).count()).resolves.toBe(1);
    expect(await page.locator('.fingerprint').innerText()).toMatch(/^Fingerprint: [0-9a-f]{64}$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a save file opened after a class link is the game a reload continues, and the address names it", async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=42');
    await page.getByRole('button', { name: 'Back to menu' }).click();
    const rules = rulesOf('tutorial.yaml');
    const other = makeSave(rules, newGame(rules, { seed: 'another-student', difficulty: 'calm' }).state);
    await openFile(page, JSON.stringify(other));
    // the class link's game, just begun, is in progress: opening the file asks before it takes its place
    await page.getByRole('alertdialog', { name: 'Replace your game?' }).getByRole('button', { name: 'Yes, replace it' }).click();
    await page.waitForFunction(() => (window as unknown as { __multivector: { screen: string } }).__multivector.screen === 'game');
    expect(new URL(page.url()).searchParams.get('seed')).toBe('another-student');
    await page.reload();
    await whenReady(page);
    expect(await fingerprintOf(page)).toBe(other.fingerprint);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a damaged save file, opened from the menu, is refused with a reason and the game saved in the browser is kept', async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=kept');
    const kept = await stored(page);
    const save = JSON.parse(kept!) as Record<string, unknown>;
    await page.getByRole('button', { name: 'Back to menu' }).click();
    const damaged = JSON.stringify({ ...save, seed: 'another' });
    await openFile(page, damaged);
    await page.getByRole('heading', { name: 'That save file cannot be opened' }).waitFor();
    expect(await page.locator('[role="alert"]').innerText()).toContain('fingerprint');
    expect(await stored(page)).toBe(kept);
    await page.getByRole('button', { name: 'Back to menu' }).click();
    await expect(page.getByRole('button', { name: /^Continue/ }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
