// The goals panel: what wins and what loses, and how close the game is, rendered from the presentation layer's
// goals view (src/present/goals.ts), which derives it from the scenario's endings. Open on the first turn, for a
// newcomer; after that as the player left it.
import type { GameState, Rules } from '../engine/index.ts';
import { goalsView, type GoalView } from '../present/goals.ts';
import { el } from './dom.ts';

/** Whether the player has the panel open (null: not yet touched, so open on the first turn only). */
let goalsOpen: boolean | null = null;

/** One goal: its title, when it is judged, and its parts, each marked with a sign and a word beside its colour. */
function goalItem(goal: GoalView): HTMLElement {
  const danger = goal.kind === 'defeat';
  return el(
    'li',
    { class: danger ? 'goal defeat' : 'goal victory' },
    el('strong', {}, goal.title),
    ` ${goal.rule}`,
    goal.parts.length > 0
      ? el(
          'ul',
          {},
          goal.parts.map((part) => {
            // met is good for a victory's part and bad for a defeat's: the sign and the word say which, not only the colour
            const good = part.met !== danger;
            const mark = danger ? (part.met ? '⚠ true now' : '○ not now') : part.met ? '✓ met' : '✗ not yet';
            return el('li', { class: good ? 'up' : 'down' }, el('span', { class: 'mark' }, mark), ` ${part.words}`);
          }),
        )
      : null,
  );
}

export function goalsPanel(rules: Rules, state: GameState): HTMLElement {
  const goals = goalsView(rules, state);
  const summary = el('summary', { 'data-focus': 'goals' }, el('strong', {}, 'Goals: '), goals.summary);
  const panel = el(
    'details',
    { class: 'card goals' },
    summary,
    el('p', { class: 'note' }, goals.scoreWords),
    el('h3', {}, 'To win'),
    el('ul', {}, goals.victories.map(goalItem)),
    el('h3', {}, 'To avoid'),
    el('ul', {}, goals.defeats.map(goalItem)),
  );
  panel.open = goalsOpen ?? state.turn === 0;
  // the player's own opening or closing (a click, or Enter or Space on the summary) is remembered; the 'toggle'
  // event would also report the page's own opening on the first turn
  summary.addEventListener('click', () => (goalsOpen = !panel.open));
  return panel;
}
