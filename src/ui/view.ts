// The DOM over the canvas: menu, briefing, the turn, event dialogs, the ending and its debrief. Reads the engine,
// sends moves through the session; decides nothing itself.
import {
  actorMoves,
  advise,
  decisionOptions,
  describeRef,
  DIFFICULTIES,
  fingerprint,
  INDICATORS,
  readRef,
  SAVE_LIMITS,
  STAGES,
  textOf,
  trackBlocker,
  type Difficulty,
  type GameState,
  type Move,
  type Rules,
} from '../engine/index.ts';
import { own } from '../engine/records.ts';
import { debriefCharts } from './charts.ts';
import { button, el, paragraphs } from './dom.ts';
import { num, signed } from './format.ts';
import { demandsView } from './demands-view.ts';
import { goalsPanel } from './goals-view.ts';
import { choicePreview } from './preview-view.ts';
import { commitmentsView, laterView } from './later-view.ts';
import { MAP_KEY } from './map-key.ts';
import { newsAnnouncement, newsSection } from './news-view.ts';
import type { Scenario, ScenarioProblem } from './scenarios.ts';
import type { Session } from './session.ts';
import { leversView, readinessWords } from './standing-view.ts';

export interface Actions {
  newGame(scenario: Scenario, difficulty: Difficulty): void;
  continueGame(): void;
  /** start the game the address names (offered when a damaged save or another game in progress stood in its way) */
  playLinked(): void;
  /** the answers to the question asked before an unfinished game is replaced (replacing.ts) */
  replaceGame(): void;
  keepGame(): void;
  begin(): void;
  move(move: Move): void;
  toMenu(): void;
  /** the game in progress: the one on screen, or else the one saved in this browser */
  exportSave(): void;
  /** the text of a save file the player opened */
  importSave(text: string): void;
  /** a save file the player opened that could not be read at all */
  refuseSave(message: string): void;
  /** the save the page could not restore, as it was */
  exportSetAside(): void;
  deleteSetAside(): void;
}

export function turnLabel(rules: Rules, turn: number): string {
  const entry = rules.calendar[turn];
  return entry ? textOf(entry.label) : `turn ${turn + 1}`;
}

export function actorName(rules: Rules, id: string): string {
  const actor = rules.actors.find((a) => a.id === id);
  return actor ? textOf(actor.name) : id;
}

/** Words for a sign, so colour is never the only carrier. */
function trend(value: number): string {
  return value > 0 ? 'up' : value < 0 ? 'down' : 'level';
}

/** Difficulty is the world's volatility, never hidden cheating: what each one does, in a player's words. */
const DIFFICULTY_HINTS: Record<Difficulty, string> = {
  calm: 'fewer random events, smaller swings, levers pulled less often',
  tense: 'the world as the scenario sets it',
  volatile: 'more random events, wider swings, levers pulled more often',
};

export function menuView(
  scenarios: readonly Scenario[],
  problems: readonly ScenarioProblem[],
  saved: { title: string; turn: number; kept: boolean } | null,
  actions: Actions,
): HTMLElement {
  let difficulty: Difficulty = 'tense';
  const radios = DIFFICULTIES.map((d) => {
    const input = el('input', { type: 'radio', name: 'difficulty', value: d, id: `difficulty-${d}` });
    input.checked = d === difficulty;
    input.addEventListener('change', () => (difficulty = d));
    return el('label', { for: `difficulty-${d}`, class: 'radio' }, input, ` ${d}`, el('span', { class: 'hint' }, DIFFICULTY_HINTS[d]));
  });
  return el(
    'section',
    { class: 'page', 'aria-labelledby': 'menu-title' },
    el('h1', { id: 'menu-title' }, 'Multivector'),
    el('p', {}, "Kazakhstan's multi-vector foreign policy: keep every great power close enough, and none too close."),
    saved
      ? el('div', { class: 'card' }, el('p', {}, `${saved.kept ? 'A saved game' : 'A game this browser has not saved'}: ${saved.title}, turn ${saved.turn + 1}.`), button('Continue', () => actions.continueGame(), { 'aria-label': `Continue ${saved.title}` }))
      : null,
    el('fieldset', { class: 'difficulty' }, el('legend', {}, 'Difficulty'), radios),
    importControl(actions),
    el('h2', {}, 'Scenarios'),
    el(
      'ul',
      { class: 'scenarios' },
      scenarios.map((s) =>
        el(
          'li',
          { class: 'card' },
          el('h3', {}, textOf(s.rules.title)),
          el('p', { class: 'meta' }, `${textOf(s.source.period)} · ${s.rules.calendar.length} turns`),
          paragraphs(textOf(s.source.summary)),
          button('New game', () => actions.newGame(s, difficulty), { 'aria-label': `New game: ${textOf(s.rules.title)}`, 'data-scenario': s.rules.id }),
        ),
      ),
    ),
    problems.length > 0 ? el('p', { role: 'note' }, `Not loaded: ${problems.map((p) => `${p.file} (${p.message})`).join('; ')}`) : null,
  );
}

