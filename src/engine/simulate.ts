// Many headless games with one strategy: the scenario writer's balance report. Pure and deterministic: the
// same rules, seed, strategy and number of runs give the same report (timing is the caller's business).
import { newGame } from './new-game.ts';
import { freshRng } from './rng.ts';
import type { StepContext } from './context.ts';
import { perform, rejectionOf, volatilityOf } from './step.ts';
import { moveKey, nextMove, strategyName, strategySeed, type Strategy } from './strategy.ts';
import { ENDING_KINDS, INDICATORS, type Cause, type Difficulty, type EndingKind, type GameState, type IndicatorId, type Rules } from './types.ts';
import { own, put } from './records.ts';

export interface SimulationOptions {
  readonly runs: number;
  readonly seed: string;
  readonly strategy: Strategy;
  readonly difficulty?: Difficulty;
  readonly onProgress?: (done: number) => void;
  /** each game's final state as it ends, run `i` seeded runSeed(seed, i): for a trace (see gameTrace) */
  readonly onGame?: (final: GameState, i: number) => void;
}

export interface Range {
  readonly min: number;
  readonly mean: number;
  readonly max: number;
}

export interface SimulationReport {
  readonly runs: number;
  readonly seed: string;
  readonly strategy: string;
  readonly difficulty: Difficulty;
  readonly endings: Record<string, number>;
  readonly endingKinds: Record<EndingKind, number>;
  readonly winRate: number;
  readonly meanTurns: number;
  readonly meanScore: number;
  readonly grades: Record<string, number>;
  /** the indicators at the end of each turn, over the runs that reached it */
  readonly indicatorsByTurn: readonly { readonly turn: number; readonly runs: number; readonly values: Record<IndicatorId, Range> }[];
  /** in how many runs each event fired (an event that repeats counts once a run) */
  readonly eventsFired: Record<string, number>;
  /** how many times each decision was taken, over all runs */
  readonly decisionsTaken: Record<string, number>;
  /** the share of all turns played on which each decision was taken (a dominant move is near 1) */
  readonly decisionShare: Record<string, number>;
  /** in how many runs a great power's pressure was felt: one of its levers pulled, or one of its demands made */
  readonly pressureGames: number;
  /** content that no run reached */
  readonly never: { readonly events: string[]; readonly decisions: string[]; readonly endings: string[] };
}

/** The seed of run `i` of a simulation seeded with `seed`. */
export function runSeed(seed: string, i: number): string {
  return `${seed}/${i}`;
}

/**
 * Play one game to its end with a strategy. The simulator owns this game, so it makes each move in place on
 * one private state instead of copying the state every step as `step` must; the moves
 * and their results are the same as through `step` (a test holds this).
 */
export function playOut(rules: Rules, seed: string, strategy: Strategy, difficulty: Difficulty, onTurnEnd?: (state: GameState) => void): GameState {
  const strategyRng = freshRng(strategySeed(seed));
  const state = newGame(rules, { seed, difficulty }).state;
  const ctx: StepContext = { rules, state, volatility: volatilityOf(rules, state), happened: [] };
  let refused = new Set<string>();
  // Every turn ends within a bounded number of moves; the guard only protects against a broken strategy.
  const guard = rules.calendar.length * (rules.decisionsPerTurn + rules.events.length + 4) + 10;
  for (let moves = 0; state.status === 'playing' && moves < guard; moves++) {
    const move = nextMove(rules, state, strategy, strategyRng, refused);
    if (rejectionOf(rules, state, move)) {
      refused.add(moveKey(move));
      continue;
    }
    perform(ctx, move);
    ctx.happened.length = 0;
    if (move.type === 'end-turn') {
      onTurnEnd?.(state);
      refused = new Set();
    }
  }
  return state;
}

