// Reading, writing and naming the numbers that conditions test and effects change.
import { lookup } from './lookup.ts';
import { textOf } from './text.ts';
import { STAGES, type GameState, type Ref, type Rules, type TrackState } from './types.ts';
import { own, put } from './records.ts';
import { partyCost, setMeanCost, setPartyCost } from './track-costs.ts';

export const FLAG_LIMIT = 1000;

const ATTITUDE_RANGE = [-100, 100] as const;
const STAGE_RANGE = [0, STAGES.length - 1] as const;
const FLAG_RANGE = [-FLAG_LIMIT, FLAG_LIMIT] as const;
const FIRED_RANGE = [0, 1] as const;
const PERCENT_RANGE = [0, 100] as const;

/** The range a reference's value always stays within (shared, never to be changed). */
export function refRange(rules: Rules, ref: Ref): readonly [number, number] {
  switch (ref.kind) {
    case 'attitude':
      return ATTITUDE_RANGE;
    case 'capital':
      return [0, rules.capital.max];
    case 'turn':
      return [1, rules.calendar.length];
    case 'stage':
      return STAGE_RANGE;
    case 'flag':
      return FLAG_RANGE;
    case 'fired':
      return FIRED_RANGE;
    case 'taken':
      return [0, rules.calendar.length];
    default:
      return PERCENT_RANGE;
  }
}

/** Kazakhstan's share (percent) of every push a track has had, held pushes included (see tracks.ts). */
export function creditOf(track: TrackState): number {
  const total = track.kazakhProgress + track.otherProgress;
  return total === 0 ? 0 : Math.round((track.kazakhProgress / total) * 100);
}

/**
 * own() for the state's records of numbers, without its hasOwn call: a member the record inherits from
 * Object.prototype ("constructor", "__proto__"...) is never a number, so a number found is the record's own.
 */
function ownNumber(record: Readonly<Record<string, number>>, key: string): number | undefined {
  const value = record[key];
  return typeof value === 'number' ? value : undefined;
}

export function readRef(rules: Rules, state: GameState, ref: Ref): number {
  switch (ref.kind) {
    case 'indicator':
      return state.indicators[ref.indicator];
    case 'capital':
      return state.capital;
    case 'turn':
      return state.turn + 1;
    case 'attitude':
      return own(state.actors, ref.actor)?.attitude ?? 0;
    case 'trust':
      return own(state.actors, ref.actor)?.trust ?? 0;
    case 'dependence':
      return own(state.actors, ref.actor)?.dependence ?? 0;
    case 'memory':
      return own(state.actors, ref.actor)?.memory ?? 0;
    case 'tension': {
      const key = lookup(rules).tensionKey(ref.a, ref.b);
      return key === undefined ? 0 : (ownNumber(state.tensions, key) ?? 0);
    }
    case 'stage':
      return own(state.tracks, ref.track)?.stage ?? 0;
    case 'progress':
      return own(state.tracks, ref.track)?.progress ?? 0;
    case 'readiness': {
      const track = own(state.tracks, ref.track);
      return (track && ownNumber(track.readiness, ref.actor)) ?? 0;
    }
    case 'cost': {
      const track = own(state.tracks, ref.track);
      if (!track) return 0;
      return ref.actor === undefined ? track.cost : partyCost(track, ref.actor);
    }
    case 'held':
      return own(state.tracks, ref.track)?.held ?? 0;
    case 'credit': {
      const track = own(state.tracks, ref.track);
      return track ? creditOf(track) : 0;
    }
    case 'flag':
      return ownNumber(state.flags, ref.flag) ?? 0;
    case 'fired':
      return ownNumber(state.fired, ref.event) === undefined ? 0 : 1;
    case 'taken':
      return own(state.taken, ref.decision)?.length ?? 0;
  }
}

