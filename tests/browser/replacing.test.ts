// A player's game is never overwritten or dropped without asking: before a new game, an opened save file or a class
// link takes the place of an unfinished game (saved in the browser, or held only on the page), the player is asked
// in words that name it, and can export it first. A finished game is replaced without a question.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fingerprint, makeSave, newGame, replay, textOf, type SaveFile } from '../../src/engine/index.ts';
import { fingerprintOf, openPage, painted, playOneMove, playToEnd, screenOf, startHarness, whenReady, type Harness } from './harness.ts';
import { downloadFrom, fillStorage, openFile, rulesOf, savedGame, store, stored } from './saves.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const tutorial = rulesOf('tutorial.yaml');
const jet = rulesOf('jet-crisis-2015.yaml');

/** The words the question uses for a game of the tutorial, from the save the browser holds or the file it wrote. */
function tutorialGame(save: SaveFile): string {
  return `game of ${textOf(tutorial.title)}, turn ${save.turn + 1} of ${tutorial.calendar.length}, ${save.difficulty}`;
}

const question = (page: Page) => page.getByRole('alertdialog', { name: 'Replace your game?' });
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? null);

async function playSome(page: Page, moves: number): Promise<void> {
  for (let i = 0; i < moves; i++) await playOneMove(page);
}

async function begin(page: Page, moves: number): Promise<void> {
  await page.getByRole('button', { name: 'Begin' }).click();
  await playSome(page, moves);
}

