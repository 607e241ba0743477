// The historical line: what Kazakhstan really did, one entry a turn, in decisions and event choices that exist.
// `simulate --strategy historical` plays it, so a broken entry would quietly play a different history.
import type { CheckContext } from './check-context.ts';
import { isRealDate, turnOfDate } from './dates.ts';
import { unknownName } from './suggest.ts';

export function checkHistory(ctx: CheckContext): void {
  const { scenario: s, map, problems, known } = ctx;
  const dates = s.calendar.map((c) => c.date);
  const perTurn = s.kazakhstan.decisionsPerTurn ?? 3;
  const byTurn = new Map<number, object>();
  // each event's choices by the event's id (the first event of an id, as a search from the start would find it)
  const choicesOf = new Map<string, ReadonlySet<string>>();
  for (const e of [...(s.events ?? [])].reverse()) choicesOf.set(e.id, new Set((e.choices ?? []).map((c) => c.id)));
  // an actor's offer or demand is answered like an event, by its move id
  for (const a of s.actors) for (const m of a.moves ?? []) if (!choicesOf.has(m.id)) choicesOf.set(m.id, new Set((m.options ?? []).map((o) => o.id)));
  for (const entry of s.history ?? []) {
    const turn = isRealDate(entry.date) ? turnOfDate(dates, entry.date) : -1;
    if (turn >= 0) {
      const earlier = byTurn.get(turn);
      if (earlier) {
        problems.error('duplicate-turn', map.locate(entry, 'date'), `this history entry falls on turn ${turn + 1}, like the one on line ${map.locate(earlier, 'date').line}: one entry a turn`, 'merge them into one entry');
      } else byTurn.set(turn, entry);
    }

    const decisions = entry.decisions ?? [];
    const seen = new Set<string>();
    decisions.forEach((id, i) => {
      if (!known.decisions.has(id)) {
        const { message, hint } = unknownName(id, known.decisions, 'decision', ctx.suggestions);
        problems.error('unknown-reference', map.locate(decisions, i), message, hint);
      } else if (seen.has(id)) {
        problems.error('duplicate-id', map.locate(decisions, i), `decision '${id}' is listed twice in one turn; a decision is taken at most once a turn`);
      }
      seen.add(id);
    });
    if (decisions.length > perTurn) {
      problems.warning('history-too-many', map.locate(entry, 'decisions'), `this turn lists ${decisions.length} decisions, but a player may take only ${perTurn} a turn`, 'the historical strategy will skip the rest');
    }

    for (const [eventId, choiceId] of Object.entries(entry.choices ?? {})) {
      const choices = entry.choices ?? {};
      const options = choicesOf.get(eventId);
      if (!options) {
        if (known.events.has(eventId)) continue;
        const { message, hint } = unknownName(eventId, known.events, 'event', ctx.suggestions);
        problems.error('unknown-reference', map.locate(choices, eventId, { part: 'key' }), message, hint);
        continue;
      }
      if (options.size === 0) {
        problems.error('unknown-reference', map.locate(choices, eventId, { part: 'key' }), `event '${eventId}' offers no choices`, 'history lists only the choices of events that offer them');
      } else if (!options.has(choiceId)) {
        const { message, hint } = unknownName(choiceId, options, 'choice', ctx.suggestions);
        problems.error('unknown-reference', map.locate(choices, eventId), message.replace(/^unknown choice '[^']*'/, `event '${eventId}' has no choice '${choiceId}'`), hint);
      }
    }
  }
}