/** Write a value; references that are derived (turn, credit, fired, taken) are ignored. */
export function writeRef(rules: Rules, state: GameState, ref: Ref, value: number): void {
  switch (ref.kind) {
    case 'indicator':
      state.indicators[ref.indicator] = value;
      return;
    case 'capital':
      state.capital = value;
      return;
    case 'attitude':
    case 'trust':
    case 'dependence':
    case 'memory': {
      const actor = own(state.actors, ref.actor);
      if (actor) actor[ref.kind] = value;
      return;
    }
    case 'tension': {
      const key = lookup(rules).tensionKey(ref.a, ref.b);
      if (key !== undefined) put(state.tensions, key, value);
      return;
    }
    case 'readiness': {
      const track = own(state.tracks, ref.track);
      if (track && Object.hasOwn(track.readiness, ref.actor)) put(track.readiness, ref.actor, value);
      return;
    }
    case 'cost': {
      const track = own(state.tracks, ref.track);
      if (!track) return;
      if (ref.actor === undefined) setMeanCost(track, value);
      else setPartyCost(track, lookup(rules).track.get(ref.track)?.parties ?? [], ref.actor, value);
      return;
    }
    case 'held': {
      const track = own(state.tracks, ref.track);
      if (track) track.held = value;
      return;
    }
    case 'progress':
    case 'stage': {
      const track = own(state.tracks, ref.track);
      if (track) track[ref.kind] = value;
      return;
    }
    case 'flag':
      put(state.flags, ref.flag, value);
      return;
    default:
      return;
  }
}

/** A plain-language name for a reference: "Russia's attitude", "economy", "readiness of Turkey (jet crisis)". */
export function describeRef(rules: Rules, ref: Ref, language = 'en'): string {
  const index = lookup(rules);
  const actor = (id: string) => {
    const def = index.actor.get(id);
    return def ? textOf(def.name, language) : id;
  };
  const track = (id: string) => {
    const def = index.track.get(id);
    return def ? textOf(def.name, language) : id;
  };
  switch (ref.kind) {
    case 'indicator':
      return ref.indicator;
    case 'capital':
      return 'diplomatic capital';
    case 'turn':
      return 'turn';
    case 'attitude':
      return `${possessive(actor(ref.actor))} attitude`;
    case 'trust':
      return `${possessive(actor(ref.actor))} trust`;
    case 'dependence':
      return `dependence on ${actor(ref.actor)}`;
    case 'memory':
      return `what ${actor(ref.actor)} remembers`;
    case 'tension':
      return `tension ${actor(ref.a)}–${actor(ref.b)}`;
    case 'stage':
      return `stage of ${track(ref.track)}`;
    case 'progress':
      return `progress of ${track(ref.track)}`;
    case 'readiness':
      return `${possessive(actor(ref.actor))} readiness (${track(ref.track)})`;
    case 'cost':
      return ref.actor === undefined ? `cost of ${track(ref.track)}` : `cost of ${track(ref.track)} to ${actor(ref.actor)}`;
    case 'held':
      return `progress waiting on ${track(ref.track)}`;
    case 'credit':
      return `Kazakhstan's credit for ${track(ref.track)}`;
    // titles, not ids: a flag's from the file's `flags` (its id only if the file gives none, which the checker warns of)
    case 'flag': {
      const flag = index.flag.get(ref.flag);
      return flag ? textOf(flag.title, language) : ref.flag;
    }
    case 'fired': {
      const event = index.event.get(ref.event);
      return `the event “${event ? textOf(event.title, language) : ref.event}”`;
    }
    case 'taken': {
      const decision = index.decision.get(ref.decision);
      return `the decision “${decision ? textOf(decision.title, language) : ref.decision}”`;
    }
  }
}

/** "Russia's", "the United States'": English possessives of names. */
function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

/** A short, stable key for a reference, for tables and charts ("attitude.russia"). */
export function refKey(ref: Ref): string {
  switch (ref.kind) {
    case 'indicator':
      return ref.indicator;
    case 'capital':
    case 'turn':
      return ref.kind;
    case 'attitude':
    case 'trust':
    case 'dependence':
    case 'memory':
      return `${ref.kind}.${ref.actor}`;
    case 'tension':
      return `tension.${ref.a}.${ref.b}`;
    case 'cost':
      return ref.actor === undefined ? `cost.${ref.track}` : `cost.${ref.track}.${ref.actor}`;
    case 'stage':
    case 'progress':
    case 'credit':
    case 'held':
      return `${ref.kind}.${ref.track}`;
    case 'readiness':
      return `readiness.${ref.track}.${ref.actor}`;
    case 'flag':
      return `flag.${ref.flag}`;
    case 'fired':
      return `fired.${ref.event}`;
    case 'taken':
      return `taken.${ref.decision}`;
  }
}
