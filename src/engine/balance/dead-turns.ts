// Dead turns: turns in which no decision matters (issue 9, "no scenario has more than one turn in which no
// decision matters"). A stand-in player S plays a game; on each of its turns we ask whether anything the
// player could have done differently leads to a different game.
//
// The definition. On turn t of a game played by S, the alternatives are
//   - every other option of each event, offer or demand S answers on that turn, at the moment S answers it;
//   - at the moment S is first free to decide (every answer given), every decision open then, and ending the
//     turn without deciding (passing is a choice too: a turn whose only use is the decision S takes matters).
// Each alternative is played on a copy of the game from that moment, S making every move after it. Because every
// roll is a pure function of the world key, the turn and the roll's purpose (rng.ts), the copy keeps the REAL world key: it
// meets the same world, so any difference comes from the choice alone. A turn matters when some alternative
// ends the game with another ending, or moves the final score by at least one point (SCORE_STEP); otherwise it is dead,
// as is a turn with nothing to choose at all. The moves S itself makes are not alternatives: they are its course.
//
// Pure and deterministic. The first alternative that matters settles a turn, so a live turn usually costs one
// game played on, and a dead one as many as it has alternatives.
import type { StepContext } from '../context.ts';
import { draftOf } from '../draft.ts';
import { lookup } from '../lookup.ts';
import { actorMoves } from '../demands.ts';
import { newGame } from '../new-game.ts';
import { decisionRejection, choiceRejection } from '../rejections.ts';
import { freshRng } from '../rng.ts';
import { runSeed } from '../simulate.ts';
import { perform, rejectionOf, volatilityOf } from '../step.ts';
import { moveKey, nextMove, strategySeed, type Strategy } from '../strategy.ts';
import type { Difficulty, GameState, Move, Rules } from '../types.ts';

/** The least change of the final score that counts as a different game. */
export const SCORE_STEP = 1;

export interface DeadTurnsOfGame {
  /** turns played (the turn the game ended on counts) */
  readonly turns: number;
  /** the turns (from 0) in which no alternative changes the ending or the score by SCORE_STEP */
  readonly dead: readonly number[];
}

interface Outcome {
  readonly ending: string | null;
  readonly score: number;
}

/** A copy of the game to play an alternative on: the same world key; the ledger and move log, which no rule reads, left behind. */
function fork(state: GameState): GameState {
  return draftOf({ ...state, ledger: [], moves: [] });
}

function outcomeOf(state: GameState): Outcome {
  return { ending: state.ending?.id ?? null, score: state.ending?.score ?? 0 };
}

/**
 * What counts as another game: `score`, the definition above (another ending, or the score moved by SCORE_STEP);
 * `ending`, a stricter reading for the designer (only another ending counts), which shows the turns in which
 * a choice can still decide how the game ends.
 */
export type DeadTurnMeasure = 'score' | 'ending';

function differs(a: Outcome, b: Outcome, measure: DeadTurnMeasure): boolean {
  return a.ending !== b.ending || (measure === 'score' && Math.abs(a.score - b.score) >= SCORE_STEP);
}

function guardOf(rules: Rules): number {
  return rules.calendar.length * (rules.decisionsPerTurn + rules.events.length + rules.actors.length + 4) + 10;
}

/**
 * Play `state` (changed in place) to its end with S, as the simulator does (simulate.ts, playOut), calling
 * `before` with each move S is about to make. `refused` holds the moves refused so far this turn.
 */
function playOn(rules: Rules, state: GameState, strategy: Strategy, seed: string, refused: Set<string>, before?: (move: Move, state: GameState) => void): void {
  const rng = freshRng(seed);
  const ctx: StepContext = { rules, state, volatility: volatilityOf(rules, state), happened: [] };
  const guard = guardOf(rules);
  for (let moves = 0; state.status === 'playing' && moves < guard; moves++) {
    const move = nextMove(rules, state, strategy, rng, refused);
    if (rejectionOf(rules, state, move)) {
      refused.add(moveKey(move));
      continue;
    }
    before?.(move, state);
    perform(ctx, move);
    ctx.happened.length = 0;
    if (move.type === 'end-turn') refused.clear();
  }
}

