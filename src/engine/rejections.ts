// Why a move is refused: the checks run in a fixed order, and a refusal is data the UI can show, never a throw.
import { holds } from './condition.ts';
import { unmetNeeds } from './condition-words.ts';
import { demandRejection } from './demands.ts';
import { lookup } from './lookup.ts';
import { textOf } from './text.ts';
import type { DecisionDef, GameState, Rejection, RejectionCode, Rules } from './types.ts';
import { own } from './records.ts';

const reject = (code: RejectionCode, message: string): Rejection => ({ code, message });

export function decisionRejection(rules: Rules, state: GameState, decision: DecisionDef): Rejection | null {
  if (state.status === 'ended') return reject('game-over', 'The game is over.');
  if (state.thisTurn.includes(decision.id)) return reject('already-taken', `"${textOf(decision.title)}" is already taken this turn.`);
  const taken = own(state.taken, decision.id);
  if (taken !== undefined) {
    if (decision.once) return reject('already-taken', `"${textOf(decision.title)}" can be taken only once.`);
    const last = taken[taken.length - 1] as number;
    if (state.turn - last <= decision.cooldown) {
      const wait = last + decision.cooldown + 1 - state.turn;
      return reject('on-cooldown', `"${textOf(decision.title)}" can be taken again in ${wait} turn${wait === 1 ? '' : 's'}.`);
    }
  }
  if (state.thisTurn.length >= rules.decisionsPerTurn) {
    return reject('turn-limit', `No more than ${rules.decisionsPerTurn} decisions a turn.`);
  }
  if (decision.cost > state.capital) {
    return reject('no-capital', `"${textOf(decision.title)}" needs ${decision.cost} diplomatic capital; ${state.capital} left.`);
  }
  if (!holds(rules, state, decision.available)) {
    const needs = unmetNeeds(rules, state, decision.available);
    return reject('not-available', `"${textOf(decision.title)}" is not possible now: ${needs.length > 0 ? needs.join('; ') : 'its condition does not hold'}.`);
  }
  // An event interrupts the turn: it is answered before anything else is decided, in every front end alike.
  // Checked last, so that a decision refused for a reason of its own says that reason, even while an event waits.
  const waiting = waitingEvent(rules, state);
  if (waiting !== null) return reject('choice-pending', `Answer "${waiting}" before deciding anything else.`);
  return null;
}

export function unknownDecision(id: string): Rejection {
  return reject('unknown-decision', `There is no decision "${id}" in this scenario.`);
}

export function choiceRejection(rules: Rules, state: GameState, eventId: string, option: string): Rejection | null {
  if (state.status === 'ended') return reject('game-over', 'The game is over.');
  const event = lookup(rules).event.get(eventId);
  // an actor's offer or demand is answered like an event, until its deadline
  const demand = event ? undefined : demandRejection(rules, state, eventId, option);
  if (demand !== undefined) return demand;
  if (!event) return reject('unknown-event', `There is no event "${eventId}" in this scenario.`);
  if (!state.pending.includes(eventId)) return reject('not-pending', `"${textOf(event.title)}" is not waiting for an answer.`);
  if (!event.choices.some((c) => c.id === option)) {
    return reject('unknown-option', `"${textOf(event.title)}" has no option "${option}".`);
  }
  return null;
}

export function endTurnRejection(rules: Rules, state: GameState): Rejection | null {
  if (state.status === 'ended') return reject('game-over', 'The game is over.');
  const waiting = waitingEvent(rules, state);
  return waiting === null ? null : reject('choice-pending', `Answer "${waiting}" before ending the turn.`);
}

/** The title of the first event waiting for an answer, or null. (An actor's offer or demand never blocks.) */
function waitingEvent(rules: Rules, state: GameState): string | null {
  const waiting = state.pending[0];
  if (waiting === undefined) return null;
  const event = lookup(rules).event.get(waiting);
  return event ? textOf(event.title) : waiting;
}

/** A move made for another turn than the current one: a late second click, or an edited save. */
export function otherTurnRejection(moveTurn: number, state: GameState): Rejection {
  return reject('other-turn', `This move was made on turn ${moveTurn + 1}, but the game is on turn ${state.turn + 1}.`);
}
