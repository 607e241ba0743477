// The ending and the debrief: the player's path beside the historical line, the scenario's questions,
// objectives and what really happened, and the fingerprint a teacher checks with `multivector replay`.
import { fingerprint, textOf, type GameState, type Move, type Rules, type Text } from '../engine/index.ts';
import type { ScenarioFile } from '../scenario/index.ts';
import { printItem, printParagraph, turnLabel, type Screen } from './play-view.ts';
import { shown } from './format.ts';

export function printEnding(screen: Screen, source: ScenarioFile, state: GameState): void {
  const { rules, style, print } = screen;
  const ending = state.ending;
  if (!ending) return;
  const def = rules.endings.find((e) => e.id === ending.id);
  print();
  print(style.bold(`=== The end: ${shown(def ? def.title : ending.id)} (${ending.kind}) ===`));
  if (def) printParagraph(screen, def.text);
  print(`Score ${ending.score}, grade ${shown(ending.grade)}, on turn ${ending.turn + 1} of ${rules.calendar.length} (${turnLabel(rules, ending.turn)})`);
  printDebrief(screen, source, state);
}

function printDebrief(screen: Screen, source: ScenarioFile, state: GameState): void {
  const { rules, style, print } = screen;
  print();
  print(style.bold('--- Debrief ---'));
  print();
  print(style.bold('Your path beside history'));
  const lastTurn = state.ending?.turn ?? state.turn;
  // History goes on past a game that ended early, so the debrief shows the whole historical line.
  const lastHistory = Math.max(-1, ...rules.history.map((h) => h.turn));
  for (let turn = 0; turn <= Math.max(lastTurn, lastHistory); turn++) {
    const yours = state.moves.filter((m) => m.turn === turn).map((m) => moveText(rules, m.move)).filter((t) => t !== '');
    const history = rules.history.find((h) => h.turn === turn);
    print(`  Turn ${turn + 1}, ${turnLabel(rules, turn)}`);
    const played = turn > lastTurn ? '(your game had ended)' : yours.length > 0 ? yours.join('; ') : '(no decisions)';
    printItem(screen, 'You:     ', played, '    ');
    if (!history) {
      printItem(screen, 'History: ', '(not recorded for this turn)', '    ');
      continue;
    }
    const theirs = [
      ...history.decisions.map((id) => moveText(rules, { type: 'decide', decision: id })),
      ...Object.entries(history.choices).map(([event, option]) => moveText(rules, { type: 'choose', event, option })),
    ];
    printItem(screen, 'History: ', theirs.length > 0 ? theirs.join('; ') : '(no decisions)', '    ');
    printParagraph(screen, history.note, '             ');
  }

  section(screen, 'Learning objectives', source.objectives.map((o) => ['- ', o]));
  section(screen, 'Questions to discuss', (source.questions ?? []).map((q, i) => [`${i + 1}. `, q]));
  const sources = source.sources ?? [];
  const whatHappened = (source.whatHappened ?? []).map((w) => {
    const cited = (w.sources ?? []).map((id) => `[${sources.findIndex((s) => s.id === id) + 1 || shown(id)}]`).join('');
    return ['- ', `${textOf(w.text)}${cited ? ` ${cited}` : ''}`] as const;
  });
  section(screen, 'What really happened', whatHappened);
  section(screen, 'Sources', sources.map((s, i) => [`[${i + 1}] `, `${s.title}${s.url ? ` ${s.url}` : ''}`]));
  print();
  print(`Fingerprint: ${fingerprint(state)}`);
  print(style.dim('Type save FILE to write a result file (a teacher checks it with multivector replay), or q to quit.'));
}

/** A titled list; each item is its marker and its text. */
function section(screen: Screen, title: string, items: readonly (readonly [string, Text])[]): void {
  if (items.length === 0) return;
  screen.print();
  screen.print(screen.style.bold(title));
  for (const [marker, text] of items) printItem(screen, marker, text);
}

/** A move in words: a decision's title, or an event's title and the option chosen. */
export function moveText(rules: Rules, move: Move): string {
  switch (move.type) {
    case 'decide': {
      const def = rules.decisions.find((d) => d.id === move.decision);
      return shown(def ? def.title : move.decision);
    }
    case 'choose': {
      const event = rules.events.find((e) => e.id === move.event);
      const option = event?.choices.find((c) => c.id === move.option);
      return `${shown(event ? event.title : move.event)}: ${shown(option ? option.label : move.option)}`;
    }
    case 'end-turn':
      return '';
  }
}
