// Decision strategies for headless play: how the simulator stands in for a player. `balanced` and `aligned`
// judge moves only by their previews (expected values), never by peeking at the generator; `search` imagines
// futures on copies of the game with chance of its own (strategies/search.ts). docs/strategies.md says what
// each one does and what it maximises.
import { actorMoves } from './demands.ts';
import { lookup } from './lookup.ts';
import { decisionRefusal } from './rejections.ts';
import { previewValues, type PreviewSubject, type PreviewValue } from './preview.ts';
import type { Rng } from './rng.ts';
import type { GameState, Move, Rules } from './types.ts';
import { own } from './records.ts';
import { onlyMove } from './strategies/only.ts';
import { passiveMove } from './strategies/passive.ts';
import { SEARCH_BUDGET, searchMove } from './strategies/search.ts';

export type Strategy =
  | { readonly kind: 'random' }
  | { readonly kind: 'historical' }
  | { readonly kind: 'balanced' }
  | { readonly kind: 'aligned'; readonly actor: string }
  | { readonly kind: 'passive' }
  | { readonly kind: 'only'; readonly decisions: readonly string[] }
  | { readonly kind: 'search' };

/** The strategies' forms, as `--strategy` takes them. */
export const STRATEGY_FORMS = ['random', 'historical', 'balanced', 'aligned:ACTOR', 'passive', 'only:ID[,ID...]', 'search'] as const;

const ID = '[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*';

export function parseStrategy(text: string): Strategy | null {
  if (text === 'random' || text === 'historical' || text === 'balanced' || text === 'passive' || text === 'search') return { kind: text };
  const aligned = new RegExp(`^aligned:(${ID})$`).exec(text);
  if (aligned) return { kind: 'aligned', actor: aligned[1] as string };
  const only = new RegExp(`^only:(${ID}(?:,${ID})*)$`).exec(text);
  return only ? { kind: 'only', decisions: [...new Set((only[1] as string).split(','))] } : null;
}

export function strategyName(strategy: Strategy): string {
  if (strategy.kind === 'aligned') return `aligned:${strategy.actor}`;
  return strategy.kind === 'only' ? `only:${strategy.decisions.join(',')}` : strategy.kind;
}

/** The seed of a strategy's own chance in a game seeded `seed`: its whims, or its imagined futures. */
export function strategySeed(seed: string): string {
  return `${seed}/strategy`;
}

/**
 * The strategy's next move. `refused` holds the keys (see moveKey) of moves the engine refused this turn, so
 * that a strategy never proposes the same refused move twice.
 */
export function nextMove(rules: Rules, state: GameState, strategy: Strategy, rng: Rng, refused: ReadonlySet<string>): Move {
  const pending = state.pending[0];
  if (pending !== undefined) {
    if (strategy.kind === 'search' && SEARCH_BUDGET.answers) return searchMove(rules, state, strategySeed(state.seed), answers(rules, state, pending, refused), rolloutPolicy(rules), moveKey);
    return answer(rules, state, strategy, rng, pending, refused);
  }
  // the actors' offers and demands are answered as events are, before deciding
  for (const demand of state.openDemands) {
    const options = optionsOf(rules, demand.id).filter((id) => !refused.has(`${demand.id}/${id}`));
    if (options.length > 0) return answer(rules, state, strategy, rng, demand.id, refused);
  }
  const open: string[] = [];
  for (const def of rules.decisions) {
    if (!refused.has(def.id) && decisionRefusal(rules, state, def) === null) open.push(def.id);
  }
  switch (strategy.kind) {
    case 'passive':
      return passiveMove();
    case 'only':
      return onlyMove(strategy.decisions, open);
    case 'search':
      return searchMove(rules, state, strategySeed(state.seed), searchCandidates(rules, state, open), rolloutPolicy(rules), moveKey);
    case 'random': {
      // End the turn with a chance that leaves room for every number of decisions from none to the limit.
      if (open.length === 0 || rng.next() < 1 / (rules.decisionsPerTurn + 1)) return { type: 'end-turn' };
      return { type: 'decide', decision: open[Math.floor(rng.next() * open.length)] as string };
    }
    case 'historical': {
      const entry = rules.history.find((h) => h.turn === state.turn);
      const next = entry?.decisions.find((d) => open.includes(d) && !state.thisTurn.includes(d));
      return next ? { type: 'decide', decision: next } : { type: 'end-turn' };
    }
    case 'balanced':
    case 'aligned': {
      let best: { id: string; gain: number } | null = null;
      for (const id of open) {
        const gain = gainOf(rules, state, strategy, previewValues(rules, state, { decision: id }));
        if (gain > 0 && (!best || gain > best.gain)) best = { id, gain };
      }
      return best ? { type: 'decide', decision: best.id } : { type: 'end-turn' };
    }
  }
}

const BALANCED: Strategy = { kind: 'balanced' };

/** What a rollout plays after the searched move: the balanced player, which needs no chance of its own. */
function rolloutPolicy(rules: Rules): (state: GameState, refused: ReadonlySet<string>) => Move {
  const noChance: Rng = {
    next: () => {
      throw new Error('the balanced player draws no numbers');
    },
  };
  return (state, refused) => nextMove(rules, state, BALANCED, noChance, refused);
}

