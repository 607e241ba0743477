// Whatever browser storage holds, the page opens: a save it cannot restore is set aside as it was, said in words,
// exportable and deleted only on a confirmed yes, and the menu, the class link and "Open a save file" all work.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeSave, newGame } from '../../src/engine/index.ts';
import { openPage, screenOf, startHarness, whenReady, type Harness } from './harness.ts';
import { downloadFrom, openFile, rulesOf, SAVE_KEY, SET_ASIDE_KEY, store, stored } from './saves.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const tutorial = rulesOf('tutorial.yaml');
const save = makeSave(tutorial, newGame(tutorial, { seed: 'damaged', difficulty: 'tense' }).state);
const damaged = (change: Record<string, unknown>) => JSON.stringify({ ...save, ...change });

/** The save with its ending `{"a": {"a": ... {}}}`, `depth` objects deep: written as text (stringifying it would overflow). */
function nestedEnding(depth: number): string {
  return damaged({ ending: null }).replace('"ending":null', `"ending":${'{"a":'.repeat(depth)}{}${'}'.repeat(depth)}`);
}

// [what the player has in storage, its text, words the page must say about it]
const HOSTILE: [string, string, string][] = [
  ['an ending nested 20,000 objects deep', nestedEnding(20_000), 'levels deep'],
  ['a string of five million characters', JSON.stringify('x'.repeat(5_000_000)), 'characters long'],
  ['moves that are not a list', damaged({ moves: 'all of them' }), '"moves"'],
  ['null', 'null', 'is not a saved game'],
  ['a number', '42', 'is not a saved game'],
  ['text that is not JSON', '{"format": "multivector-save", ', 'not valid JSON'],
  ['a save of a scenario this page does not have', damaged({ scenario: 'atlantis-2030' }), '"atlantis-2030"'],
  ['an edited save', damaged({ fingerprint: '0'.repeat(64) }), 'fingerprint'],
  ['a save from another version of the game', damaged({ version: 99 }), 'version 99'],
];

async function noticeText(page: import('playwright-core').Page): Promise<string> {
  return page.locator('[data-notice="set-aside"]').innerText();
}

