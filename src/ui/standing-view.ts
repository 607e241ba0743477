// What a mediator may know of the parties, and what a power could do to Kazakhstan now: the readiness of each
// party as a band in words (the exact figure only while the parties were sounded out), and each lever with how
// hard it would hit given Kazakhstan's dependence on its actor. Words, never ids.
import { describeRef, leverExposure, nextThreshold, readinessView, readRef, textOf, type GameState, type LeverKind, type Rules, type TrackDef } from '../engine/index.ts';
import { own } from '../engine/records.ts';
import { el } from './dom.ts';
import { num, signed } from './format.ts';

function name(rules: Rules, id: string): string {
  const actor = rules.actors.find((a) => a.id === id);
  return actor ? textOf(actor.name) : 'a party';
}

/** "Readiness: Russia: warming, Turkey: not ready", with "(18 of 30 needed)" while the parties are sounded out. */
export function readinessWords(rules: Rules, state: GameState, def: TrackDef): string {
  const needed = nextThreshold(rules, state, def.id);
  let revealed = false;
  const parties = def.parties.map((p) => {
    const view = readinessView(rules, state, def.id, p);
    if (view.exact === null) return `${name(rules, p)}: ${view.band}`;
    revealed = true;
    return `${name(rules, p)}: ${view.band} (${num(view.exact)} of ${num(needed)} needed)`;
  });
  const until = own(state.tracks, def.id)?.revealedUntil ?? 0;
  const note = revealed ? `; sounded out: exact figures shown until the end of ${textOf(rules.calendar[until - 1]?.label ?? '')}` : '; sound the parties out to see exact figures';
  return `Readiness: ${parties.join(', ')}${note}`;
}

/** "transit slowdown", "investment freeze": a lever's kind in words. */
function leverKindWords(kind: LeverKind): string {
  return kind.replace(/-/g, ' ');
}

/** The actor card's levers: each with how hard it would hit now, given Kazakhstan's dependence on the actor. */
export function leversView(rules: Rules, state: GameState, actorId: string): HTMLElement[] | null {
  const exposure = leverExposure(rules, state, actorId);
  if (exposure.length === 0) return null;
  const dependence = Math.round(readRef(rules, state, { kind: 'dependence', actor: actorId }));
  return [
    el('h3', {}, 'Levers against Kazakhstan'),
    el(
      'ul',
      { class: 'levers' },
      exposure.map((x) => {
        const hits = x.hits.map((h) => `${describeRef(rules, h.target)} ${signed(h.amount)}`).join(', ');
        const why = textOf(x.lever.reason);
        return el(
          'li',
          {},
          el('strong', {}, leverKindWords(x.lever.kind)),
          `: ${hits} (dependence ${dependence}: x${num(x.factor)}); used when its attitude falls below ${signed(x.lever.below)}. ${why}`,
        );
      }),
    ),
  ];
}
