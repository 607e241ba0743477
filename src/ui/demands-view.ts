// The powers' offers and demands waiting for an answer: shown like events, with their deadline and what ignoring
// them costs, each answer a real button with its preview. They never hold up End turn: the player may let one
// lapse and pay its stated cost.
import { actorMoves, effectWords, textOf, type GameState, type Move, type Rules } from '../engine/index.ts';
import { button, el, paragraphs } from './dom.ts';
import { laterView } from './later-view.ts';
import { choicePreview } from './preview-view.ts';

function deadlineWords(rules: Rules, state: GameState, due: number): string {
  const label = textOf(rules.calendar[due]?.label ?? `turn ${due + 1}`);
  const left = due - state.turn;
  const when = left <= 0 ? 'this turn' : left === 1 ? 'this turn or the next' : `within ${left + 1} turns`;
  return `Answer by ${label} (${when})`;
}

export function demandsView(rules: Rules, state: GameState, move: (m: Move) => void): HTMLElement | null {
  const moves = actorMoves(rules);
  const open = state.openDemands.flatMap((d) => {
    const entry = moves.get(d.id);
    return entry ? [{ ...d, entry }] : [];
  });
  if (open.length === 0) return null;
  return el(
    'section',
    { class: 'demands', 'aria-labelledby': 'demands-title' },
    el('h2', { id: 'demands-title' }, 'Offers and demands waiting for your answer'),
    open.map(({ id, due, entry }, i) => {
      const name = textOf(entry.actor.name);
      const kind = entry.move.kind === 'offer' ? 'offer' : 'demand';
      const cost = entry.move.ignored.map((e) => effectWords(rules, e)).join(', ');
      return el(
        'section',
        { class: 'card demand', 'aria-labelledby': `demand-${i}`, 'aria-describedby': `demand-${i}-due`, 'data-demand': id },
        el('h3', { id: `demand-${i}` }, `${name}'s ${kind}: ${textOf(entry.move.title)}`),
        paragraphs(textOf(entry.move.text)),
        el('p', { id: `demand-${i}-due`, class: 'deadline' }, `${deadlineWords(rules, state, due)} — if you ignore it: ${cost || 'nothing is said'}.`),
        el(
          'ul',
          { class: 'choices' },
          entry.move.options.map((option) =>
            el(
              'li',
              {},
              button(textOf(option.label), () => move({ type: 'choose', event: id, option: option.id, turn: state.turn }), { 'data-focus': `choice:${id}:${option.id}` }),
              option.neutral ? el('span', { class: 'tag' }, ' valued by all sides') : null,
              option.text ? paragraphs(textOf(option.text)) : null,
              choicePreview(rules, state, { event: id, option: option.id }),
              // an answer may bind Kazakhstan later too (a credit's debt service, an alignment's upkeep)
              laterView(rules, state, { event: id, option: option.id }),
            ),
          ),
        ),
      );
    }),
  );
}
