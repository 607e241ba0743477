// The beginning of a turn: capital is refilled and the turn's events fire: the dated beats of history first,
// then events whose condition now holds, then perhaps one random event drawn by weight.
import { holds } from './condition.ts';
import { chance, change, type StepContext } from './context.ts';
import { applyEffects } from './effects.ts';
import { lookup } from './lookup.ts';
import { textOf } from './text.ts';
import type { EventDef } from './types.ts';
import { own, put } from './records.ts';

export function beginTurn(ctx: StepContext): void {
  const { rules, state } = ctx;
  ctx.happened.push({ kind: 'turn', turn: state.turn });
  if (state.turn > 0) {
    const refill = Math.min(rules.capital.perTurn, rules.capital.max - state.capital);
    if (refill > 0) change(ctx, { kind: 'capital' }, refill, { kind: 'capital' }, 'A new turn brings fresh diplomatic capital');
  }
  const index = lookup(rules);
  for (const event of index.datedOn.get(state.turn) ?? []) if (mayFire(ctx, event)) fire(ctx, event);
  for (const event of index.conditionalEvents) {
    if (event.trigger.kind === 'conditional' && mayFire(ctx, event) && holds(rules, state, event.trigger.when)) fire(ctx, event);
  }
  drawRandomEvent(ctx);
}

function mayFire(ctx: StepContext, event: EventDef): boolean {
  const last = own(ctx.state.fired, event.id);
  if (last === undefined) return true;
  return !event.once && last !== ctx.state.turn;
}

function drawRandomEvent(ctx: StepContext): void {
  const { rules, state } = ctx;
  const eligible: EventDef[] = [];
  let total = 0;
  for (const event of lookup(rules).randomEvents) {
    if (event.trigger.kind !== 'random' || event.trigger.weight <= 0 || !mayFire(ctx, event)) continue;
    if (!holds(rules, state, event.trigger.when)) continue;
    eligible.push(event);
    total += event.trigger.weight;
  }
  if (eligible.length === 0 || !chance(ctx, Math.min(1, rules.params.randomEventChance * ctx.volatility))) return;
  let roll = ctx.rng.next() * total;
  for (const event of eligible) {
    roll -= event.trigger.kind === 'random' ? event.trigger.weight : 0;
    if (roll < 0) return fire(ctx, event);
  }
  fire(ctx, eligible[eligible.length - 1] as EventDef);
}

function fire(ctx: StepContext, event: EventDef): void {
  const { state } = ctx;
  put(state.fired, event.id, state.turn);
  const needsChoice = event.choices.length > 0;
  ctx.happened.push({ kind: 'event', event: event.id, turn: state.turn, needsChoice });
  applyEffects(ctx, event.effects, { source: { kind: 'event', id: event.id }, reason: textOf(event.title) });
  if (needsChoice) state.pending.push(event.id);
}
