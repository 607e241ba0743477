// The working context of one step: the rules, a private copy of the state being changed, the generator, and
// the list of what happened. Everything in a step writes through `change` so every number moved has a cause.
import { clamp, round1 } from './numbers.ts';
import { readRef, refRange, writeRef } from './refs.ts';
import type { Rng } from './rng.ts';
import type { CauseSource, GameState, Happening, Ref, Rules } from './types.ts';

export interface StepContext {
  readonly rules: Rules;
  readonly state: GameState;
  readonly rng: Rng;
  readonly volatility: number;
  readonly happened: Happening[];
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
  return delta;
}

/** A draw in [by - spread, by + spread], the spread scaled by volatility; no draw when there is no spread. */
export function uncertain(ctx: StepContext, by: number, spread: number): number {
  if (spread <= 0) return by;
  return by + spread * ctx.volatility * (2 * ctx.rng.next() - 1);
}

/** True with the given probability (drawing only when the outcome is in doubt). */
export function chance(ctx: StepContext, probability: number): boolean {
  if (probability >= 1) return true;
  if (probability <= 0) return false;
  return ctx.rng.next() < probability;
}
