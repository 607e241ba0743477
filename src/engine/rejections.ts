// Why a move is refused: the checks run in a fixed order, and a refusal is data the UI can show, never a throw.
import { holds } from './condition.ts';
import { unmetNeeds } from './condition-words.ts';
import { demandRejection } from './demands.ts';
import { lookup } from './lookup.ts';
import { textOf } from './text.ts';
import type { DecisionDef, GameState, Rejection, RejectionCode, Rules } from './types.ts';
import { own } from './records.ts';

const reject = (code: RejectionCode, message: string): Rejection => ({ code, message });

/**
 * Why a decision is refused, as a code only, or null if it can be taken. The strategies ask this of every
 * decision on every move of a simulated game, so it builds no message; decisionRejection words the same checks.
 */
export function decisionRefusal(rules: Rules, state: GameState, decision: DecisionDef): RejectionCode | null {
  if (state.status === 'ended') return 'game-over';
  if (state.thisTurn.includes(decision.id)) return 'already-taken';
  const taken = own(state.taken, decision.id);
  if (taken !== undefined) {
    if (decision.once) return 'already-taken';
    if (state.turn - (taken[taken.length - 1] as number) <= decision.cooldown) return 'on-cooldown';
  }
  if (state.thisTurn.length >= rules.decisionsPerTurn) return 'turn-limit';
  if (decision.cost > state.capital) return 'no-capital';
  if (!holds(rules, state, decision.available)) return 'not-available';
  // An event interrupts the turn: it is answered before anything else is decided, in every front end alike.
  // Checked last, so that a decision refused for a reason of its own says that reason, even while an event waits.
  if (state.pending[0] !== undefined) return 'choice-pending';
  return null;
}

export function decisionRejection(rules: Rules, state: GameState, decision: DecisionDef): Rejection | null {
  const code = decisionRefusal(rules, state, decision);
  const title = code === null ? '' : textOf(decision.title);
  switch (code) {
    case null:
      return null;
    case 'game-over':
      return reject(code, 'The game is over.');
    case 'already-taken':
      return decision.once && own(state.taken, decision.id) !== undefined && !state.thisTurn.includes(decision.id)
        ? reject(code, `"${title}" can be taken only once.`)
        : reject(code, `"${title}" is already taken this turn.`);
    case 'on-cooldown': {
      const taken = own(state.taken, decision.id) ?? [];
      const wait = (taken[taken.length - 1] as number) + decision.cooldown + 1 - state.turn;
      return reject(code, `"${title}" can be taken again in ${wait} turn${wait === 1 ? '' : 's'}.`);
    }
    case 'turn-limit':
      return reject(code, `No more than ${rules.decisionsPerTurn} decisions a turn.`);
    case 'no-capital':
      return reject(code, `"${title}" needs ${decision.cost} diplomatic capital; ${state.capital} left.`);
    case 'choice-pending':
      return reject(code, `Answer "${waitingEvent(rules, state) ?? ''}" before deciding anything else.`);
    default: {
      const needs = unmetNeeds(rules, state, decision.available);
      return reject(code, `"${title}" is not possible now: ${needs.length > 0 ? needs.join('; ') : 'its condition does not hold'}.`);
    }
  }
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
