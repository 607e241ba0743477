// Playing the game in a browser driven by playwright-core, shared by the browser tests and the browser
// benchmarks: which screen shows, and playing on with the mouse to an ending.

/** The screen the page shows: menu, briefing, game, ending, broken or unopened. */
export function screenOf(page) {
  return page.evaluate(() => window.__multivector.screen);
}

/** Play on with the mouse: answer each event with its first choice, take the first affordable decision every third step (when `decide`), end turns. */
export async function playToEnd(page, decide = true) {
  for (let i = 0; i < 400; i++) {
    if ((await screenOf(page)) === 'ending') return;
    const choice = page.locator('[role="dialog"] button').first();
    if ((await choice.count()) > 0) {
      await choice.click();
      continue;
    }
    const decision = page.locator('.decisions button:not([disabled])').first();
    if (decide && i % 3 === 0 && (await decision.count()) > 0) {
      await decision.click();
      continue;
    }
    await page.getByRole('button', { name: 'End turn' }).click();
  }
  throw new Error('the game did not end');
}
