// Indexes over the compiled rules, built once per rules object: the step function looks things up by id
// thousands of times a second in simulation.
import { textOf } from './text.ts';
import type { ActorDef, ActorMoveDef, DecisionDef, EndingDef, EventDef, FlagDef, ReactionDef, Rules, TrackDef } from './types.ts';

/** An actor's reaction to a tag, with the note a preview shows for it. */
export interface TagReaction {
  readonly actor: ActorDef;
  readonly reaction: ReactionDef;
  /** "Russia may react: ..." */
  readonly note: string;
  /** "Russia: ...", the reason a reaction that comes gives in the ledger (made once, not on every turn) */
  readonly says: string;
  /** the reaction's chance, at hand */
  readonly chance: number;
}

/** One of an actor's own moves (an offer, a demand, an action), with the actor who plays it. */
export interface MoveEntry {
  readonly actor: ActorDef;
  readonly move: ActorMoveDef;
}

export interface Lookup {
  readonly actor: ReadonlyMap<string, ActorDef>;
  /** every actor's moves by id (unique across actor moves, events and decisions: the checker sees to it) */
  readonly actorMove: ReadonlyMap<string, MoveEntry>;
  readonly decision: ReadonlyMap<string, DecisionDef>;
  readonly event: ReadonlyMap<string, EventDef>;
  readonly track: ReadonlyMap<string, TrackDef>;
  readonly ending: ReadonlyMap<string, EndingDef>;
  /** the flags' titles, for those the file gives one */
  readonly flag: ReadonlyMap<string, FlagDef>;
  readonly greatPowers: readonly ActorDef[];
  /** the great powers' ids, in file order */
  readonly greatPowerIds: readonly string[];
  /** every actor's reactions to each tag, in file order (actors, then their reactions) */
  readonly reactionsTo: ReadonlyMap<string, readonly TagReaction[]>;
  /** the events of each kind of trigger, in file order: a turn's beginning looks only at those that can fire */
  readonly datedOn: ReadonlyMap<number, readonly EventDef[]>;
  readonly conditionalEvents: readonly EventDef[];
  readonly randomEvents: readonly EventDef[];
  /** the state key of the tension between two actors, in either order, or undefined if none is declared */
  tensionKey(a: string, b: string): string | undefined;
}

const cache = new WeakMap<Rules, Lookup>();
// the last rules looked up and their index: a simulation asks about one rules object millions of times
let lastRules: Rules | null = null;
let lastLookup: Lookup | null = null;

export function lookup(rules: Rules): Lookup {
  if (rules === lastRules && lastLookup !== null) return lastLookup;
  let found = cache.get(rules);
  if (!found) {
    found = build(rules);
    cache.set(rules, found);
  }
  lastRules = rules;
  lastLookup = found;
  return found;
}

export function tensionStateKey(a: string, b: string): string {
  return `${a}|${b}`;
}

function build(rules: Rules): Lookup {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  // by one actor, then the other: no key is written to find a key
  const tensions = new Map<string, Map<string, string>>();
  const addTension = (a: string, b: string, key: string) => {
    const inner = tensions.get(a);
    if (inner) inner.set(b, key);
    else tensions.set(a, new Map([[b, key]]));
  };
  for (const t of rules.tensions) {
    const key = tensionStateKey(t.a, t.b);
    addTension(t.a, t.b, key);
    addTension(t.b, t.a, key);
  }
  const datedOn = new Map<number, EventDef[]>();
  for (const event of rules.events) {
    if (event.trigger.kind === 'dated') datedOn.set(event.trigger.turn, [...(datedOn.get(event.trigger.turn) ?? []), event]);
  }
  const reactionsTo = new Map<string, TagReaction[]>();
  for (const actor of rules.actors) {
    for (const reaction of actor.reactions) {
      const note = `${textOf(actor.name)} may react: ${textOf(reaction.reason)}`;
      const entry = { actor, reaction, note, says: `${textOf(actor.name)}: ${textOf(reaction.reason)}`, chance: reaction.chance };
      const list = reactionsTo.get(reaction.to);
      if (list) list.push(entry);
      else reactionsTo.set(reaction.to, [entry]);
    }
  }
  const greatPowers = rules.actors.filter((a) => a.greatPower);
  const actorMove = new Map<string, MoveEntry>();
  for (const actor of rules.actors) for (const move of actor.moves ?? []) if (!actorMove.has(move.id)) actorMove.set(move.id, { actor, move });
  return {
    datedOn,
    reactionsTo,
    actorMove,
    conditionalEvents: rules.events.filter((e) => e.trigger.kind === 'conditional'),
    randomEvents: rules.events.filter((e) => e.trigger.kind === 'random'),
    actor: byId(rules.actors),
    decision: byId(rules.decisions),
    event: byId(rules.events),
    track: byId(rules.tracks),
    ending: byId(rules.endings),
    flag: byId(rules.flags ?? []),
    greatPowers,
    greatPowerIds: greatPowers.map((a) => a.id),
    tensionKey: (a, b) => tensions.get(a)?.get(b),
  };
}
