// What a player sees in the terminal: the state of the world, the news, the decisions with their previews and
// the advisors' counsel, and why numbers moved. Only reads the engine; never decides anything.
import {
  actorMoves,
  advise,
  decisionOptions,
  describeRef,
  INDICATORS,
  preview,
  readinessView,
  readRef,
  STAGES,
  textOf,
  trackBlocker,
  type Cause,
  type GameState,
  type Happening,
} from '../engine/index.ts';
import { own } from '../engine/records.ts';
import { byTurn, newsOf } from '../present/news.ts';
import { printLikely } from './play-goals.ts';
import { printChoicePreview } from './play-preview.ts';
import { printCommitments, printLater } from './play-later.ts';
import { actorName, printItem, printParagraph, printPreview, turnLabel, type Screen } from './play-screen.ts';
import { num, signed, table, shown } from './format.ts';

export { actorName, printItem, printParagraph, printPreview, turnLabel, type Screen } from './play-screen.ts';

export function printTurn(screen: Screen, state: GameState): void {
  const { rules, style, print } = screen;
  print();
  print(style.bold(`=== Turn ${state.turn + 1} of ${rules.calendar.length}: ${turnLabel(rules, state.turn)} ===`));
  printLikely(screen, state);
  printWorld(screen, state);
  printCommitments(screen, state);
  printNews(screen, state);
  printActorMoves(screen, state);
  printOpenDemands(screen, state);
  printDecisions(screen, state);
  printAdvice(screen, state);
  print(style.dim('Type a decision number or id, c N to answer an event (an offer or demand: its option id), e to end the turn, ? for help.'));
}

export function printWorld(screen: Screen, state: GameState): void {
  const { rules, style, print } = screen;
  print();
  print(INDICATORS.map((id) => `${id} ${num(state.indicators[id])}`).join('   '));
  const left = rules.decisionsPerTurn - state.thisTurn.length;
  print(`diplomatic capital ${num(state.capital)} (max ${rules.capital.max}, +${rules.capital.perTurn} a turn); ${left} of ${rules.decisionsPerTurn} decisions left this turn`);
  print();
  print(style.bold('Actors'));
  const rows = rules.actors.map((a) => {
    const s = own(state.actors, a.id);
    return [shown(a.name), a.greatPower ? 'great power' : '', signed(s?.attitude ?? 0), num(s?.trust ?? 0), num(s?.dependence ?? 0)];
  });
  for (const line of table([['actor', '', 'attitude', 'trust', 'dependence'], ...rows], ['left', 'left', 'right', 'right', 'right'])) print(`  ${line}`);
  if (rules.tensions.length > 0) {
    const tensions = rules.tensions.map((t) => `${actorName(rules, t.a)}-${actorName(rules, t.b)} ${num(readRef(rules, state, { kind: 'tension', a: t.a, b: t.b }))}`);
    printItem(screen, 'tensions: ', tensions.join(', '));
  }
  for (const def of rules.tracks) {
    const track = own(state.tracks, def.id);
    if (!track) continue;
    const stage = STAGES[track.stage] ?? String(track.stage);
    // a band unless the parties were sounded out (exact for a few turns) or the game is over
    const readiness = def.parties.map((p) => {
      const view = readinessView(rules, state, def.id, p);
      const exact = state.status === 'ended' ? (own(track.readiness, p) ?? 0) : view.exact;
      return `${actorName(rules, p)} ${view.band}${exact === null ? '' : ` (${num(exact)})`}`;
    }).join(', ');
    const blocker = trackBlocker(rules, state, def.id);
    print();
    print(`${style.bold(shown(def.name))}: stage ${stage} (${track.stage} of ${STAGES.length - 1}), progress ${num(track.progress)} of 100, conflict cost ${num(track.cost)}`);
    print(`  readiness: ${shown(readiness)}; ${blocker ? `held back: ${shown(blocker)}` : track.stage >= STAGES.length - 1 ? 'settled' : 'ready for the next stage'}`);
  }
}