/** Ending the turn, then the open decisions the balanced player rates highest, as many as the search affords. */
function searchCandidates(rules: Rules, state: GameState, open: readonly string[]): Move[] {
  const rated = open.map((id) => ({ id, gain: gainOf(rules, state, BALANCED, previewValues(rules, state, { decision: id })) }));
  rated.sort((a, b) => b.gain - a.gain);
  return [{ type: 'end-turn' }, ...rated.slice(0, SEARCH_BUDGET.decisions).map(({ id }): Move => ({ type: 'decide', decision: id }))];
}

/** The answers still open to a waiting event; with none, the turn's end (which the engine then refuses). */
function answers(rules: Rules, state: GameState, eventId: string, refused: ReadonlySet<string>): Move[] {
  const event = lookup(rules).event.get(eventId);
  const options = (event?.choices ?? []).map((c) => c.id).filter((id) => !refused.has(`${eventId}/${id}`));
  return options.length === 0 ? [{ type: 'end-turn' }] : options.map((option): Move => ({ type: 'choose', event: eventId, option }));
}

export function moveKey(move: Move): string {
  return move.type === 'decide' ? move.decision : move.type === 'choose' ? `${move.event}/${move.option}` : 'end-turn';
}

function answer(rules: Rules, state: GameState, strategy: Strategy, rng: Rng, eventId: string, refused: ReadonlySet<string>): Move {
  const options = optionsOf(rules, eventId).filter((id) => !refused.has(`${eventId}/${id}`));
  const choose = (option: string): Move => ({ type: 'choose', event: eventId, option });
  if (options.length === 0) return { type: 'end-turn' };
  if (strategy.kind === 'random') return choose(options[Math.floor(rng.next() * options.length)] as string);
  if (strategy.kind === 'historical') {
    const choices = rules.history.find((h) => h.turn === state.turn)?.choices;
    const recorded = choices ? own(choices, eventId) : undefined;
    if (recorded !== undefined && options.includes(recorded)) return choose(recorded);
  }
  // Unrecorded choices in the historical line, and every choice of the players who judge no decisions by
  // previews, are answered as a balanced player would.
  const judge: Strategy = strategy.kind === 'aligned' ? strategy : BALANCED;
  let best = options[0] as string;
  let bestGain = -Infinity;
  for (const option of options) {
    const subject: PreviewSubject = { event: eventId, option };
    const gain = gainOf(rules, state, judge, previewValues(rules, state, subject));
    if (gain > bestGain) {
      best = option;
      bestGain = gain;
    }
  }
  return choose(best);
}

/** The option ids of an event, or of an actor's offer or demand. */
function optionsOf(rules: Rules, id: string): string[] {
  const choices = lookup(rules).event.get(id)?.choices ?? actorMoves(rules).get(id)?.move.options ?? [];
  return choices.map((c) => c.id);
}

/** How much better off a move's expected effects leave Kazakhstan, as the strategy sees it. */
function gainOf(rules: Rules, state: GameState, strategy: Strategy, lines: readonly PreviewValue[]): number {
  // the attitude changes by actor, in the order the lines name them: two short lists rather than a Map, which
  // V8 makes with a hash table (a balanced game judges every open move on every move; a move names few actors)
  const changed: string[] = [];
  const changes: number[] = [];
  const attitudeOf = (id: string): number => {
    const at = changed.indexOf(id);
    return at < 0 ? 0 : (changes[at] as number);
  };
  let indicators = 0;
  let mediation = 0;
  for (const line of lines) {
    const t = line.target;
    if (t.kind === 'attitude') {
      const at = changed.indexOf(t.actor);
      if (at < 0) {
        changed.push(t.actor);
        changes.push(0 + line.expected);
      } else changes[at] = (changes[at] as number) + line.expected;
    } else if (t.kind === 'indicator') indicators += line.expected;
    else if (t.kind === 'progress' || t.kind === 'readiness') mediation += line.expected;
    else if (t.kind === 'trust') mediation += line.expected / 2;
  }
  if (strategy.kind === 'aligned') {
    return attitudeOf(strategy.actor) + 0.1 * indicators;
  }
  // Balanced: raise the least content great power, keep the powers close together, and mind the country.
  // Worth of a set of attitudes: the least, less half the spread between least and most (0 for none).
  const powers = lookup(rules).greatPowerIds;
  let nowLeast = Infinity;
  let nowMost = -Infinity;
  let afterLeast = Infinity;
  let afterMost = -Infinity;
  for (const id of powers) {
    const now = own(state.actors, id)?.attitude ?? 0;
    const after = now + attitudeOf(id);
    nowLeast = Math.min(nowLeast, now);
    nowMost = Math.max(nowMost, now);
    afterLeast = Math.min(afterLeast, after);
    afterMost = Math.max(afterMost, after);
  }
  const worthNow = powers.length === 0 ? 0 : nowLeast - 0.5 * (nowMost - nowLeast);
  const worthAfter = powers.length === 0 ? 0 : afterLeast - 0.5 * (afterMost - afterLeast);
  let others = 0;
  for (let i = 0; i < changed.length; i++) if (!powers.includes(changed[i] as string)) others += changes[i] as number;
  return worthAfter - worthNow + 0.1 * others + 0.5 * indicators + 0.15 * mediation;
}
