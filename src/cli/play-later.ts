// Consequences over time in the terminal: the commitments running and what falls due when this turn ends, and
// under a decision or an option, what it does on later turns (its delayed effects and its upkeep).
import { commitmentsOf, dueNext, effectWords, previewTimeline, textOf, type GameState, type PreviewSubject } from '../engine/index.ts';
import { num, shown, signed } from './format.ts';
import { printItem, printPreview, type Screen } from './play-screen.ts';

export function printCommitments(screen: Screen, state: GameState): void {
  const { rules, style, print } = screen;
  const running = commitmentsOf(rules, state);
  const due = dueNext(rules, state);
  if (running.length === 0 && due.length === 0) return;
  print();
  if (running.length > 0) {
    print(style.bold('Commitments'));
    for (const c of running) {
      const left = c.remaining === null ? 'to the end' : `${c.remaining} more turn${c.remaining === 1 ? '' : 's'}`;
      const start = c.startsIn > 0 ? `starts in ${c.startsIn} turn${c.startsIn === 1 ? '' : 's'}, ` : '';
      const cost = c.effects.map((e) => effectWords(screen.rules, e)).join(', ');
      printItem(screen, '- ', shown(`${c.title}: ${c.reason} (${start}${left}): each turn ${cost}`));
    }
  }
  if (due.length > 0) {
    print(style.bold('Falls due when this turn ends'));
    for (const d of due) printItem(screen, '- ', shown(`${d.reason}: ${d.effects.map((e) => effectWords(screen.rules, e)).join(', ')}`));
  }
}

/** A move's later turns, under its preview: "in 4 turns:" and "each turn from turn 3 to 8:". */
export function printLater(screen: Screen, state: GameState, subject: PreviewSubject, indent: string): void {
  const later = previewTimeline(screen.rules, state, subject).filter((e) => e.kind !== 'now');
  const upkeep = later.filter((e) => e.kind === 'upkeep');
  for (const entry of later.filter((e) => e.kind === 'delayed')) {
    screen.print(`${indent}in ${entry.after} turn${entry.after === 1 ? '' : 's'}:`);
    printPreview(screen, entry.lines, `${indent}  `);
  }
  const first = upkeep[0];
  const last = upkeep[upkeep.length - 1];
  if (first && last) {
    screen.print(`${indent}each turn from turn ${first.turn + 1} to ${last.turn + 1} (upkeep):`);
    printPreview(screen, first.lines, `${indent}  `);
  }
}
