// Before an unfinished game is replaced by another: the question that names the game that would be lost, and the
// page a class link opens on when a different unfinished game is in progress. The browser keeps one game at a
// time, so a new game, an opened save file or a class link each takes the place of the one in progress.
import { textOf } from '../engine/index.ts';
import type { WantedGame } from './address.ts';
import { button, el } from './dom.ts';
import { saveFileName, type Session } from './session.ts';
import type { Actions } from './view.ts';

/** A game as the player knows it, never by its ids: "game of First steps, turn 3 of 12, tense". */
export function gameWords(session: Session): string {
  const { rules } = session.scenario;
  const turn = Math.min(session.state.turn + 1, rules.calendar.length);
  return `game of ${textOf(rules.title)}, turn ${turn} of ${rules.calendar.length}, ${session.state.difficulty}`;
}

function whereItIs(session: Session): string {
  return session.saved ? 'It is the game saved in this browser, which keeps one game at a time.' : 'The browser is not saving it: this page holds its only copy.';
}

let asked: { dialog: HTMLDialogElement; returnTo: HTMLElement | null } | null = null;

/**
 * Ask before `atStake` is replaced, in a modal alert dialog (the page behind it cannot be pressed) with the focus on
 * the answer that loses nothing. The answers come back as `actions.replaceGame` and `actions.keepGame`; Escape is
 * "No, keep it".
 */
export function askBeforeReplacing(atStake: Session, actions: Actions): void {
  closeQuestion(false);
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const exported = el('p', { role: 'status', class: 'exported' });
  const keep = button('No, keep it', () => actions.keepGame());
  const dialog = el(
    'dialog',
    { class: 'question', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'replace-title', 'aria-describedby': 'replace-words' },
    el('h2', { id: 'replace-title' }, 'Replace your game?'),
    el(
      'div',
      { id: 'replace-words' },
      el('p', {}, `Your ${gameWords(atStake)}, will be replaced.`),
      el('p', {}, `${whereItIs(atStake)} Export it first to keep it as a save file, which "Open a save file" on the menu takes up again.`),
    ),
    exported,
    el(
      'div',
      { class: 'row' },
      button('Export it first', () => {
        actions.exportSave();
        exported.textContent = `Exported to the file ${saveFileName(atStake)}.`;
      }),
      button('Yes, replace it', () => actions.replaceGame()),
      keep,
    ),
  );
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    actions.keepGame();
  });
  // the browser may close it on its own (a second Escape): that is no answer, so nothing is replaced
  dialog.addEventListener('close', () => {
    if (asked?.dialog === dialog) actions.keepGame();
  });
  asked = { dialog, returnTo };
  document.body.append(dialog);
  dialog.showModal();
  keep.focus();
}

/** Take the question away; with `refocus`, the focus goes back to where it was when it was asked. */
export function closeQuestion(refocus: boolean): void {
  if (!asked) return;
  const { dialog, returnTo } = asked;
  asked = null;
  if (dialog.open) dialog.close();
  dialog.remove();
  if (refocus && returnTo?.isConnected) returnTo.focus();
}

/**
 * The page a class link opens on when a different, unfinished game is saved in this browser: what each one is,
 * and the choice between them. Starting the linked game asks first, as every replacement does.
 */
export function linkChoiceView(link: WantedGame, inProgress: Session, actions: Actions): HTMLElement {
  const seed = link.seed === null ? 'a new seed' : `seed "${link.seed}"`;
  return el(
    'section',
    { class: 'page', 'aria-labelledby': 'link-title' },
    el('h1', { id: 'link-title' }, 'The link starts another game'),
    el('p', { id: 'link-why' }, 'A different game is in progress in this browser, which keeps one game at a time.'),
    el(
      'div',
      { class: 'card' },
      el('h2', {}, 'In progress'),
      el('p', { id: 'link-in-progress' }, `Your ${gameWords(inProgress)}.`),
      el(
        'div',
        { class: 'row' },
        button('Continue my game', () => actions.continueGame(), { 'data-focus': 'continue', 'aria-describedby': 'link-why link-in-progress link-starts' }),
        button('Export my game', () => actions.exportSave()),
      ),
    ),
    el(
      'div',
      { class: 'card' },
      el('h2', {}, 'The link'),
      el('p', { id: 'link-starts' }, `A new game of ${textOf(link.scenario.rules.title)}, ${seed}, difficulty ${link.difficulty}.`),
      el('p', {}, 'Starting it replaces your game in progress (you are asked first).'),
      el('div', { class: 'row' }, button('Start the linked game', () => actions.playLinked())),
    ),
  );
}