/** Open a save file (the format `multivector replay` checks) to continue it or to review its debrief. */
function importControl(actions: Actions): HTMLElement {
  const input = el('input', { type: 'file', id: 'import-save', accept: '.json,application/json' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    // the same file can be chosen again, after "No, keep it" to the question it raised
    input.value = '';
    // no character takes more than 4 bytes: a file this large is refused before it is read
    if (file.size > SAVE_LIMITS.characters * 4) return actions.refuseSave(`The file is ${file.size} bytes long; a save is at most ${SAVE_LIMITS.characters} characters.`);
    void file.text().then(
      (text) => actions.importSave(text),
      () => actions.refuseSave('The file could not be read.'),
    );
  });
  return el('p', { class: 'import' }, el('label', { for: 'import-save' }, 'Open a save file: '), input);
}

export function briefingView(session: Session, actions: Actions): HTMLElement {
  const { rules, source } = session.scenario;
  return el(
    'section',
    { class: 'page', 'aria-labelledby': 'briefing-title' },
    el('h1', { id: 'briefing-title' }, `Briefing: ${textOf(rules.title)}`),
    el('p', { class: 'meta' }, `${textOf(source.period)} · ${rules.calendar.length} turns · seed "${session.state.seed}" · difficulty ${session.state.difficulty}`),
    paragraphs(textOf(source.summary)),
    el('h2', {}, 'The situation'),
    paragraphs(textOf(source.briefing)),
    el('h2', {}, 'Objectives'),
    el('ul', {}, source.objectives.map((o) => el('li', {}, textOf(o)))),
    el('div', { class: 'row' }, button('Begin', () => actions.begin(), { 'data-focus': 'begin' }), button('Back to menu', () => actions.toMenu())),
  );
}

/** A move's preview: what it does now, and when it also does something later, "Now:" and "Later:" (later-view.ts). */
function nowAndLater(list: HTMLElement | null, later: HTMLElement | null): (HTMLElement | null)[] {
  return later ? [list ? el('p', { class: 'later-title' }, 'Now:') : null, list, later] : [list];
}

/** The indicators, capital and turn: always visible over the map. */
export function hudView(session: Session): HTMLElement {
  const { rules } = session.scenario;
  const state = session.state;
  const left = rules.decisionsPerTurn - state.thisTurn.length;
  return el(
    'section',
    { class: 'hud', 'aria-label': 'Kazakhstan' },
    el('h2', { class: 'turn' }, `Turn ${Math.min(state.turn + 1, rules.calendar.length)} of ${rules.calendar.length}: ${turnLabel(rules, state.turn)}`),
    el(
      'ul',
      { class: 'indicators' },
      INDICATORS.map((id) =>
        el('li', {}, el('span', { class: 'name' }, id), ' ', el('meter', { min: '0', max: '100', value: String(state.indicators[id]), 'aria-hidden': 'true' }), ' ', el('strong', {}, num(state.indicators[id]))),
      ),
      el('li', { class: 'capital' }, el('span', { class: 'name' }, 'diplomatic capital'), ' ', el('strong', {}, `${num(state.capital)} / ${rules.capital.max}`), ` (+${rules.capital.perTurn} a turn)`),
      el('li', {}, el('span', { class: 'name' }, 'decisions left'), ' ', el('strong', {}, `${left} of ${rules.decisionsPerTurn}`)),
    ),
  );
}

/** A sentence for screen readers after each move: the turn, then the news's headlines (never the ledger). */
export function announcement(session: Session): string {
  const { rules } = session.scenario;
  if (session.state.status === 'ended') return 'The game is over. The debrief follows.';
  const turn = session.lastMove?.type === 'end-turn' ? `Turn ${session.state.turn + 1}: ${turnLabel(rules, session.state.turn)}.` : '';
  return [turn, newsAnnouncement(rules, session.happened)].filter(Boolean).join(' ');
}

