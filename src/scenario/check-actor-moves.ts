// The actors' own moves: a move is answered like an event and read like one (`fired.MOVE`), so its id must be
// unique among all actor moves, events and decisions; an offer or demand needs options to answer it with, and
// an action's options would never be offered.
import type { CheckContext } from './check-context.ts';

export function checkActorMoves(ctx: CheckContext): void {
  const { scenario: s, map, problems } = ctx;
  const first = new Map<string, { owner: object; what: string }>();
  const claim = (owner: { id: string }, what: string) => {
    const earlier = first.get(owner.id);
    if (!earlier) {
      first.set(owner.id, { owner, what });
      return;
    }
    // two events or two decisions of one id are reported by check-ids.ts
    if (earlier.what === what && what !== 'actor move') return;
    const { line } = map.locate(earlier.owner, 'id');
    problems.error('duplicate-id', map.locate(owner, 'id'), `the ${what} id '${owner.id}' is also the id of the ${earlier.what} on line ${line}`,
      'an actor move is answered and read like an event: give it an id no move, event or decision uses');
  };
  for (const d of s.decisions) claim(d, 'decision');
  for (const e of s.events ?? []) claim(e, 'event');
  for (const a of s.actors) {
    for (const m of a.moves ?? []) {
      claim(m, 'actor move');
      const options = m.options ?? [];
      const seen = new Map<string, object>();
      for (const o of options) {
        const earlier = seen.get(o.id);
        if (earlier) {
          problems.error('duplicate-id', map.locate(o, 'id'), `move '${m.id}' has two options '${o.id}' (first on line ${map.locate(earlier, 'id').line})`, 'give each option its own id');
        } else seen.set(o.id, o);
      }
      if (m.kind !== 'action' && options.length === 0) {
        problems.error('move-without-options', map.locate(m, m.options ? 'options' : 'kind'), `the ${m.kind} '${m.id}' of actor '${a.id}' has no options, so Kazakhstan cannot answer it`,
          m.kind === 'demand' ? 'add options, like comply and refuse' : 'add options, like accept and decline');
      }
      if (m.kind === 'action' && (options.length > 0 || m.deadline !== undefined || m.ignored !== undefined)) {
        problems.warning('action-with-options', map.locate(m, 'kind'), `the action '${m.id}' of actor '${a.id}' is never answered, so its options, deadline and ignored effects are never used`,
          'make it an offer or a demand, or leave those out');
      }
    }
  }
}
