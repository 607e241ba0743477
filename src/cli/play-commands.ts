// The player's typed commands: what each line means, and `why X`, which reads the cause ledger.
import { causesOf, decisionOptions, describeRef, INDICATORS, textOf, type GameState, type Move, type Ref, type Rules } from '../engine/index.ts';
import { didYouMean, shown } from './format.ts';
import { demandAnswer, demandOptionIds } from './play-demands.ts';
import { causeLine, turnLabel, type Screen } from './play-view.ts';

export type Command =
  | { readonly kind: 'nothing' | 'help' | 'look' | 'goals' | 'quit' }
  | { readonly kind: 'why'; readonly subject: string }
  | { readonly kind: 'save'; readonly file: string }
  | { readonly kind: 'move'; readonly move: Move }
  | { readonly kind: 'problem'; readonly message: string };

export const HELP = `Commands:
  N or ID        take decision number N, or a decision or an event's (or a power's offer's or demand's)
                 option by its id (3, host-talks);
                 an id that is also a command below is taken by its number, or with c ID
  c N, c ID      answer the first waiting event with its option N, or with the option of that id
  e, end         end the turn: the world reacts, and you see what changed and why
  l, look        show the turn again
  g, goals       what wins and what loses, how close the game is, and the score
  why ACTOR      what moved this actor's attitude, trust and dependence, and why (why russia)
  why NUMBER     what moved an indicator, capital or a mediation track (why economy, why capital)
  save FILE      write the game to a save file (multivector replay FILE checks it)
  q, quit        leave the game
  ?, help        this help`;

const WORDS = ['help', 'look', 'goals', 'end', 'quit', 'why', 'save'];
const problem = (message: string): Command => ({ kind: 'problem', message });

/**
 * The commands come first, so a scenario cannot take them over: a decision called `quit` is taken by its
 * number, an option called `help` with `c help`. Then an exact id, before the answer form `c…`, so that
 * `csto-exercise` is a decision, not the answer `c sto-exercise`.
 */
export function parseCommand(rules: Rules, state: GameState, line: string): Command {
  const text = line.trim();
  const [first = '', ...restWords] = text.split(/\s+/);
  const word = first.toLowerCase();
  const rest = text.slice(first.length).trim();
  if (word === '') return { kind: 'nothing' };
  if (['?', 'h', 'help'].includes(word)) return { kind: 'help' };
  if (['l', 'look'].includes(word)) return { kind: 'look' };
  if (['g', 'goals'].includes(word)) return { kind: 'goals' };
  if (['q', 'quit', 'exit'].includes(word)) return { kind: 'quit' };
  if (['e', 'end'].includes(word) && rest === '') return { kind: 'move', move: { type: 'end-turn' } };
  if (word === 'why') return rest ? { kind: 'why', subject: rest } : problem('Why what? Try: why russia, why economy, why capital.');
  if (word === 'save') return rest ? { kind: 'save', file: rest } : problem('Save to which file? Try: save my-game.json');
  const byId = restWords.length === 0 ? moveById(rules, state, word) : null;
  if (byId) return byId;
  // `c 2`, `c2` or `c back-baku`: an option's id needs the space, so that `consult-beijing` is never `c onsult-beijing`
  const choice = /^c(?:\s+(\S+)|(\d+))$/i.exec(text);
  if (choice) return answer(rules, state, choice[1] ?? choice[2] ?? '');
  if (/^\d+$/.test(text)) {
    // numbered as printed: the decisions shown this turn (see decisionOptions), not every decision in the file
    const shown = decisionOptions(rules, state);
    const def = shown[Number(text) - 1]?.def;
    return def ? decide(def.id) : problem(`There is no decision ${text}; they are numbered 1 to ${shown.length}.`);
  }
  const known = [...WORDS, ...rules.decisions.map((d) => d.id), ...pendingEvents(rules, state).flatMap((e) => e.choices.map((c) => c.id)), ...demandOptionIds(rules, state)];
  return problem(`Unknown command '${text}'${didYouMean(word, known)}. Type ? for help.`);
}

const decide = (decision: string): Command => ({ kind: 'move', move: { type: 'decide', decision } });

/** A decision's id, or the id of an option of a waiting event. */
function moveById(rules: Rules, state: GameState, id: string): Command | null {
  if (rules.decisions.some((d) => d.id === id)) return decide(id);
  const event = pendingEvents(rules, state).find((e) => e.choices.some((c) => c.id === id));
  if (event) return { kind: 'move', move: { type: 'choose', event: event.id, option: id } };
  // an open offer's or demand's option, answered like an event's
  const demand = demandAnswer(rules, state, id);
  return demand ? { kind: 'move', move: { type: 'choose', ...demand } } : null;
}

function pendingEvents(rules: Rules, state: GameState) {
  return state.pending.flatMap((id) => rules.events.filter((e) => e.id === id));
}

/** `c N` or `c OPTION` answers the first waiting event. */
function answer(rules: Rules, state: GameState, which: string): Command {
  const event = pendingEvents(rules, state)[0];
  if (!event) return problem('No event is waiting for an answer.');
  const byNumber = /^\d+$/.test(which) ? event.choices[Number(which) - 1] : undefined;
  const option = byNumber ?? event.choices.find((c) => c.id === which.toLowerCase());
  if (!option) {
    const ids = event.choices.map((c) => c.id);
    return problem(`"${textOf(event.title)}" has options 1 to ${ids.length} (${ids.join(', ')}), not '${which}'${didYouMean(which, ids)}.`);
  }
  return { kind: 'move', move: { type: 'choose', event: event.id, option: option.id } };
}

/** How many of a number's latest changes `why` shows. */
const RECENT = 8;

export function printWhy(screen: Screen, state: GameState, subject: string): void {
  const { rules, print } = screen;
  const refs = refsFor(rules, subject.toLowerCase());
  if (!refs) {
    const names = [...INDICATORS, 'capital', ...rules.actors.map((a) => a.id), ...rules.tracks.map((t) => t.id)];
    print(shown(`Nothing here is called '${subject}'${didYouMean(subject, names)}. Try why ACTOR (${rules.actors.map((a) => a.id).join(', ')}) or why economy.`));
    return;
  }
  for (const ref of refs) {
    const causes = causesOf(state, ref);
    print(`${shown(describeRef(rules, ref))}: ${causes.length === 0 ? 'no change yet' : `the latest ${Math.min(causes.length, RECENT)} of ${causes.length} changes`}`);
    for (const cause of causes.slice(-RECENT)) print(`  turn ${cause.turn + 1} (${turnLabel(rules, cause.turn)}): ${causeLine(screen, cause)}`);
  }
}

function refsFor(rules: Rules, name: string): Ref[] | null {
  const indicator = INDICATORS.find((i) => i === name);
  if (indicator) return [{ kind: 'indicator', indicator }];
  if (name === 'capital') return [{ kind: 'capital' }];
  const actor = rules.actors.find((a) => a.id === name || textOf(a.name).toLowerCase() === name);
  if (actor) {
    return [
      { kind: 'attitude', actor: actor.id },
      { kind: 'trust', actor: actor.id },
      { kind: 'dependence', actor: actor.id },
    ];
  }
  const track = rules.tracks.find((t) => t.id === name || textOf(t.name).toLowerCase() === name);
  if (track) {
    return [
      { kind: 'stage', track: track.id },
      { kind: 'progress', track: track.id },
      ...track.parties.map((actor): Ref => ({ kind: 'readiness', track: track.id, actor })),
    ];
  }
  return null;
}