/** The map's key in words, for every screen size (the map's own legend is left out when the map is small). */
function mapKey(): HTMLElement {
  return el('details', { class: 'card map-key' }, el('summary', {}, 'Reading the map'), el('ul', {}, MAP_KEY.map((line) => el('li', {}, line))));
}

/** The actor cards the player has opened, kept open across moves. */
export const openCards = new Set<string>();

export function gameView(session: Session, actions: Actions, refusal: string | null): HTMLElement {
  const { rules } = session.scenario;
  const state = session.state;
  const pending = state.pending.map((id) => rules.events.find((e) => e.id === id)).filter((e) => e !== undefined);
  const blocked = pending.length > 0;

  const dialogs = pending.map((event, i) =>
    el(
      'section',
      { class: 'dialog card', role: 'dialog', 'aria-labelledby': `event-${i}`, 'aria-describedby': `event-${i}-text` },
      el('h2', { id: `event-${i}` }, `Event: ${textOf(event.title)}`),
      el('div', { id: `event-${i}-text` }, paragraphs(textOf(event.text))),
      el(
        'ul',
        { class: 'choices' },
        event.choices.map((choice) =>
          el(
            'li',
            {},
            button(textOf(choice.label), () => actions.move({ type: 'choose', event: event.id, option: choice.id, turn: state.turn }), { 'data-focus': `choice:${event.id}:${choice.id}` }),
            choice.neutral ? el('span', { class: 'tag' }, ' valued by all sides') : null,
            choice.text ? paragraphs(textOf(choice.text)) : null,
            ...nowAndLater(choicePreview(rules, state, { event: event.id, option: choice.id }), laterView(rules, state, { event: event.id, option: choice.id })),
          ),
        ),
      ),
    ),
  );


  const actors = el(
    'table',
    { class: 'actors' },
    el('caption', {}, 'Actors'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'actor'), el('th', { scope: 'col' }, 'attitude'), el('th', { scope: 'col' }, 'trust'), el('th', { scope: 'col' }, 'dependence'))),
    el(
      'tbody',
      {},
      rules.actors.map((a) => {
        const s = own(state.actors, a.id);
        return el(
          'tr',
          {},
          el('th', { scope: 'row' }, textOf(a.name), a.greatPower ? el('span', { class: 'tag' }, ' great power') : null),
          el('td', {}, signed(s?.attitude ?? 0)),
          el('td', {}, num(s?.trust ?? 0)),
          el('td', {}, num(s?.dependence ?? 0)),
        );
      }),
    ),
  );

  const cards = el(
    'div',
    { class: 'cards' },
    rules.actors.map((a) => {
      const moves = state.ledger
        .filter((c) => 'actor' in c.target && c.target.actor === a.id && (c.target.kind === 'attitude' || c.target.kind === 'trust' || c.target.kind === 'dependence'))
        .slice(-8);
      const card = el(
        'details',
        { class: 'card actor-card', 'data-actor': a.id },
        el('summary', {}, `${textOf(a.name)}: interests, levers, and why the relation moved`),
        a.interests.length > 0 ? [el('h3', {}, 'Interests'), el('ul', {}, a.interests.map((i) => el('li', {}, textOf(i))))] : null,
        leversView(rules, state, a.id),
        el('h3', {}, 'How the relation moved'),
        moves.length > 0
          ? el('ul', {}, moves.map((c) => el('li', { class: c.delta > 0 ? 'up' : c.delta < 0 ? 'down' : '' }, `${turnLabel(rules, c.turn)}: ${describeRef(rules, c.target)} ${signed(c.delta)} (${trend(c.delta)}) to ${num(c.value)}: ${c.reason}`)))
          : el('p', {}, 'Not yet moved.'),
      );
      if (openCards.has(a.id)) card.open = true;
      card.addEventListener('toggle', () => (card.open ? openCards.add(a.id) : openCards.delete(a.id)));
      return card;
    }),
  );

  const tensions =
    rules.tensions.length > 0
      ? el('p', { class: 'tensions' }, `Tensions: ${rules.tensions.map((t) => `${actorName(rules, t.a)}–${actorName(rules, t.b)} ${num(readRef(rules, state, { kind: 'tension', a: t.a, b: t.b }))}`).join(', ')}`)
      : null;

  const tracks = rules.tracks.map((def) => {
    const track = own(state.tracks, def.id);
    if (!track) return null;
    const blocker = trackBlocker(rules, state, def.id);
    return el(
      'div',
      { class: 'track card' },
      el('h3', {}, textOf(def.name)),
      el('p', {}, `Stage ${STAGES[track.stage] ?? track.stage} (${track.stage} of ${STAGES.length - 1}), progress ${num(track.progress)} of 100, conflict cost ${num(track.cost)}`),
      el('p', { class: 'readiness' }, readinessWords(rules, state, def)),
      el('p', {}, blocker ? `Held back: ${blocker}` : track.stage >= STAGES.length - 1 ? 'Settled.' : 'Ready for the next stage.'),
    );
  });

  const decisions = el(
    'ol',
    { class: 'decisions' },
    decisionOptions(rules, state).map((option) => {
      const { def } = option;
      const cost = def.cost > 0 ? `cost ${def.cost}` : 'free';
      const label = `${textOf(def.title)} (${cost})`;
      // while an event waits, the decisions stay in view, their buttons disabled until it is answered
      if (!option.available && option.why?.code !== 'choice-pending') {
        return el('li', { class: 'unavailable' }, el('span', { class: 'title' }, textOf(def.title)), ` (${cost}): not now: ${option.why?.message ?? 'not available'}`);
      }
      return el(
        'li',
        {},
        button(label, () => actions.move({ type: 'decide', decision: def.id, turn: state.turn }), { 'data-focus': `decide:${def.id}`, ...(blocked ? { disabled: '' } : {}) }),
        def.neutral ? el('span', { class: 'tag' }, ' valued by all sides') : null,
        paragraphs(textOf(def.text)),
        ...nowAndLater(choicePreview(rules, state, { decision: def.id }), laterView(rules, state, { decision: def.id })),
      );
    }),
  );

  const advice = advise(rules, state);
  const advisors =
    advice.length > 0
      ? el(
          'section',
          { 'aria-labelledby': 'advisors-title' },
          el('h2', { id: 'advisors-title' }, 'Advisors'),
          el('ul', {}, advice.map((a) => el('li', {}, el('strong', {}, `${textOf(a.advisor.name)} (${textOf(a.advisor.role)}): `), `${textOf(a.decision.title)}: ${textOf(a.why)}`))),
        )
      : null;

  return el(
    'section',
    { class: 'panel', 'aria-label': 'The turn' },
    refusal ? el('p', { class: 'refusal', role: 'alert' }, `Refused: ${refusal}`) : null,
    dialogs,
    newsSection(rules, session.happened, session.lastMove),
    demandsView(rules, state, (m) => actions.move(m)),
    goalsPanel(rules, state),
    el(
      'div',
      { class: 'row end-turn' },
      button(endTurnLabel(rules, state), () => actions.move({ type: 'end-turn', turn: state.turn }), { 'data-focus': 'end-turn', ...(blocked ? { disabled: '', 'aria-describedby': 'end-turn-why' } : {}) }),
      blocked ? el('span', { id: 'end-turn-why' }, ' Answer the event first.') : null,
    ),
    commitmentsView(rules, state),
    el('section', { 'aria-labelledby': 'decisions-title' }, el('h2', { id: 'decisions-title' }, 'Decisions'), decisions),
    advisors,
    el('section', { 'aria-labelledby': 'world-title' }, el('h2', { id: 'world-title' }, 'The world'), mapKey(), actors, cards, tensions, tracks),
    el('div', { class: 'row' }, button('Export save', () => actions.exportSave()), button('Back to menu', () => actions.toMenu())),
  );
}

