// The goals in the terminal: what wins and what loses, and how close the game is, printed from the presentation
// layer's goals view (src/present/goals.ts), the same the browser's goals panel shows.
import type { GameState } from '../engine/index.ts';
import { goalsView, type GoalView } from '../present/goals.ts';
import { shown } from './format.ts';
import { printItem, type Screen } from './play-screen.ts';

/** The one line each turn carries, under the turn's heading. */
export function printLikely(screen: Screen, state: GameState): void {
  screen.print(`${shown(goalsView(screen.rules, state).summary)} (Type goals for what wins and what loses.)`);
}

// printItem wraps and shows (escapes) the words itself: the texts go to it as they are
function printGoal(screen: Screen, goal: GoalView): void {
  printItem(screen, '- ', `${goal.title}: ${goal.rule}`);
  const danger = goal.kind === 'defeat';
  for (const part of goal.parts) {
    // a sign and a word, not a colour, say whether a part is met, and whether that is good or bad
    const mark = danger ? (part.met ? '[! true now]' : '[  not now ]') : part.met ? '[x met    ]' : '[  not yet ]';
    printItem(screen, `${mark} `, part.words, '    ');
  }
}

/** Every goal, with the score and what it is made of. */
export function printGoals(screen: Screen, state: GameState): void {
  const { print, style } = screen;
  const goals = goalsView(screen.rules, state);
  print();
  print(style.bold('Goals'));
  printItem(screen, '', goals.summary, '');
  printItem(screen, '', goals.scoreWords, '');
  print('To win:');
  for (const goal of goals.victories) printGoal(screen, goal);
  print('To avoid:');
  for (const goal of goals.defeats) printGoal(screen, goal);
}
