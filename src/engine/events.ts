// The beginning of a turn: capital is refilled and the turn's events fire: the dated beats of history first,
// then events whose condition now holds, then perhaps one random event drawn by weight (the same one for every player of the world who can meet it).
import { holds } from './condition.ts';
import { chance, change, rollFor, type StepContext } from './context.ts';
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

/**
 * Perhaps one random event, by weight. Whether one occurs is one roll of the turn; which one is a race in which
 * every eligible event draws its own time, exponential with its weight (the earliest wins), so that two players
 * of one world who can both meet an event meet the same one, even when other events are eligible for only one
 * of them.
 */
function drawRandomEvent(ctx: StepContext): void {
  const { rules, state } = ctx;
  let first: EventDef | null = null;
  let firstTime = Infinity;
  const among: string[] = [];
  for (const event of lookup(rules).randomEvents) {
    if (event.trigger.kind !== 'random' || event.trigger.weight <= 0 || !mayFire(ctx, event)) continue;
    if (!holds(rules, state, event.trigger.when)) continue;
    among.push(event.id);
    const time = -Math.log(1 - rollFor(ctx, `random-event:${event.id}`)) / event.trigger.weight;
    if (time < firstTime) {
      first = event;
      firstTime = time;
    }
  }
  if (!first) return;
  const occurs = chance(ctx, Math.min(1, rules.params.randomEventChance * ctx.volatility), 'random-event');
  ctx.happened.push({ kind: 'random-draw', turn: state.turn, among, drawn: occurs ? first.id : null });
  if (occurs) fire(ctx, first);
}

function fire(ctx: StepContext, event: EventDef): void {
  const { state } = ctx;
  put(state.fired, event.id, state.turn);
  const needsChoice = event.choices.length > 0;
  ctx.happened.push({ kind: 'event', event: event.id, turn: state.turn, needsChoice });
  applyEffects(ctx, event.effects, { source: { kind: 'event', id: event.id }, reason: textOf(event.title) });
  if (needsChoice) state.pending.push(event.id);
}