/** The outcome of making `move` on a copy of `state`, then letting S play the game out. */
function outcomeAfter(rules: Rules, state: GameState, move: Move, strategy: Strategy, seed: string): Outcome {
  const copy = fork(state);
  const ctx: StepContext = { rules, state: copy, volatility: volatilityOf(rules, copy), happened: [] };
  perform(ctx, move);
  playOn(rules, copy, strategy, `${seed}/fork`, new Set());
  return outcomeOf(copy);
}

/** The options of an event, or of an actor's offer or demand, waiting for an answer. */
function optionsOf(rules: Rules, id: string): string[] {
  const choices = lookup(rules).event.get(id)?.choices ?? actorMoves(rules).get(id)?.move.options ?? [];
  return choices.map((c) => c.id);
}

/** The moves open at a point S reached on its turn, other than the one S made there. */
function alternativesAt(rules: Rules, state: GameState, made: Move): Move[] {
  if (made.type === 'choose') {
    return optionsOf(rules, made.event)
      .filter((option) => option !== made.option && choiceRejection(rules, state, made.event, option) === null)
      .map((option): Move => ({ type: 'choose', event: made.event, option }));
  }
  const out: Move[] = [];
  for (const def of rules.decisions) {
    if ((made.type !== 'decide' || made.decision !== def.id) && decisionRejection(rules, state, def) === null) out.push({ type: 'decide', decision: def.id });
  }
  if (made.type !== 'end-turn') out.push({ type: 'end-turn' });
  return out;
}

/** The dead turns of one game of S, seeded `seed`. */
export function deadTurnsOf(rules: Rules, seed: string, strategy: Strategy, difficulty: Difficulty = 'tense', measure: DeadTurnMeasure = 'score'): DeadTurnsOfGame {
  // S's own game, keeping a copy of the game at each point where the player had a choice on each turn
  const points: { turn: number; state: GameState; made: Move }[] = [];
  let freeOn = -1;
  const state = newGame(rules, { seed, difficulty }).state;
  playOn(rules, state, strategy, strategySeed(seed), new Set(), (move, now) => {
    const free = move.type !== 'choose';
    if (free && freeOn === now.turn) return; // after the first free move, the turn's alternatives are already counted
    if (free) freeOn = now.turn;
    points.push({ turn: now.turn, state: fork(now), made: move });
  });
  const course = outcomeOf(state);
  const turns = state.turn + 1;
  const dead: number[] = [];
  for (let turn = 0; turn < turns; turn++) {
    let matters = false;
    for (const point of points) {
      if (point.turn !== turn) continue;
      for (const alternative of alternativesAt(rules, point.state, point.made)) {
        if (differs(outcomeAfter(rules, point.state, alternative, strategy, seed), course, measure)) {
          matters = true;
          break;
        }
      }
      if (matters) break;
    }
    if (!matters) dead.push(turn);
  }
  return { turns, dead };
}

export interface DeadTurnsReport {
  readonly games: number;
  /** the mean number of turns a game */
  readonly meanTurns: number;
  /** the mean number of dead turns a game */
  readonly mean: number;
  /** the share of games with at most `allowed` dead turns */
  readonly within: number;
  readonly allowed: number;
  /** how many games had each turn (from 0) dead */
  readonly byTurn: readonly number[];
  /** the most dead turns in one game */
  readonly worst: number;
}

/** Dead turns over `runs` games of S, seeded as the simulator seeds its runs (runSeed). */
export function deadTurns(rules: Rules, options: { runs: number; seed: string; strategy: Strategy; allowed: number; difficulty?: Difficulty; measure?: DeadTurnMeasure }): DeadTurnsReport {
  const byTurn: number[] = rules.calendar.map(() => 0);
  let total = 0;
  let turns = 0;
  let within = 0;
  let worst = 0;
  for (let i = 0; i < options.runs; i++) {
    const game = deadTurnsOf(rules, runSeed(options.seed, i), options.strategy, options.difficulty, options.measure);
    total += game.dead.length;
    turns += game.turns;
    if (game.dead.length <= options.allowed) within += 1;
    worst = Math.max(worst, game.dead.length);
    for (const t of game.dead) byTurn[t] = (byTurn[t] ?? 0) + 1;
  }
  const games = Math.max(1, options.runs);
  return { games: options.runs, meanTurns: turns / games, mean: total / games, within: within / games, allowed: options.allowed, byTurn, worst };
}