/** "End turn", or "End turn (5 capital unused)" while capital is left and a decision could still spend it. */
function endTurnLabel(rules: Rules, state: GameState): string {
  const spendable = decisionOptions(rules, state).some((o) => o.def.cost > 0 && (o.available || o.why?.code === 'choice-pending'));
  return state.capital > 0 && spendable ? `End turn (${num(state.capital)} capital unused)` : 'End turn';
}

function moveText(rules: Rules, move: Move): string {
  switch (move.type) {
    case 'decide': {
      const def = rules.decisions.find((d) => d.id === move.decision);
      return def ? textOf(def.title) : move.decision;
    }
    case 'choose': {
      const event = rules.events.find((e) => e.id === move.event);
      // an answer to a power's offer or demand is a choice too: named by the power and its move
      const power = event ? undefined : actorMoves(rules).get(move.event);
      const option = (event?.choices ?? power?.move.options)?.find((c) => c.id === move.option);
      const title = event ? textOf(event.title) : power ? `${textOf(power.actor.name)}: ${textOf(power.move.title)}` : move.event;
      return `${title}: ${option ? textOf(option.label) : move.option}`;
    }
    case 'end-turn':
      return '';
  }
}

export function endingView(session: Session, actions: Actions): HTMLElement {
  const { rules, source } = session.scenario;
  const state: GameState = session.state;
  const ending = state.ending;
  const def = ending ? rules.endings.find((e) => e.id === ending.id) : undefined;
  const lastTurn = ending?.turn ?? state.turn;
  const lastHistory = Math.max(-1, ...rules.history.map((h) => h.turn));
  const rows = [];
  for (let turn = 0; turn <= Math.max(lastTurn, lastHistory); turn++) {
    const yours = state.moves.filter((m) => m.turn === turn).map((m) => moveText(rules, m.move)).filter((t) => t !== '');
    const history = rules.history.find((h) => h.turn === turn);
    const theirs = history
      ? [...history.decisions.map((id) => moveText(rules, { type: 'decide', decision: id })), ...Object.entries(history.choices).map(([event, option]) => moveText(rules, { type: 'choose', event, option }))]
      : [];
    rows.push(
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, `Turn ${turn + 1}, ${turnLabel(rules, turn)}`),
        el('td', {}, turn > lastTurn ? '(your game had ended)' : yours.length > 0 ? yours.join('; ') : '(no decisions)'),
        el('td', {}, history ? (theirs.length > 0 ? theirs.join('; ') : '(no decisions)') : '(not recorded for this turn)', history ? paragraphs(textOf(history.note), { class: 'note' }) : null),
      ),
    );
  }
  const sources = source.sources ?? [];
  return el(
    'section',
    { class: 'page', 'aria-labelledby': 'ending-title' },
    el('h1', { id: 'ending-title' }, `The end: ${def ? textOf(def.title) : (ending?.id ?? '')}${ending ? ` (${ending.kind})` : ''}`),
    def ? paragraphs(textOf(def.text)) : null,
    ending ? el('p', { class: 'meta' }, `Score ${ending.score}, grade ${ending.grade}, on turn ${ending.turn + 1} of ${rules.calendar.length} (${turnLabel(rules, ending.turn)})`) : null,
    el('h2', {}, 'Debrief'),
    el(
      'table',
      { class: 'path' },
      el('caption', {}, 'Your path beside history'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'turn'), el('th', { scope: 'col' }, 'you'), el('th', { scope: 'col' }, 'history'))),
      el('tbody', {}, rows),
    ),
    debriefCharts(rules, state),
    el('h2', {}, 'Learning objectives'),
    el('ul', {}, source.objectives.map((o) => el('li', {}, textOf(o)))),
    (source.questions ?? []).length > 0 ? [el('h2', {}, 'Questions to discuss'), el('ol', {}, (source.questions ?? []).map((q) => el('li', {}, textOf(q))))] : null,
    (source.whatHappened ?? []).length > 0
      ? [
          el('h2', {}, 'What really happened'),
          el(
            'ul',
            {},
            (source.whatHappened ?? []).map((w) => {
              const cited = (w.sources ?? []).map((id) => `[${sources.findIndex((s) => s.id === id) + 1 || id}]`).join('');
              return el('li', {}, `${textOf(w.text)}${cited ? ` ${cited}` : ''}`);
            }),
          ),
        ]
      : null,
    sources.length > 0 ? [el('h2', {}, 'Sources'), el('ol', { class: 'sources' }, sources.map((s) => el('li', {}, `${s.title}${s.url ? ` ${s.url}` : ''}`)))] : null,
    el('p', { class: 'fingerprint' }, el('span', {}, 'Fingerprint: '), el('code', { 'data-testid': 'fingerprint' }, fingerprint(state))),
    el('div', { class: 'row' }, button('Export save', () => actions.exportSave()), button('Back to menu', () => actions.toMenu(), { 'data-focus': 'menu' })),
  );
}
