// What each power did at the end of the turn, as headlines: the actor's name and its move's news sentence, and
// for an offer or demand left unanswered past its deadline, what ignoring it cost. Shown at the top of the
// turn's news and said to screen readers with the turn's announcement.
import { actorMoves, describeRef, textOf, type Happening, type Rules } from '../engine/index.ts';
import { signed } from './format.ts';

const WAITS = { offer: 'an offer', demand: 'a demand' } as const;

/** The causes an ignored demand brought: those recorded under the move, right after its happening. */
function costOf(rules: Rules, happened: readonly Happening[], at: number, move: string): string {
  const parts: string[] = [];
  for (const h of happened.slice(at + 1)) {
    if (h.kind !== 'cause') break;
    const s = h.cause.source;
    if (s.kind === 'actor-move' && s.id === move) parts.push(`${describeRef(rules, h.cause.target)} ${signed(h.cause.delta)}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'nothing you can see';
}

/** One headline per power's move or ignored demand, in the order they happened. */
export function powersHeadlines(rules: Rules, happened: readonly Happening[]): string[] {
  const moves = actorMoves(rules);
  const lines: string[] = [];
  happened.forEach((h, i) => {
    if (h.kind !== 'actor-move' && h.kind !== 'demand-ignored') return;
    const entry = moves.get(h.move);
    const name = entry ? textOf(entry.actor.name) : 'A power';
    if (h.kind === 'actor-move') {
      const text = entry ? textOf(entry.move.text) : 'acts';
      const kind = entry?.move.kind;
      const waits = kind === 'offer' || kind === 'demand' ? ` (${WAITS[kind]}, waiting for your answer)` : '';
      lines.push(`${name}: ${text.replace(/\.\s*$/, '')}${waits}.`);
    } else {
      const what = entry?.move.ignoredText ? textOf(entry.move.ignoredText) : `you left "${entry ? textOf(entry.move.title) : 'its move'}" unanswered`;
      lines.push(`${name}: ${what}, and it cost ${costOf(rules, happened, i, h.move)}.`);
    }
  });
  return lines;
}
