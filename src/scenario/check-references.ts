// Every name must name something: the actors, tracks, events, decisions and sources a scenario refers to exist,
// a track's readiness belongs to its parties, a tension read in a condition is declared. Each miss points at the
// name itself (inside a condition, at its column) and suggests the nearest real one.
import { tensionKey, type CheckContext } from './check-context.ts';
import type { RefUse } from './reference.ts';
import { unknownName } from './suggest.ts';

/** Report the names in a reference that name nothing; true when all of them resolve. */
export function checkRefParts(ctx: CheckContext, use: RefUse, owner: object, key: string): boolean {
  const { known, map, problems } = ctx;
  const at = (offset: number) => map.locate(owner, key, { offset });
  let ok = true;
  const miss = (offset: number, word: string, candidates: ReadonlySet<string>, what: string) => {
    const { message, hint } = unknownName(word, candidates, what, ctx.suggestions);
    problems.error('unknown-reference', at(offset), message, hint);
    ok = false;
  };
  for (const part of use.parts) {
    if (part.kind === 'actor' && !known.actors.has(part.id)) miss(part.offset, part.id, known.actors, 'actor');
    if (part.kind === 'track' && !known.tracks.has(part.id)) miss(part.offset, part.id, known.tracks, 'track');
    if (part.kind === 'event' && !known.events.has(part.id)) miss(part.offset, part.id, known.events, 'event');
    if (part.kind === 'decision' && !known.decisions.has(part.id)) miss(part.offset, part.id, known.decisions, 'decision');
  }
  if (!ok) return false;
  const ref = use.ref;
  if (ref.kind === 'readiness' || (ref.kind === 'cost' && ref.actor !== undefined)) {
    const parties = known.parties.get(ref.track);
    const actorPart = use.parts[1];
    const actor = ref.actor ?? '';
    if (parties && actorPart && !parties.has(actor)) {
      problems.error('unknown-reference', at(actorPart.offset), `'${actor}' is not a party of track '${ref.track}'`, notAPartyHint(ctx, actor, parties));
      return false;
    }
  }
  if (ref.kind === 'tension') {
    const first = use.parts[0];
    if (ref.a === ref.b) {
      problems.error('unknown-reference', at(first?.offset ?? use.offset), `'${use.text}' names the same actor twice`, 'a tension is between two actors');
      return false;
    }
    if (!known.tensions.has(tensionKey(ref.a, ref.b))) {
      problems.error('unknown-reference', at(first?.offset ?? use.offset), `no tension between '${ref.a}' and '${ref.b}' is declared`, `add it to tensions: - between: [${ref.a}, ${ref.b}]`);
      return false;
    }
  }
  return true;
}

/** The parties a track has, or the one meant; a long list of parties is not spelt out for every mistake. */
function notAPartyHint(ctx: CheckContext, actor: string, parties: ReadonlySet<string>): string | undefined {
  const { hint } = unknownName(actor, parties, 'party', ctx.suggestions);
  return hint ?? (parties.size <= 12 ? `its parties: ${[...parties].join(', ')}` : undefined);
}

/** The plain id lists: tension pairs, track parties and readiness, advice, sources, reaction tags. */
export function checkIdLists(ctx: CheckContext): void {
  const { scenario: s, known, map, problems } = ctx;
  const missing = (owner: object, key: string | number, word: string, candidates: ReadonlySet<string>, what: string) => {
    const { message, hint } = unknownName(word, candidates, what, ctx.suggestions);
    problems.error('unknown-reference', map.locate(owner, key), message, hint);
  };

  const pairs = new Map<string, object>();
  for (const t of s.tensions ?? []) {
    t.between.forEach((actor, i) => {
      if (!known.actors.has(actor)) missing(t.between, i, actor, known.actors, 'actor');
    });
    const [a, b] = t.between;
    if (a === b) {
      problems.error('bad-tension', map.locate(t, 'between'), `a tension is between two different actors, but both are '${a}'`);
      continue;
    }
    const key = tensionKey(a, b);
    const earlier = pairs.get(key);
    if (earlier) {
      problems.error('duplicate-id', map.locate(t, 'between'), `the tension between '${a}' and '${b}' is declared twice (first on line ${map.locate(earlier, 'between').line})`, 'declare each pair once, in either order');
    } else pairs.set(key, t);
  }

  for (const track of s.tracks ?? []) {
    const seen = new Set<string>();
    track.parties.forEach((party, i) => {
      if (!known.actors.has(party)) missing(track.parties, i, party, known.actors, 'actor');
      if (seen.has(party)) problems.error('duplicate-id', map.locate(track.parties, i), `'${party}' is listed twice among the parties of track '${track.id}'`);
      seen.add(party);
    });
    for (const actor of Object.keys(track.readiness)) {
      if (!seen.has(actor)) {
        problems.error('unknown-reference', map.locate(track.readiness, actor, { part: 'key' }), `'${actor}' has a readiness but is not a party of track '${track.id}'`, notAPartyHint(ctx, actor, seen));
      }
    }
    if (typeof track.cost === 'object') {
      const costs = track.cost;
      for (const actor of Object.keys(costs)) {
        if (!seen.has(actor)) {
          problems.error('unknown-reference', map.locate(costs, actor, { part: 'key' }), `'${actor}' has a cost but is not a party of track '${track.id}'`, notAPartyHint(ctx, actor, seen));
        }
      }
      const unpriced = track.parties.filter((p) => !Object.hasOwn(costs, p));
      if (unpriced.length > 0) {
        problems.warning('missing-cost', map.locate(track, 'cost'), `track '${track.id}' gives no cost for ${unpriced.map((p) => `'${p}'`).join(', ')}; it starts at 0`, `add ${unpriced[0]}: 0 to make that deliberate`);
      }
    }
    const without = track.parties.filter((p) => !Object.hasOwn(track.readiness, p));
    if (without.length > 0) {
      problems.warning('missing-readiness', map.locate(track, 'readiness'), `track '${track.id}' gives no readiness for ${without.map((p) => `'${p}'`).join(', ')}; it starts at 0`, `add ${without[0]}: 0 to make that deliberate`);
    }
  }

  for (const advisor of s.advisors ?? []) {
    for (const advice of advisor.advice) {
      if (!known.decisions.has(advice.decision)) missing(advice, 'decision', advice.decision, known.decisions, 'decision');
    }
  }

  for (const note of s.whatHappened ?? []) {
    (note.sources ?? []).forEach((source, i) => {
      if (!known.sources.has(source) && note.sources) missing(note.sources, i, source, known.sources, 'source');
    });
  }

  for (const actor of s.actors) {
    for (const reaction of actor.reactions ?? []) {
      if (known.tags.has(reaction.to)) continue;
      const { message, hint } = unknownName(reaction.to, known.tags, 'tag', ctx.suggestions);
      problems.warning('unused-tag', map.locate(reaction, 'to'), `${message}: no decision or choice carries it, so this reaction never fires`, hint);
    }
  }
}
