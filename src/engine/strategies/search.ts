// The search player: an honest Monte Carlo lookahead. At each decision point it tries every candidate move on
// copies of the game (see forRollout) whose chance is seeded afresh from the player's own seed, plays a few
// turns on from there with a cheap default policy, and makes the move whose imagined futures end best on
// average. It never reads or advances the real game's generator, so it cannot know the dice in advance.
import { holds } from '../condition.ts';
import type { StepContext } from '../context.ts';
import { scoreOf } from '../score.ts';
import { perform, rejectionOf, volatilityOf } from '../step.ts';
import type { EndingDef, EndingKind, GameState, Move, Rules } from '../types.ts';
import { forRollout } from './rollout.ts';

/**
 * How much looking ahead each decision point costs. Rollouts cut short by a horizon of a few turns judged the
 * jet crisis badly (its victory needs a mediation finished by the last turn, which a cut rollout never sees),
 * so rollouts play to the end, and the budget is spent on few candidates and few rollouts instead.
 */
export const SEARCH_BUDGET = {
  /** imagined futures per candidate move; every candidate meets the same futures (the same seeds) */
  rollouts: 5,
  /** how many turn ends a rollout plays at most, counting the end of the current turn */
  horizon: Infinity,
  /** at most this many decisions are tried at a decision point, besides ending the turn */
  decisions: 3,
  /** whether answers to events are searched too, or given as the balanced player would */
  answers: false,
};

/**
 * What an ending's kind is worth beside its score (0-100, read as 0-1): a victory 30 points of score, a draw 15.
 * The score already carries each ending's bonus. When any victory was worth more than any score, the player
 * settled for a narrow, late victory (the Astana talks' `late-agreement`) over a move that more likely led to a
 * better one, and won more games than `balanced` with a lower mean score; with a premium the player still
 * prefers winning, but weighs how well it wins.
 */
const KIND_VALUE: Readonly<Record<EndingKind, number>> = { victory: 0.3, draw: 0.15, defeat: 0 };

/** The default policy of a rollout: the next move in a copy of the game, never one in `refused`. */
export type RolloutPolicy = (state: GameState, refused: ReadonlySet<string>) => Move;

/**
 * The best of `candidates` (legal moves, the first being the fallback on ties) by the mean value of
 * `SEARCH_BUDGET.rollouts` rollouts each. `seed` is the player's own; rollout k at a decision point is seeded
 * `${seed}/search/${turn}/${point}/${k}`, where the point counts the moves made so far in the game.
 */
export function searchMove(rules: Rules, state: GameState, seed: string, candidates: readonly Move[], policy: RolloutPolicy, moveKey: (move: Move) => string): Move {
  const first = candidates[0];
  if (first === undefined) return { type: 'end-turn' };
  if (candidates.length === 1) return first;
  const until = state.turn + SEARCH_BUDGET.horizon;
  let best = first;
  let bestValue = -Infinity;
  for (const candidate of candidates) {
    let total = 0;
    for (let k = 0; k < SEARCH_BUDGET.rollouts; k++) {
      const world = forRollout(state, `${seed}/search/${state.turn}/${state.moves.length}/${k}`);
      playRollout(rules, world, candidate, policy, moveKey, until);
      total += valueOf(rules, world);
    }
    if (total > bestValue) {
      best = candidate;
      bestValue = total;
    }
  }
  return best;
}

/** Make `first`, then let the policy play until the game ends or turn `until` begins. */
function playRollout(rules: Rules, state: GameState, first: Move, policy: RolloutPolicy, moveKey: (move: Move) => string, until: number): void {
  const ctx: StepContext = { rules, state, volatility: volatilityOf(rules, state), happened: [] };
  perform(ctx, first);
  let refused = new Set<string>();
  const guard = (Math.min(until, rules.calendar.length) - state.turn + 1) * (rules.decisionsPerTurn + rules.events.length + 4);
  for (let moves = 0; state.status === 'playing' && state.turn < until && moves < guard; moves++) {
    const move = policy(state, refused);
    if (rejectionOf(rules, state, move)) {
      refused.add(moveKey(move));
      continue;
    }
    perform(ctx, move);
    ctx.happened.length = 0;
    if (move.type === 'end-turn') refused = new Set();
  }
}

/** A finished rollout by its ending; an unfinished one by the ending it would have if the calendar ran out now. */
function valueOf(rules: Rules, state: GameState): number {
  if (state.ending) return KIND_VALUE[state.ending.kind] + state.ending.score / 100;
  const ending = endingIfOverNow(rules, state);
  return ending ? KIND_VALUE[ending.kind] + scoreOf(rules, state, ending.bonus) / 100 : scoreOf(rules, state, 0) / 100;
}

function endingIfOverNow(rules: Rules, state: GameState): EndingDef | undefined {
  return rules.endings.find((e) => e.atEnd && (e.when === null || holds(rules, state, e.when))) ?? rules.endings.find((e) => e.atEnd);
}
