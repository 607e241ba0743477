// What the player is told about a save that went wrong: one the page could not restore (set aside as it was,
// exportable, deleted only on a confirmed yes), a save file that could not be opened, and a game the browser
// would not keep.
import { button, confirmedButton, el } from './dom.ts';
import type { Notice } from './notices.ts';
import type { SetAside } from './storage.ts';
import type { Actions } from './view.ts';

const MAYBE = 'It may have been edited, damaged, or made by another version of the game.';

function exportButton(actions: Actions, props: Partial<Record<string, string>> = {}): HTMLButtonElement {
  return button('Export the damaged save', () => actions.exportSetAside(), props);
}

function deleteButton(actions: Actions): HTMLElement {
  return confirmedButton('Delete the damaged save…', 'Delete the damaged save from this browser for good?', 'Yes, delete it', 'No, keep it', () => actions.deleteSetAside());
}

function whereItIs(aside: SetAside): string {
  return aside.kept
    ? 'It is set aside in this browser as it was, until you delete it.'
    : 'The browser has no room to keep it aside: export it now if you want it, because the next game saved here replaces it.';
}

/** A page that says what went wrong with a save, what it means, and the ways on. */
function troubleView(id: string, title: string, lines: readonly string[], controls: readonly (HTMLElement | null)[]): HTMLElement {
  return el('section', { class: 'page', role: 'alert', 'aria-labelledby': id }, el('h1', { id }, title), lines.map((line) => el('p', {}, line)), el('div', { class: 'row' }, ...controls));
}

/**
 * The save in this browser could not be restored: it has been set aside, and the menu (or the game the address
 * names, `linked`) is one click away.
 */
export function brokenView(aside: SetAside, linked: string | null, actions: Actions): HTMLElement {
  return troubleView('broken-title', 'The saved game cannot be continued', [aside.why, MAYBE, whereItIs(aside), 'Export it to keep it or to have it checked, or go on to another game.'], [
    exportButton(actions),
    linked ? button(`New game from the address: ${linked}`, () => actions.playLinked()) : null,
    button('Back to menu', () => actions.toMenu(), { 'data-focus': 'menu' }),
    deleteButton(actions),
  ]);
}

/** A save file that was opened but does not replay: said why; the game saved in this browser is left as it was. */
export function unopenedView(message: string, actions: Actions): HTMLElement {
  return troubleView(
    'unopened-title',
    'That save file cannot be opened',
    [message, `${MAYBE} Nothing was changed: a game saved in this browser is still there.`],
    [button('Back to menu', () => actions.toMenu(), { 'data-focus': 'menu' })],
  );
}

/** Beside the menu and the briefing, while a damaged save is kept aside. */
export function setAsideNotice(aside: SetAside, actions: Actions): Notice {
  return { tone: 'status', title: 'A damaged save is set aside.', lines: [aside.why, whereItIs(aside)], controls: [exportButton(actions), deleteButton(actions)] };
}

/** Beside every screen while the browser refuses to keep the game in progress. */
export function unsavedNotice(actions: Actions): Notice {
  return {
    tone: 'alert',
    title: 'This game is not being saved:',
    lines: ['the browser will not keep it (its storage is full, or turned off). Your moves stay on this page, and saving is tried again after each one.'],
    controls: [button('Export save', () => actions.exportSave())],
  };
}
