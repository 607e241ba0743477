// The address names a world, so a class can share it: ?scenario=ID&seed=S&difficulty=D. It is read leniently
// (the difficulty in any case), and what cannot be followed is said in words, with what was used instead.
import { DIFFICULTIES, type Difficulty } from '../engine/index.ts';
import type { Scenario } from './scenarios.ts';
import type { Session } from './session.ts';

export const SEED_LIMIT = 200;
const DEFAULT_DIFFICULTY: Difficulty = 'tense';

export interface Wanted {
  /** the scenario the address names, when this page has it */
  readonly scenario: Scenario | null;
  /** the seed to play: the address's, or a new one in place of one that cannot be used; null when none is named */
  readonly seed: string | null;
  readonly difficulty: Difficulty;
  /** whether the address named that difficulty itself (not left out, not one the game does not have) */
  readonly difficultyNamed: boolean;
  /** what the address asked for that could not be followed, and what was done instead */
  readonly notes: readonly string[];
}

/** An address that names a scenario this page has. */
export interface WantedGame extends Wanted {
  readonly scenario: Scenario;
}

export function wantedGame(address: Wanted): WantedGame | null {
  return address.scenario ? { ...address, scenario: address.scenario } : null;
}

/** A value from the address, quoted for a sentence: never so long that it buries the sentence. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

export function readAddress(search: string, scenarios: readonly Scenario[]): Wanted {
  const url = new URLSearchParams(search);
  const id = url.get('scenario');
  const scenario = scenarios.find((s) => s.rules.id === id) ?? null;
  if (!scenario) {
    const notes = id === null ? [] : [`The address names the scenario ${quoted(id)}, which this page does not have: pick one below.`];
    return { scenario, seed: null, difficulty: DEFAULT_DIFFICULTY, difficultyNamed: false, notes };
  }
  const notes: string[] = [];
  let seed = url.get('seed') || null;
  if (seed !== null && seed.length > SEED_LIMIT) {
    const instead = freshSeed();
    notes.push(`The seed in the address is ${seed.length} characters long, and a seed may have at most ${SEED_LIMIT}: this game uses the new seed "${instead}" instead.`);
    seed = instead;
  }
  const asked = url.get('difficulty')?.trim() || null;
  const named = DIFFICULTIES.find((d) => d === asked?.toLowerCase());
  if (asked !== null && !named) {
    notes.push(`The address asks for the difficulty ${quoted(asked)}, which the game does not have (${DIFFICULTIES.join(', ')}): this game is ${DEFAULT_DIFFICULTY}.`);
  }
  return { scenario, seed, difficulty: named ?? DEFAULT_DIFFICULTY, difficultyNamed: named !== undefined, notes };
}

/** The address of the game on screen: copied from the address bar it gives a class the same world. */
export function addressOf(session: Session): string {
  return `?${new URLSearchParams({ scenario: session.scenario.rules.id, seed: session.state.seed, difficulty: session.state.difficulty }).toString()}`;
}

export function freshSeed(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
