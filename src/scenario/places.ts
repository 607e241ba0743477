// Names for the parts of a scenario, as an author thinks of them: "an actor", "a lever", "kazakhstan.capital".
import type { PathSegment } from './source-map.ts';

const ENTRY_NAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  actors: 'an actor',
  reactions: 'a reaction',
  levers: 'a lever',
  tensions: 'a tension',
  tracks: 'a track',
  decisions: 'a decision',
  events: 'an event',
  choices: 'a choice',
  endings: 'an ending',
  advisors: 'an advisor',
  advice: 'a piece of advice',
  history: 'a history entry',
  sources: 'a source',
  whatHappened: 'a whatHappened note',
  calendar: 'a calendar entry',
  effects: 'an effect',
  bands: 'a grade band',
}));

const MAPPING_NAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  kazakhstan: 'kazakhstan',
  indicators: 'kazakhstan.indicators',
  capital: 'kazakhstan.capital',
  rules: 'rules',
  volatility: 'rules.volatility',
  grade: 'grade',
  weights: 'grade.weights',
  position: "an actor's position",
  thresholds: "a track's thresholds",
  readiness: "a track's readiness",
}));

/** What the mapping at `path` is: "an actor" for actors[2], "kazakhstan.capital", "the scenario" for the top. */
export function placeName(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the scenario';
  if (typeof last === 'number') {
    const list = path[path.length - 2];
    return (typeof list === 'string' && ENTRY_NAMES.get(list)) || 'an entry';
  }
  return MAPPING_NAMES.get(last) ?? `'${last}'`;
}
