// The one way a game moves: a pure step from a state and a player's move to the next state and what happened,
// or a typed rejection. The given state is never changed.
import { commit } from './commitments.ts';
import { change, type StepContext } from './context.ts';
import { draftOf } from './draft.ts';
import { answerDemand } from './demands.ts';
import { applyEffects } from './effects.ts';
import { checkEndings } from './endings.ts';
import { beginTurn } from './events.ts';
import { lookup } from './lookup.ts';
import { choiceRejection, decisionRejection, endTurnRejection, otherTurnRejection, unknownDecision } from './rejections.ts';
import { textOf } from './text.ts';
import type { DecisionDef, GameState, Happening, Move, Rejection, Rules, StepResult } from './types.ts';
import { worldReacts } from './world/index.ts';
import { own, put } from './records.ts';

export function volatilityOf(rules: Rules, state: GameState): number {
  return rules.params.volatility[state.difficulty];
}

/** Run `work` on a private copy of the state. */
export function withContext(rules: Rules, state: GameState, work: (ctx: StepContext) => void): { state: GameState; happened: Happening[] } {
  const draft = draftOf(state);
  const ctx: StepContext = { rules, state: draft, volatility: volatilityOf(rules, state), happened: [] };
  work(ctx);
  return { state: draft, happened: ctx.happened };
}

export function step(rules: Rules, state: GameState, move: Move): StepResult {
  const rejected = rejectionOf(rules, state, move);
  if (rejected) return { ok: false, rejected };
  return { ok: true, ...withContext(rules, state, (ctx) => perform(ctx, move)) };
}

/** Why a move cannot be made in a state, or null if it can. */
export function rejectionOf(rules: Rules, state: GameState, move: Move): Rejection | null {
  if (move.turn !== undefined && move.turn !== state.turn) return otherTurnRejection(move.turn, state);
  switch (move.type) {
    case 'decide': {
      const decision = lookup(rules).decision.get(move.decision);
      return decision ? decisionRejection(rules, state, decision) : unknownDecision(move.decision);
    }
    case 'choose':
      return choiceRejection(rules, state, move.event, move.option);
    case 'end-turn':
      return endTurnRejection(rules, state);
  }
}

/** Make a move that `rejectionOf` accepted, changing the context's state in place. */
export function perform(ctx: StepContext, move: Move): void {
  switch (move.type) {
    case 'decide': {
      const decision = lookup(ctx.rules).decision.get(move.decision);
      if (decision) decide(ctx, decision);
      return;
    }
    case 'choose':
      return choose(ctx, move.event, move.option);
    case 'end-turn':
      return endTurn(ctx);
  }
}

function decide(ctx: StepContext, decision: DecisionDef): void {
  const { state } = ctx;
  const title = textOf(decision.title);
  state.moves.push({ turn: state.turn, move: { type: 'decide', decision: decision.id } });
  state.thisTurn.push(decision.id);
  // added to in place: the state is the step's own copy, and draftOf copies each list of turns
  const turns = own(state.taken, decision.id);
  if (turns) turns.push(state.turn);
  else put(state.taken, decision.id, [state.turn]);
  if (decision.cost > 0) change(ctx, { kind: 'capital' }, -decision.cost, { kind: 'decision', id: decision.id }, title);
  applyEffects(ctx, decision.effects, {
    source: { kind: 'decision', id: decision.id },
    reason: title,
    ...(decision.neutral ? {} : { coupledAs: decision.id }),
  });
  for (const tag of decision.tags) state.thisTurnTags.push({ tag, source: decision.id });
  commit(ctx, { kind: 'decision', id: decision.id });
}

function choose(ctx: StepContext, eventId: string, optionId: string): void {
  const { state } = ctx;
  const event = lookup(ctx.rules).event.get(eventId);
  if (!event) return answerDemand(ctx, eventId, optionId);
  const option = event.choices.find((c) => c.id === optionId);
  if (!option) return;
  state.moves.push({ turn: state.turn, move: { type: 'choose', event: eventId, option: optionId } });
  state.pending = state.pending.filter((id) => id !== eventId);
  applyEffects(ctx, option.effects, {
    source: { kind: 'choice', event: eventId, option: optionId },
    reason: `${textOf(event.title)}: ${textOf(option.label)}`,
    ...(option.neutral ? {} : { coupledAs: `${eventId}/${optionId}` }),
  });
  for (const tag of option.tags) state.thisTurnTags.push({ tag, source: `${eventId}/${optionId}` });
  commit(ctx, { kind: 'choice', event: eventId, option: optionId });
}

function endTurn(ctx: StepContext): void {
  const { state } = ctx;
  state.moves.push({ turn: state.turn, move: { type: 'end-turn' } });
  ctx.atTurnEnd = true;
  worldReacts(ctx);
  ctx.atTurnEnd = false;
  if (checkEndings(ctx)) return;
  state.turn += 1;
  state.thisTurn = [];
  state.thisTurnTags = [];
  beginTurn(ctx);
}