describe('a game in progress is replaced only after asking', () => {
  test('New game with an unfinished game saved asks first, and No keeps it (reload continues it)', async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=mine');
    await begin(page, 3);
    const mine = (await savedGame(page)) as SaveFile;
    await page.getByRole('button', { name: 'Back to menu' }).click();

    const newJet = page.getByRole('button', { name: `New game: ${textOf(jet.title)}` });
    await newJet.focus();
    await page.keyboard.press('Enter');
    await question(page).waitFor();
    expect(await question(page).innerText()).toContain(`Your ${tutorialGame(mine)}, will be replaced.`);
    expect(await question(page).innerText()).toContain('It is the game saved in this browser');
    // the focus is on the answer that loses nothing, and the keyboard gives it
    expect(await focused(page)).toBe('No, keep it');
    await painted(page);
    await page.keyboard.press('Enter');
    await question(page).waitFor({ state: 'detached' });
    expect(await screenOf(page)).toBe('menu');
    expect(await focused(page)).toBe('New game');
    expect(((await savedGame(page)) as SaveFile).fingerprint).toBe(mine.fingerprint);

    // Escape is "No, keep it" too
    await painted(page);
    await page.keyboard.press('Enter');
    await question(page).waitFor();
    await painted(page);
    await page.keyboard.press('Escape');
    await question(page).waitFor({ state: 'detached' });
    expect(((await savedGame(page)) as SaveFile).fingerprint).toBe(mine.fingerprint);

    await page.reload();
    await whenReady(page);
    expect(await screenOf(page)).toBe('game');
    expect(await fingerprintOf(page)).toBe(mine.fingerprint);

    // and "Yes, replace it" starts the new game in its place
    await page.getByRole('button', { name: 'Back to menu' }).click();
    await newJet.click();
    await question(page).getByRole('button', { name: 'Yes, replace it' }).click();
    expect(await screenOf(page)).toBe('briefing');
    expect(((await savedGame(page)) as SaveFile).scenario).toBe(jet.id);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a class link for another world does not overwrite the game in progress without asking', async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=mine');
    await begin(page, 2);
    const mine = (await stored(page))!;
    const link = new URL(`./?scenario=${jet.id}&seed=42&difficulty=calm`, h.url).toString();
    await page.goto(link);
    await whenReady(page);
    expect(await screenOf(page)).toBe('link');
    expect(await stored(page)).toBe(mine);
    const text = await page.locator('#screen').innerText();
    expect(text).toContain(`A new game of ${textOf(jet.title)}, seed "42", difficulty calm.`);
    expect(text).toContain(`Your ${tutorialGame(JSON.parse(mine) as SaveFile)}.`);
    expect(await focused(page)).toBe('Continue my game');

    // the game in progress can be exported from here, and the file replays to it
    const exported = await downloadFrom(page, 'Export my game');
    const replayed = replay(tutorial, JSON.parse(exported));
    expect(replayed.ok && fingerprint(replayed.state)).toBe((JSON.parse(mine) as SaveFile).fingerprint);

    // starting the linked game asks first; No keeps the game, and a reload comes back to the same choice
    await page.getByRole('button', { name: 'Start the linked game' }).click();
    expect(await question(page).innerText()).toContain(`Your ${tutorialGame(JSON.parse(mine) as SaveFile)}, will be replaced.`);
    await question(page).getByRole('button', { name: 'No, keep it' }).click();
    expect(await focused(page)).toBe('Start the linked game');
    await page.reload();
    await whenReady(page);
    expect(await screenOf(page)).toBe('link');
    expect(await stored(page)).toBe(mine);

    await page.getByRole('button', { name: 'Continue my game' }).click();
    expect(await screenOf(page)).toBe('game');
    expect(await fingerprintOf(page)).toBe((JSON.parse(mine) as SaveFile).fingerprint);
    expect(new URL(page.url()).searchParams.get('seed')).toBe('mine');

    // the link again, and a yes: its game takes the place of this one
    await page.goto(link);
    await whenReady(page);
    await page.getByRole('button', { name: 'Start the linked game' }).click();
    await question(page).getByRole('button', { name: 'Yes, replace it' }).click();
    expect(await screenOf(page)).toBe('briefing');
    expect(await page.locator('#screen .meta').first().innerText()).toContain('seed "42" · difficulty calm');
    expect(await savedGame(page)).toMatchObject({ scenario: jet.id, seed: '42', difficulty: 'calm' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("with storage full, New game asks before the page's only copy of the game is lost, and Export it first gives a file that replays", async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=only-copy');
    await page.getByRole('button', { name: 'Begin' }).click();
    await fillStorage(page);
    await playSome(page, 3);
    expect(await page.locator('[data-notice="unsaved"]').innerText()).toContain('This game is not being saved:');
    const onPage = (await fingerprintOf(page))!;
    await page.getByRole('button', { name: 'Back to menu' }).click();

    await page.getByRole('button', { name: `New game: ${textOf(tutorial.title)}` }).click();
    const words = await question(page).innerText();
    expect(words).toContain('The browser is not saving it: this page holds its only copy.');
    const exported = await downloadFrom(page, 'Export it first');
    const file = JSON.parse(exported) as SaveFile;
    expect(words).toContain(`Your ${tutorialGame(file)}, will be replaced.`);
    const replayed = replay(tutorial, file);
    expect(replayed.ok && fingerprint(replayed.state)).toBe(onPage);
    expect(await question(page).getByRole('status').innerText()).toBe('Exported to the file tutorial-only-copy.json.');
    await question(page).getByRole('button', { name: 'No, keep it' }).click();

    // opening a save file asks the same, and No keeps the game on the page too
    const other = makeSave(tutorial, newGame(tutorial, { seed: 'another-student', difficulty: 'calm' }).state);
    await openFile(page, JSON.stringify(other));
    await question(page).waitFor();
    await question(page).getByRole('button', { name: 'No, keep it' }).click();
    await page.getByRole('button', { name: /^Continue/ }).click();
    expect(await fingerprintOf(page)).toBe(onPage);

    // the exported file, opened on a page with room to save, continues the same game
    const fresh = await openPage(h, './');
    await openFile(fresh.page, exported);
    await fresh.page.waitForFunction(() => (window as unknown as { __multivector: { screen: string } }).__multivector.screen === 'game');
    expect(await fingerprintOf(fresh.page)).toBe(onPage);
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await page.context().close();
    await fresh.page.context().close();
  });

  test('with storage full, leaving the page asks first: the browser holds the only copy of the game', async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=leaving');
    await page.getByRole('button', { name: 'Begin' }).click();
    await fillStorage(page);
    await playSome(page, 2);
    const onPage = await fingerprintOf(page);
    // a class link typed into the address bar: the browser asks, and staying keeps the game
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.evaluate((to) => void (location.href = to), new URL(`./?scenario=${jet.id}&seed=1`, h.url).toString());
    expect(await Promise.race([asked, page.waitForTimeout(5000).then(() => 'no question')])).toBe('beforeunload');
    expect(await screenOf(page)).toBe('game');
    expect(await fingerprintOf(page)).toBe(onPage);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a finished game is replaced without a question, by New game or by a class link', async () => {
    const { page, errors } = await openPage(h, './?scenario=tutorial&seed=finished');
    await page.getByRole('button', { name: 'Begin' }).click();
    await playToEnd(page, false);
    const finished = (await stored(page))!;
    await page.getByRole('button', { name: 'Back to menu' }).click();
    const newJet = page.getByRole('button', { name: `New game: ${textOf(jet.title)}` });
    await newJet.click();
    expect(await screenOf(page)).toBe('briefing');
    expect(await question(page).count()).toBe(0);

    // a game left on its briefing, replaced by the same world: nothing is lost, so nothing is asked
    await page.getByRole('button', { name: 'Back to menu' }).click();
    await newJet.click();
    expect(await screenOf(page)).toBe('briefing');
    expect(await question(page).count()).toBe(0);

    await store(page, finished);
    await page.goto(new URL(`./?scenario=${jet.id}&seed=7`, h.url).toString());
    await whenReady(page);
    expect(await screenOf(page)).toBe('briefing');
    expect(await savedGame(page)).toMatchObject({ scenario: jet.id, seed: '7' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
