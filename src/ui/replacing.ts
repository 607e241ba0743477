// Before an unfinished game is replaced by another: the question that names the game that would be lost. The
// browser keeps one game at a time, so a new game, an opened save file or a class link each takes the place of the
// one in progress.
import { textOf } from '../engine/index.ts';
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
