// A newcomer's first turns, as a person plays them with the mouse: the goals panel says what wins, each turn's
// news tells every event's story, no id of the scenario shows anywhere on the page, and after a decision the
// focus goes on to the next choice, never to End turn while decisions and capital remain.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { replay, textOf, type Rules, type SaveFile } from '../../src/engine/index.ts';
import { own } from '../../src/engine/records.ts';
import { goalsView } from '../../src/present/goals.ts';
import { shippedScenarioFiles } from '../shipped.ts';
import { openPage, painted, startHarness, type Harness } from './harness.ts';
import { rulesOf, savedGame } from './saves.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const visibleText = (page: Page) => page.locator('#ui').innerText();
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every id a player must never read: events, decisions, flags, tracks, advisors, moves (those with a hyphen, which no English word has). */
function idsOf(rules: Rules): string[] {
  const moves = rules.actors.flatMap((a) => (a.moves ?? []).map((m) => m.id));
  const levers = rules.actors.flatMap((a) => a.levers.map((l) => l.id));
  return [...rules.events, ...rules.decisions, ...(rules.flags ?? []), ...rules.tracks, ...rules.advisors, ...rules.endings]
    .map((x) => x.id)
    .concat(moves, levers)
    .filter((id) => id.includes('-'));
}

function stateOf(rules: Rules, save: SaveFile) {
  const result = replay(rules, save);
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

for (const file of shippedScenarioFiles()) {
  test(`${file}: the goals say what wins, each turn's news tells its events' stories, and no id shows on the page`, async () => {
    const rules = rulesOf(file);
    const { page, errors } = await openPage(h, `./?scenario=${rules.id}&seed=news`);
    await page.getByRole('button', { name: 'Begin' }).click();
    await painted(page);
    // the goals panel is open on the first turn, with the engine's own figures, and holds the focus
    const goals = goalsView(rules, stateOf(rules, (await savedGame(page)) as SaveFile));
    expect(await page.locator('details.goals').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(flat(await page.locator('details.goals').innerText())).toContain(flat(goals.summary));
    for (const part of goals.victories.flatMap((g) => g.parts)) expect(flat(await page.locator('details.goals').innerText())).toContain(flat(part.words));
    const ids = idsOf(rules);
    for (let turn = 0; turn < 4; turn++) {
      const state = stateOf(rules, (await savedGame(page)) as SaveFile);
      if (state.status !== 'playing') break;
      const text = flat(await visibleText(page));
      // every event of this turn is told with its story (in the news, or in its box when it waits for an answer)
      for (const event of rules.events.filter((e) => own(state.fired, e.id) === state.turn)) {
        expect(text, `${file}: the story of ${event.id}`).toContain(flat(textOf(event.text)));
      }
      for (const id of ids) expect(text, `${file}: turn ${turn + 1}`).not.toMatch(new RegExp(`(^|[^\\p{L}\\p{N}-])${id}($|[^\\p{L}\\p{N}-])`, 'u'));
      // answer the events, take a decision, and see where the focus goes
      while ((await page.locator('[role="dialog"] button').count()) > 0) {
        await page.locator('[role="dialog"] button').first().click();
        await painted(page);
      }
      const decision = page.locator('.decisions button:not([disabled])').first();
      if ((await decision.count()) > 0) {
        await decision.click();
        await painted(page);
        const after = stateOf(rules, (await savedGame(page)) as SaveFile);
        const more = (await page.locator('.decisions button:not([disabled]), .demands button:not([disabled])').count()) > 0;
        const focus = await page.evaluate(() => document.activeElement?.getAttribute('data-focus') ?? '');
        if (more && after.capital > 0) expect(focus, `${file}: focus after a decision`).not.toBe('end-turn');
      }
      await page.getByRole('button', { name: 'End turn' }).click();
      await painted(page);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
}