/** The events that fired this turn; those waiting for an answer show their options and what each may do. */
export function printNews(screen: Screen, state: GameState): void {
  const { rules, style, print } = screen;
  const news = rules.events.filter((e) => own(state.fired, e.id) === state.turn);
  if (news.length === 0) return;
  print();
  print(style.bold('News this turn'));
  for (const event of news) {
    const waiting = state.pending.includes(event.id);
    print(`* ${shown(event.title)}${waiting ? ' (waiting for your answer)' : ''}`);
    printParagraph(screen, event.text, '    ');
    if (waiting) printOptions(screen, state, event.id);
  }
}

/** The first event waiting for an answer, again, after a move (the news may have scrolled away). */
export function printWaiting(screen: Screen, state: GameState): void {
  const first = screen.rules.events.find((e) => e.id === state.pending[0]);
  if (!first) return;
  screen.print(`Waiting for your answer: ${shown(first.title)}`);
  printOptions(screen, state, first.id);
}

/**
 * An event's options with their previews. `c N` answers the first waiting event, so only its options are
 * numbered; any waiting event can be answered by an option's id.
 */
function printOptions(screen: Screen, state: GameState, eventId: string): void {
  const event = screen.rules.events.find((e) => e.id === eventId);
  if (!event) return;
  const first = state.pending[0] === eventId;
  if (!first) screen.print('    (answer it by an option id, or with c N once the event before it is answered)');
  event.choices.forEach((choice, i) => {
    screen.print(`    ${first ? `c ${i + 1}.` : '-'} ${shown(choice.label)} [${shown(choice.id)}]${choice.neutral ? ', valued by all sides' : ''}`);
    if (choice.text) printParagraph(screen, choice.text, '         ');
    printChoicePreview(screen, state, { event: event.id, option: choice.id }, '         ');
    printLater(screen, state, { event: event.id, option: choice.id }, '         ');
  });
}

// The powers' own moves: what each did at the end of the last turn, and the offers and demands waiting for an
// answer, with the last turn to answer and each option (answered by its id, like a waiting event's).

/** What each power did at the end of the last turn, in the news's words. */
export function printActorMoves(screen: Screen, state: GameState): void {
  const done = [...actorMoves(screen.rules).values()].filter((e) => own(state.fired, e.move.id) === state.turn - 1);
  if (done.length === 0) return;
  screen.print();
  screen.print(screen.style.bold('What the powers did'));
  for (const { actor, move } of done) {
    screen.print(`* ${shown(`${textOf(actor.name)}: ${textOf(move.title)}`)}`);
    printParagraph(screen, move.text, '    ');
  }
}

/** The offers and demands waiting for an answer: the last turn to answer, and each option with its preview. */
export function printOpenDemands(screen: Screen, state: GameState): void {
  const moves = actorMoves(screen.rules);
  if (state.openDemands.length === 0) return;
  screen.print();
  screen.print(screen.style.bold('Waiting for your answer (this does not hold up the end of the turn)'));
  for (const open of state.openDemands) {
    const entry = moves.get(open.id);
    if (!entry) continue;
    const { actor, move } = entry;
    screen.print(`* ${shown(`${textOf(actor.name)}: ${textOf(move.title)}`)} (${move.kind}; answer by ${turnLabel(screen.rules, open.due)})`);
    printParagraph(screen, move.text, '    ');
    for (const option of move.options) {
      screen.print(`    - ${shown(option.label)} [${shown(option.id)}]${option.neutral ? ', valued by all sides' : ''}`);
      printChoicePreview(screen, state, { event: move.id, option: option.id }, '         ');
      printLater(screen, state, { event: move.id, option: option.id }, '         ');
    }
    if (move.ignored.length > 0) screen.print(`    If ignored: ${shown(move.ignoredText ?? 'it costs you')}`);
  }
}

