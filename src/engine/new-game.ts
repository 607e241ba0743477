// A new game: the scenario's starting numbers, the seeded generator, and the first turn's events.
import { newRecord, own } from './records.ts';
import { beginTurn } from './events.ts';
import { tensionStateKey } from './lookup.ts';
import { worldKeyOf } from './rng.ts';
import type { StepContext } from './context.ts';
import { volatilityOf } from './step.ts';
import { startingCosts } from './track-costs.ts';
import type { Difficulty, GameState, Happening, Rules, TrackState } from './types.ts';

export interface NewGameOptions {
  readonly seed: string;
  readonly difficulty?: Difficulty;
}

export function newGame(rules: Rules, options: NewGameOptions): { state: GameState; happened: Happening[] } {
  // the records that gain a key as the game goes (flags, fired, taken, levers) are made with newRecord
  // (records.ts): faster to grow by ids; those with fixed keys stay ordinary objects, which V8 reads faster
  const start: GameState = {
    scenario: rules.id,
    seed: options.seed,
    difficulty: options.difficulty ?? 'tense',
    turn: 0,
    status: 'playing',
    worldKey: worldKeyOf(options.seed),
    actors: Object.fromEntries(
      rules.actors.map((a) => [a.id, { attitude: a.attitude, trust: a.trust, dependence: a.dependence, memory: 0 }]),
    ),
    tensions: Object.fromEntries(rules.tensions.map((t) => [tensionStateKey(t.a, t.b), t.level])),
    indicators: { ...rules.indicators },
    capital: Math.min(rules.capital.start, rules.capital.max),
    tracks: Object.fromEntries(
      rules.tracks.map((t) => {
        const track: TrackState = { stage: 0, progress: 0, readiness: Object.fromEntries(t.parties.map((p) => [p, own(t.readiness, p) ?? 0])), cost: t.cost, kazakhProgress: 0, otherProgress: 0 };
        const costs = startingCosts(t);
        if (costs) track.costs = costs;
        return [t.id, track];
      }),
    ),
    flags: newRecord(),
    fired: newRecord(),
    taken: newRecord(),
    thisTurn: [],
    thisTurnTags: [],
    pending: [],
    openDemands: [],
    leverReadyAt: newRecord(),
    moves: [],
    ledger: [],
    ending: null,
    scheduled: [],
    commitments: [],
  };
  // the starting state is this function's own, so the first turn opens on it without the copy a step makes
  const ctx: StepContext = { rules, state: start, volatility: volatilityOf(rules, start), happened: [] };
  beginTurn(ctx);
  return { state: start, happened: ctx.happened };
}