export function simulate(rules: Rules, options: SimulationOptions): SimulationReport {
  const difficulty = options.difficulty ?? 'tense';
  const endings: Record<string, number> = Object.fromEntries(rules.endings.map((e) => [e.id, 0]));
  const endingKinds = Object.fromEntries(ENDING_KINDS.map((k) => [k, 0])) as Record<EndingKind, number>;
  const eventsFired: Record<string, number> = Object.fromEntries(rules.events.map((e) => [e.id, 0]));
  const decisionsTaken: Record<string, number> = Object.fromEntries(rules.decisions.map((d) => [d.id, 0]));
  const grades: Record<string, number> = {};
  const byTurn = rules.calendar.map(() => ({ runs: 0, sums: zeroes(), mins: fill(Infinity), maxs: fill(-Infinity) }));
  let turns = 0;
  let scores = 0;
  let wins = 0;
  let pressureGames = 0;
  // a great power's demands and actions are pressure; its offers are not
  const pressureMoves = new Set(rules.actors.filter((a) => a.greatPower).flatMap((a) => (a.moves ?? []).filter((m) => m.kind !== 'offer').map((m) => m.id)));

  for (let i = 0; i < options.runs; i++) {
    const final = playOut(rules, runSeed(options.seed, i), options.strategy, difficulty, (after) => {
      const slot = byTurn[Math.min(after.status === 'ended' ? after.turn : after.turn - 1, byTurn.length - 1)];
      if (!slot) return;
      slot.runs += 1;
      for (const id of INDICATORS) {
        const v = after.indicators[id];
        slot.sums[id] += v;
        if (v < slot.mins[id]) slot.mins[id] = v;
        if (v > slot.maxs[id]) slot.maxs[id] = v;
      }
    });
    turns += final.turn + 1;
    if (final.ledger.some(isLever) || Object.keys(final.fired).some((id) => pressureMoves.has(id))) pressureGames += 1;
    for (const id of Object.keys(final.fired)) put(eventsFired, id, (own(eventsFired, id) ?? 0) + 1);
    for (const [id, turnsTaken] of Object.entries(final.taken)) put(decisionsTaken, id, (own(decisionsTaken, id) ?? 0) + turnsTaken.length);
    if (final.ending) {
      put(endings, final.ending.id, (own(endings, final.ending.id) ?? 0) + 1);
      endingKinds[final.ending.kind] += 1;
      put(grades, final.ending.grade, (own(grades, final.ending.grade) ?? 0) + 1);
      scores += final.ending.score;
      if (final.ending.kind === 'victory') wins += 1;
    }
    options.onGame?.(final, i);
    options.onProgress?.(i + 1);
  }

  const runs = Math.max(options.runs, 1);
  return {
    runs: options.runs,
    seed: options.seed,
    strategy: strategyName(options.strategy),
    difficulty,
    endings,
    endingKinds,
    winRate: wins / runs,
    meanTurns: turns / runs,
    meanScore: scores / runs,
    grades,
    indicatorsByTurn: byTurn
      .map((slot, turn) => ({
        turn: turn + 1,
        runs: slot.runs,
        values: Object.fromEntries(
          INDICATORS.map((id) => [id, { min: slot.mins[id], mean: slot.runs ? slot.sums[id] / slot.runs : 0, max: slot.maxs[id] }]),
        ) as Record<IndicatorId, Range>,
      }))
      .filter((t) => t.runs > 0),
    eventsFired,
    decisionsTaken,
    decisionShare: Object.fromEntries(Object.entries(decisionsTaken).map(([id, n]) => [id, turns ? n / turns : 0])),
    pressureGames,
    never: {
      events: Object.keys(eventsFired).filter((id) => eventsFired[id] === 0),
      decisions: Object.keys(decisionsTaken).filter((id) => decisionsTaken[id] === 0),
      endings: Object.keys(endings).filter((id) => endings[id] === 0),
    },
  };
}

function isLever(cause: Cause): boolean {
  return cause.source.kind === 'lever';
}

function fill(value: number): Record<IndicatorId, number> {
  return Object.fromEntries(INDICATORS.map((id) => [id, value])) as Record<IndicatorId, number>;
}

function zeroes(): Record<IndicatorId, number> {
  return fill(0);
}