export function printDecisions(screen: Screen, state: GameState): void {
  const { rules, style, print } = screen;
  print();
  print(style.bold('Decisions'));
  const options = decisionOptions(rules, state);
  // while an event waits, the decisions are shown as they will be once it is answered, under the engine's reason
  const waiting = options.find((o) => o.why?.code === 'choice-pending')?.why;
  if (waiting) print(style.dim(`  ${shown(waiting.message)}`));
  options.forEach((option, i) => {
    const { def } = option;
    const cost = def.cost > 0 ? `cost ${def.cost}` : 'free';
    if (!option.available && option.why?.code !== 'choice-pending') {
      print(style.dim(`  ${i + 1}. ${shown(def.title)} [${shown(def.id)}], ${cost}: not now: ${shown(option.why?.message ?? 'not available')}`));
      return;
    }
    print(`  ${i + 1}. ${shown(def.title)} [${shown(def.id)}], ${cost}${def.neutral ? ', valued by all sides' : ''}`);
    printParagraph(screen, def.text, '       ');
    printChoicePreview(screen, state, { decision: def.id }, '       ');
    printLater(screen, state, { decision: def.id }, '       ');
  });
}

export function printAdvice(screen: Screen, state: GameState): void {
  const { rules, style, print } = screen;
  const advice = advise(rules, state);
  if (advice.length === 0) return;
  print();
  print(style.bold('Advisors'));
  let advisor: string | null = null;
  for (const a of advice) {
    if (a.advisor.id !== advisor) {
      advisor = a.advisor.id;
      printItem(screen, '', `${textOf(a.advisor.name)} (${textOf(a.advisor.role)}) recommends:`);
    }
    // numbered as the decisions are listed (see printDecisions)
    const n = decisionOptions(rules, state).findIndex((o) => o.def.id === a.decision.id) + 1;
    printItem(screen, `${n}. `, `${textOf(a.decision.title)}: ${textOf(a.why)}`, '    ');
  }
}

/** "Russia's attitude -3.2 -> 14.8 (Russia resents a move toward the United States (tension 60))" */
export function causeLine(screen: Screen, cause: Cause): string {
  const delta = screen.style.change(signed(cause.delta), cause.delta);
  return `${shown(describeRef(screen.rules, cause.target))} ${delta} -> ${num(cause.value)} (${shown(cause.reason)})`;
}

/**
 * What a move did: how the powers reacted, a talks' new stage, and every number that moved, its changes grouped
 * and summed by cause ("economy -6 -> 46.1 (-2.4 Russia: holds…; -1 The sanctions take effect; …)"). Events and
 * the powers' moves are the next turn's news (printNews, printActorMoves), so they are not told twice here.
 */
export function printHappened(screen: Screen, happened: readonly Happening[], heading?: (turn: number) => string): void {
  const { print, style } = screen;
  for (const segment of byTurn(happened)) {
    const news = newsOf(screen.rules, segment);
    const told = news.headlines.filter((h) => h.kind === 'reaction' || h.kind === 'stage');
    if (told.length === 0 && news.why.length === 0) continue;
    const turn = segment.find((h) => h.kind === 'cause')?.cause.turn ?? segment.find((h) => h.kind === 'turn')?.turn;
    if (heading && turn !== undefined) print(style.bold(heading(turn)));
    for (const h of told) print(`  ${h.kind === 'reaction' ? 'Reaction' : 'The talks'}: ${shown(h.title)}`);
    for (const line of news.why) {
      const change = style.change(signed(line.total), line.total);
      const why = line.parts.length === 1 ? (line.parts[0]?.reason ?? '') : line.parts.map((p) => `${p.change} ${p.reason}`).join('; ');
      print(`  ${shown(line.subject)} ${change} -> ${num(line.value)} (${shown(why)})`);
    }
  }
}
