// The player's typed commands: what each line means, and `why X`, which reads the cause ledger.
import { causesOf, describeRef, INDICATORS, type GameState, type Move, type Ref, type Rules } from '../engine/index.ts';
import { didYouMean, shown } from './format.ts';
import { causeLine, turnLabel, type Screen } from './play-view.ts';

export type Command =
  | { readonly kind: 'nothing' | 'help' | 'look' | 'quit' }
  | { readonly kind: 'why'; readonly subject: string }
  | { readonly kind: 'save'; readonly file: string }
  | { readonly kind: 'move'; readonly move: Move }
  | { readonly kind: 'problem'; readonly message: string };

export const HELP = `Commands:
  N or ID        take decision number N (or by its id), like 3 or host-talks
  c N or ID      answer the waiting event with its option N (or by the option's id)
  e, end         end the turn: the world reacts, and you see what changed and why
  l, look        show the turn again
  why ACTOR      what moved this actor's attitude, trust and dependence, and why (why russia)
  why NUMBER     what moved an indicator, capital or a mediation track (why economy, why capital)
  save FILE      write the game to a save file (multivector replay FILE checks it)
  q, quit        leave the game
  ?, help        this help`;

const WORDS = ['help', 'look', 'end', 'quit', 'why', 'save'];
const problem = (message: string): Command => ({ kind: 'problem', message });

export function parseCommand(rules: Rules, state: GameState, line: string): Command {
  const text = line.trim();
  const [first = '', ...restWords] = text.split(/\s+/);
  const word = first.toLowerCase();
  const rest = text.slice(first.length).trim();
  if (word === '') return { kind: 'nothing' };
  if (['?', 'h', 'help'].includes(word)) return { kind: 'help' };
  if (['l', 'look'].includes(word)) return { kind: 'look' };
  if (['q', 'quit', 'exit'].includes(word)) return { kind: 'quit' };
  if (['e', 'end'].includes(word) && rest === '') return { kind: 'move', move: { type: 'end-turn' } };
  if (word === 'why') return rest ? { kind: 'why', subject: rest } : problem('Why what? Try: why russia, why economy, why capital.');
  if (word === 'save') return rest ? { kind: 'save', file: rest } : problem('Save to which file? Try: save my-game.json');
  const choice = /^c\s*(\S+)$/i.exec(text);
  if (choice) return answer(rules, state, choice[1] as string);
  if (/^\d+$/.test(text)) {
    const def = rules.decisions[Number(text) - 1];
    return def ? decide(def.id) : problem(`There is no decision ${text}; they are numbered 1 to ${rules.decisions.length}.`);
  }
  if (restWords.length === 0) {
    if (rules.decisions.some((d) => d.id === word)) return decide(word);
    const event = pendingEvents(rules, state).find((e) => e.choices.some((c) => c.id === word));
    if (event) return { kind: 'move', move: { type: 'choose', event: event.id, option: word } };
  }
  const known = [...WORDS, ...rules.decisions.map((d) => d.id), ...pendingEvents(rules, state).flatMap((e) => e.choices.map((c) => c.id))];
  return problem(`Unknown command '${text}'${didYouMean(word, known)}. Type ? for help.`);
}

const decide = (decision: string): Command => ({ kind: 'move', move: { type: 'decide', decision } });

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
    return problem(`"${shown(event.title)}" has options 1 to ${ids.length} (${ids.join(', ')}), not '${which}'${didYouMean(which, ids)}.`);
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
  const actor = rules.actors.find((a) => a.id === name || shown(a.name).toLowerCase() === name);
  if (actor) {
    return [
      { kind: 'attitude', actor: actor.id },
      { kind: 'trust', actor: actor.id },
      { kind: 'dependence', actor: actor.id },
    ];
  }
  const track = rules.tracks.find((t) => t.id === name || shown(t.name).toLowerCase() === name);
  if (track) {
    return [
      { kind: 'stage', track: track.id },
      { kind: 'progress', track: track.id },
      ...track.parties.map((actor): Ref => ({ kind: 'readiness', track: track.id, actor })),
    ];
  }
  return null;
}
