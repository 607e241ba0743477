// Consequences over time in the browser: under a move's preview, what it does on later turns (its delayed effects
// and its upkeep), and beside the turn, the commitments running and what falls due when this turn ends. The same
// facts the terminal prints (cli/play-later.ts), read from the engine; the page decides nothing.
import { commitmentsOf, dueNext, effectWords, previewTimeline, textOf, type Effect, type GameState, type PreviewLine, type PreviewSubject, type Rules } from '../engine/index.ts';
import { el } from './dom.ts';
import { changeRange, num, signed } from './format.ts';

/** A preview line in words: "economy -4 to -2". */
function lineWords(line: PreviewLine): string {
  const why = line.source === 'coupling' ? ` (rivalry: ${line.note ?? ''})` : '';
  return `${line.label} ${changeRange(line.min, line.max)}${why}`;
}

function calendarLabel(rules: Rules, turn: number): string {
  const entry = rules.calendar[turn];
  return entry ? textOf(entry.label) : `turn ${turn + 1}`;
}

/**
 * What a move does after this turn, or null when it does everything now: "in 2 turns (end of Feb 2016): economy
 * -3" and "each turn from turn 4 to 5 (upkeep): economy -1". What it does now is the preview list above it.
 */
export function laterView(rules: Rules, state: GameState, subject: PreviewSubject): HTMLElement | null {
  const later = previewTimeline(rules, state, subject).filter((e) => e.kind !== 'now');
  if (later.length === 0) return null;
  const items: HTMLElement[] = [];
  for (const entry of later.filter((e) => e.kind === 'delayed')) {
    const when = `in ${entry.after} turn${entry.after === 1 ? '' : 's'} (end of ${calendarLabel(rules, entry.turn)})`;
    items.push(el('li', {}, `${when}: ${entry.lines.map(lineWords).join(', ') || 'nothing you can see now'}`));
  }
  const upkeep = later.filter((e) => e.kind === 'upkeep');
  const first = upkeep[0];
  const last = upkeep[upkeep.length - 1];
  if (first && last) {
    const span = first === last ? `at the end of turn ${first.turn + 1} (${calendarLabel(rules, first.turn)})` : `each turn from turn ${first.turn + 1} to ${last.turn + 1} (${calendarLabel(rules, first.turn)} to ${calendarLabel(rules, last.turn)})`;
    items.push(el('li', {}, `${span}, upkeep: ${first.lines.map(lineWords).join(', ')}`));
  }
  return el('div', { class: 'later' }, el('p', { class: 'later-title' }, 'Later:'), el('ul', { class: 'timeline', 'aria-label': 'Effects on later turns' }, items));
}

/** The commitments running and what falls due when this turn ends, or null when there are none. */
export function commitmentsView(rules: Rules, state: GameState): HTMLElement | null {
  const running = commitmentsOf(rules, state);
  const due = dueNext(rules, state);
  if (running.length === 0 && due.length === 0) return null;
  const cost = (effects: readonly Effect[]) => effects.map((e) => effectWords(rules, e)).join(', ');
  return el(
    'section',
    { class: 'card commitments', 'aria-labelledby': 'commitments-title' },
    el('h2', { id: 'commitments-title' }, 'Commitments'),
    running.length > 0
      ? el(
          'ul',
          { 'aria-label': 'Running' },
          running.map((c) => {
            const left = c.remaining === null ? 'to the end of the game' : `${c.remaining} more turn${c.remaining === 1 ? '' : 's'}`;
            const start = c.startsIn > 0 ? `starts in ${c.startsIn} turn${c.startsIn === 1 ? '' : 's'}, ` : '';
            return el('li', {}, `${c.title}: ${c.reason} (${start}${left}): each turn ${cost(c.effects)}`);
          }),
        )
      : el('p', {}, 'None running.'),
    due.length > 0
      ? [el('h3', {}, 'Falls due when this turn ends'), el('ul', {}, due.map((d) => el('li', {}, `${d.reason}: ${cost(d.effects)}`)))]
      : null,
  );
}