describe('a save the page cannot restore', () => {
  test.each(HOSTILE)('%s in storage: the page says why, sets it aside as it was, and the menu works', async (_what, text, said) => {
    const { page, errors } = await openPage(h, './');
    await store(page, text);
    await page.reload();
    await whenReady(page);
    expect(await screenOf(page)).toBe('broken');
    await page.getByRole('heading', { name: 'The saved game cannot be continued' }).waitFor();
    expect(await page.locator('#screen [role="alert"]').innerText()).toContain(said);
    expect(await stored(page)).toBeNull();
    expect(await stored(page, SET_ASIDE_KEY)).toBe(text);
    expect(await downloadFrom(page, 'Export the damaged save')).toBe(text);

    await page.getByRole('button', { name: 'Back to menu' }).click();
    expect(await screenOf(page)).toBe('menu');
    expect(await noticeText(page)).toContain(said);
    expect(await page.locator('[data-notice="set-aside"]').getAttribute('role')).toBe('status');
    // a reload opens the menu with the same notice, and the save can still be exported from it
    await page.reload();
    await whenReady(page);
    expect(await screenOf(page)).toBe('menu');
    expect(await noticeText(page)).toContain('A damaged save is set aside.');
    expect(await downloadFrom(page, 'Export the damaged save')).toBe(text);

    // the same text as a file is refused with the same reason, and nothing is changed
    await openFile(page, text);
    await page.getByRole('heading', { name: 'That save file cannot be opened' }).waitFor();
    expect(await page.locator('#screen [role="alert"]').innerText()).toContain(said);
    await page.getByRole('button', { name: 'Back to menu' }).click();
    expect(await stored(page, SET_ASIDE_KEY)).toBe(text);

    await page.getByRole('button', { name: 'New game: First steps' }).click();
    expect(await screenOf(page)).toBe('briefing');
    await page.getByRole('button', { name: 'Begin' }).click();
    expect(await screenOf(page)).toBe('game');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a class link met by a damaged save says so first, then opens its game with one click', async () => {
    const text = nestedEnding(20_000);
    const { page, errors } = await openPage(h, './');
    await store(page, text);
    await page.goto(new URL('./?scenario=tutorial&seed=42', h.url).toString());
    await whenReady(page);
    expect(await screenOf(page)).toBe('broken');
    expect(await page.locator('#screen [role="alert"]').innerText()).toContain('levels deep');
    await page.getByRole('button', { name: 'New game from the address: First steps: the multi-vector balance' }).click();
    expect(await screenOf(page)).toBe('briefing');
    expect(await page.locator('#screen .meta').first().innerText()).toContain('seed "42"');
    expect(await noticeText(page)).toContain('levels deep');
    await page.getByRole('button', { name: 'Begin' }).click();
    expect(await screenOf(page)).toBe('game');
    expect(await page.locator('[data-notice]').count()).toBe(0);
    expect(await stored(page, SET_ASIDE_KEY)).toBe(text);
    // and the next visit of the link goes straight to the game
    await page.goto(new URL('./?scenario=tutorial&seed=42', h.url).toString());
    await whenReady(page);
    expect(await screenOf(page)).toBe('game');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('deleting the damaged save asks first: "No, keep it" keeps it, "Yes, delete it" removes it', async () => {
    const { page, errors } = await openPage(h, './');
    await store(page, 'null');
    await page.reload();
    await whenReady(page);
    await page.getByRole('button', { name: 'Delete the damaged save…' }).click();
    await page.getByRole('group', { name: 'Delete the damaged save from this browser for good?' }).waitFor();
    // the focus is on the answer that loses nothing
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('No, keep it');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete the damaged save…');
    expect(await stored(page, SET_ASIDE_KEY)).toBe('null');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    expect(await screenOf(page)).toBe('menu');
    expect(await stored(page, SET_ASIDE_KEY)).toBeNull();
    expect(await stored(page, SAVE_KEY)).toBeNull();
    expect(await page.locator('[data-notice]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('if opening the page fails halfway through a new game from the address, it ends on a working menu that says what happened, and no save is set aside', async () => {
    const page = await refusingFirstAddressChange();
    await page.goto(new URL('./?scenario=tutorial&seed=halfway', h.url).toString());
    await whenReady(page);
    expect(await screenOf(page)).toBe('menu');
    const failure = page.locator('[data-notice="failure"]');
    expect(await failure.getAttribute('role')).toBe('alert');
    expect(await failure.innerText()).toContain('What happened: the address cannot be changed.');
    // the failure was not the save's: the new game stays saved, to be continued
    expect(await page.locator('[data-notice="set-aside"]').count()).toBe(0);
    expect(await stored(page, SET_ASIDE_KEY)).toBeNull();
    expect(JSON.parse((await stored(page))!)).toMatchObject({ scenario: 'tutorial', seed: 'halfway' });
    await page.getByRole('button', { name: /^Continue/ }).click();
    expect(await screenOf(page)).toBe('game');
    expect(await failure.count()).toBe(0);
    await page.context().close();
  });

  test('if opening the saved game stops the page, it ends on a working menu that says what happened, and that save is set aside', async () => {
    const page = await refusingFirstAddressChange();
    await page.goto(new URL('./', h.url).toString());
    await whenReady(page);
    await store(page, JSON.stringify(save));
    await page.reload();
    await whenReady(page);
    expect(await screenOf(page)).toBe('menu');
    expect(await page.locator('[data-notice="failure"]').innerText()).toContain('What happened: the address cannot be changed.');
    expect(await noticeText(page)).toContain('Opening it stopped the page');
    expect(await stored(page)).toBeNull();
    expect(await stored(page, SET_ASIDE_KEY)).toBe(JSON.stringify(save));
    await page.getByRole('button', { name: 'New game: First steps' }).click();
    expect(await screenOf(page)).toBe('briefing');
    await page.context().close();
  });
});

/** A page whose browser refuses, the first time after each load, to let the page point the address at its game. */
async function refusingFirstAddressChange(): Promise<import('playwright-core').Page> {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(() => {
    const replaceState = history.replaceState.bind(history);
    let refused = false;
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      if (!refused) {
        refused = true;
        throw new Error('the address cannot be changed');
      }
      replaceState(...args);
    };
  });
  return context.newPage();
}
