// A step never changes the state it is given: it works on a copy. The copy is written by hand rather than
// with structuredClone because simulation copies states tens of thousands of times a second; ledger entries
// are immutable, so the ledger is copied shallowly.
import type { GameState } from './types.ts';
import { put } from './records.ts';

const copyRecord = <T>(record: Record<string, T>, copy: (value: T) => T): Record<string, T> => {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record)) put(out, key, copy(record[key] as T));
  return out;
};

export function draftOf(state: GameState): GameState {
  return {
    ...state,
    actors: copyRecord(state.actors, (a) => ({ ...a })),
    tensions: { ...state.tensions },
    indicators: { ...state.indicators },
    // a track's per-party costs exist only once the parties' costs may differ (track-costs.ts)
    tracks: copyRecord(state.tracks, (t) => (t.costs ? { ...t, readiness: { ...t.readiness }, costs: { ...t.costs } } : { ...t, readiness: { ...t.readiness } })),
    flags: { ...state.flags },
    fired: { ...state.fired },
    taken: copyRecord(state.taken, (turns) => turns.slice()),
    thisTurn: state.thisTurn.slice(),
    thisTurnTags: state.thisTurnTags.slice(),
    pending: state.pending.slice(),
    openDemands: state.openDemands.slice(),
    leverReadyAt: { ...state.leverReadyAt },
    moves: state.moves.slice(),
    ledger: state.ledger.slice(),
    // entries are never changed in place, only added and removed
    scheduled: state.scheduled.slice(),
    commitments: state.commitments.slice(),
  };
}
