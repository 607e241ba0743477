// A move is taken once: a real double-click, or two presses before the page has drawn what the first one did,
// takes one move, never a second one on a screen the player has not seen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newGame, step, type GameState, type Rules, type SaveFile } from '../../src/engine/index.ts';
import { loadShipped } from '../shipped.ts';
import { openPage, painted, startHarness, type Harness } from './harness.ts';
import { savedGame } from './saves.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const saved = async (page: Page) => (await savedGame(page)) as SaveFile;

/**
 * A world (seed) and a turn on which ending the turn opens the next with at least `events` events (with one
 * event, the first turn), for a player who
 * answers each event with its first choice and takes no decision, as these tests play; found by playing the
 * engine itself, so that the tests do not hang on one seed's luck when the scenario changes.
 */
function worldWhere(rules: Rules, events: number, skip = 0): { seed: string; turn: number } {
  let found = 0;
  for (let i = 0; i < 500; i++) {
    const seed = `dbl-${i}`;
    let state: GameState = newGame(rules, { seed }).state;
    for (let moves = 0; state.status === 'playing' && moves < 200; moves++) {
      const waiting = rules.events.find((e) => e.id === state.pending[0]);
      if (waiting) {
        const answered = step(rules, state, { type: 'choose', event: waiting.id, option: waiting.choices[0]!.id });
        if (!answered.ok) break;
        state = answered.state;
        continue;
      }
      const ended = step(rules, state, { type: 'end-turn' });
      if (!ended.ok) break;
      const next = ended.state;
      // one event: the first turn's (its End turn is scrolled onto the next event's first choice); two events: a turn with
      // no power's card on screen, so the second takes the first one's place once it is answered
      const calm = events === 1 ? state.turn === 0 : true;
      if (next.status === 'playing' && calm && next.pending.length >= events && found++ >= skip) {
        return { seed, turn: state.turn };
      }
      state = next;
    }
  }
  throw new Error(`no seed of 500 opens a turn with ${events} events`);
}

/** Open a scenario in that world and play to that turn: answer each event with its first choice, end the turn. */
async function playTo(world: { seed: string; turn: number }, size?: { width: number; height: number }, scenario = 'tutorial') {
  const opened = await openPage(h, `./?scenario=${scenario}&seed=${world.seed}`, size);
  await opened.page.getByRole('button', { name: 'Begin' }).click();
  await answerEvents(opened.page);
  for (let turn = 0; turn < world.turn; turn++) {
    await opened.page.getByRole('button', { name: 'End turn' }).click();
    await painted(opened.page);
    await answerEvents(opened.page);
  }
  return opened;
}

/** Answer every waiting event with its first choice, as a person does: each press after the last one's result is drawn. */
async function answerEvents(page: Page): Promise<void> {
  while ((await page.locator('[role="dialog"] button').count()) > 0) {
    await page.locator('[role="dialog"] button').first().click();
    await painted(page);
  }
}

/** Whether an enabled button of a pending event, or (`decision`) of the decisions, lies at the point. */
async function enabledButtonAt(page: Page, x: number, y: number, where: '[role="dialog"]' | '.decisions'): Promise<boolean> {
  return page.evaluate(
    ({ x, y, where }) => {
      const b = document.elementFromPoint(x, y)?.closest('button');
      return !!b && !b.disabled && !!b.closest(where);
    },
    { x, y, where },
  );
}

/** The tutorial in a world of its own, for the tests that take a decision on the first turn. */
const TUTORIAL = './?scenario=tutorial&seed=dbl';

