// The working context of one step: the rules, a private copy of the state being changed, the generator, and
// the list of what happened. Everything in a step writes through `change` so every number moved has a cause.
import { clamp, round1 } from './numbers.ts';
import { readRef, refRange, writeRef } from './refs.ts';
import { roll } from './rng.ts';
import type { CauseSource, GameState, Happening, Ref, Rules } from './types.ts';

export interface StepContext {
  readonly rules: Rules;
  readonly state: GameState;
  readonly volatility: number;
  readonly happened: Happening[];
  /** true while the world answers at the end of a turn: what lasts "N turns" from then starts with the next turn */
  atTurnEnd?: boolean;
}

/** Add `amount` to a number, kept in range, and record why. Returns the change actually made. */
export function change(ctx: StepContext, target: Ref, amount: number, source: CauseSource, reason: string): number {
  const { rules, state } = ctx;
  const before = readRef(rules, state, target);
  const [min, max] = refRange(rules, target);
  const after = clamp(round1(before + amount), min, max);
  const delta = round1(after - before);
  if (delta === 0) return 0;
  writeRef(rules, state, target, after);
  const cause = { turn: state.turn, target, delta, value: after, source, reason };
  state.ledger.push(cause);
  ctx.happened.push({ kind: 'cause', cause });
  if (delta < 0 && target.kind === 'attitude') remember(ctx, target.actor, -delta, source, reason);
  return delta;
}

/**
 * Powers remember: when one of the player's own moves (a decision, an answer, or the coupling it causes) lowers
 * an actor's attitude, its memory rises by `rules.params.memory` times the fall (world/drift.ts pulls toward the
 * baseline less the memory; world/memory.ts lets it fade). Off (0) by default.
 */
function remember(ctx: StepContext, actor: string, fall: number, source: CauseSource, reason: string): void {
  const share = ctx.rules.params.memory ?? 0;
  if (share <= 0 || !(source.kind === 'decision' || source.kind === 'choice' || source.kind === 'coupling')) return;
  change(ctx, { kind: 'memory', actor }, fall * share, source, `${reason}: remembered`);
}

/**
 * This turn's roll for one purpose, in [0, 1). The purpose names the thing rolled for (a lever, a reaction to a
 * move, one effect of a decision), so the same thing on the same turn of the same world rolls the same.
 */
export function rollFor(ctx: StepContext, purpose: string): number {
  return roll(ctx.state.worldKey, ctx.state.turn, purpose);
}

/** A draw in [by - spread, by + spread], the spread scaled by volatility; no draw when there is no spread. */
export function uncertain(ctx: StepContext, by: number, spread: number, purpose: string): number {
  if (spread <= 0) return by;
  return by + spread * ctx.volatility * (2 * rollFor(ctx, purpose) - 1);
}

/** True with the given probability (rolling only when the outcome is in doubt). */
export function chance(ctx: StepContext, probability: number, purpose: string): boolean {
  if (probability >= 1) return true;
  if (probability <= 0) return false;
  return rollFor(ctx, purpose) < probability;
}