describe('a double-click', () => {
  test('a double-click on End turn ends one turn, not two, and the next turn’s event waits to be read', async () => {
    const world = worldWhere(loadShipped('tutorial.yaml'), 1);
    // where the next turn's first choice lands once End turn is pressed, found in a page of its own; the game's
    // panel is then scrolled so that End turn lies on that spot, where a second click would answer the event
    const rehearsal = await playTo(world);
    await rehearsal.page.getByRole('button', { name: 'End turn' }).click();
    await painted(rehearsal.page);
    const choice = (await rehearsal.page.locator('[role="dialog"] button').first().boundingBox())!;
    await rehearsal.page.context().close();
    const { page, errors } = await playTo(world);
    const box = (await page.getByRole('button', { name: 'End turn' }).boundingBox())!;
    await page.locator('#ui').evaluate((ui, by) => ui.scrollBy(0, by), box.y + box.height / 2 - (choice.y + choice.height / 2));
    await painted(page);
    const before = await saved(page);
    const endTurn = (await page.getByRole('button', { name: 'End turn' }).boundingBox())!;
    const [x, y] = [Math.max(endTurn.x, choice.x) + 4, endTurn.y + endTurn.height / 2];
    await page.mouse.dblclick(x, y);
    await painted(page);
    // the premise: the second click lands on an event's choice, which a second move would answer
    expect(await enabledButtonAt(page, x, y, '[role="dialog"]')).toBe(true);
    const after = await saved(page);
    expect(after.moves).toEqual([...before.moves, { type: 'end-turn', turn: before.turn }]);
    expect(after.turn).toBe(before.turn + 1);
    expect(await page.locator('[role="dialog"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.refusal').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a double-click on a decision takes one decision', async () => {
    const { page, errors } = await openPage(h, TUTORIAL);
    await page.getByRole('button', { name: 'Begin' }).click();
    await answerEvents(page);
    const before = await saved(page);
    const box = (await page.locator('.decisions button:not([disabled])').first().boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await painted(page);
    // the premise: the second click lands on a decision it could take
    expect(await enabledButtonAt(page, box.x + box.width / 2, box.y + box.height / 2, '.decisions')).toBe(true);
    const after = await saved(page);
    expect(after.moves).toHaveLength(before.moves.length + 1);
    expect(after.moves.at(-1)).toMatchObject({ type: 'decide', turn: before.turn });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a double-click on an event’s choice answers that event once, and the event after it waits to be read', async () => {
    // in this world a turn of the tutorial opens with two events; at 800x600 the second one's choice comes to lie
    // where the first one's was, or a line higher when its text is a line shorter, so the click is near the top
    // of the first one's button, where the two overlap
    const world = worldWhere(loadShipped('tutorial.yaml'), 2);
    const { page, errors } = await playTo(world, { width: 800, height: 600 });
    await page.getByRole('button', { name: 'End turn' }).click();
    await painted(page);
    const before = await saved(page);
    const choice = page.locator('[role="dialog"] button').first();
    const event = (await choice.getAttribute('data-focus'))!.split(':')[1];
    const box = (await choice.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + 5];
    await page.mouse.dblclick(x, y);
    await painted(page);
    // the premise: the second click lands on the next event's choice
    expect(await enabledButtonAt(page, x, y, '[role="dialog"]')).toBe(true);
    const after = await saved(page);
    expect(after.moves).toEqual([...before.moves, expect.objectContaining({ type: 'choose', event, turn: before.turn })]);
    expect(await page.locator('[role="dialog"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('holding Enter on End turn ends one turn, and the next turn’s event waits to be read', async () => {
    const { page, errors } = await playTo(worldWhere(loadShipped('tutorial.yaml'), 1));
    const before = await saved(page);
    await page.getByRole('button', { name: 'End turn' }).focus();
    // the second press of a key still held down is sent as a repeat, after End turn's result is painted
    await page.keyboard.down('Enter');
    await painted(page);
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await painted(page);
    const after = await saved(page);
    expect(after.moves).toEqual([...before.moves, { type: 'end-turn', turn: before.turn }]);
    expect(await page.locator('[role="dialog"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('two presses before the page has drawn the first one’s result take one decision', async () => {
    const { page, errors } = await openPage(h, TUTORIAL);
    await page.getByRole('button', { name: 'Begin' }).click();
    await answerEvents(page);
    const before = await saved(page);
    // both in one moment: the second finds the decisions as the first one left them, before any frame is drawn
    await page.evaluate(() => {
      for (let i = 0; i < 2; i++) document.querySelector<HTMLButtonElement>('.decisions button:not([disabled])')?.click();
    });
    await painted(page);
    expect((await saved(page)).moves).toHaveLength(before.moves.length + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
