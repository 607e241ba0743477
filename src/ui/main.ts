// The page's controller: which screen shows, which game runs, the save, the URL, and the debug hook the browser
// tests read. Phaser draws; the DOM panels are the controls; the engine decides.
import Phaser from 'phaser';
import { fingerprint, textOf, type Move } from '../engine/index.ts';
import './style.css';
import { addressOf, freshSeed, readAddress, wantedGame, type Wanted, type WantedGame } from './address.ts';
import { download, el } from './dom.ts';
import { BACKDROP_KEY } from './map-backdrop.ts';
import { COUNTRIES_URL } from './map-geography.ts';
import { Notices, type Notice } from './notices.ts';
import { pauseMapWhenLost } from './map-pause.ts';
import { keepForOffline } from './offline.ts';
import { onePressAtATime } from './one-press.ts';
import { renderOnDemand } from './render-on-demand.ts';
import { askBeforeReplacing, closeQuestion, linkChoiceView } from './replacing.ts';
import { brokenView, setAsideNotice, unopenedView, unsavedNotice } from './save-views.ts';
import { loadBundled } from './scenarios.ts';
import { BootScene, GameScene, MenuScene, PreloaderScene, type MapArea, type WorldView } from './scenes.ts';
import { adopt, carriesOn, play, restore, restoreFrom, saveFileName, saveOf, startSession, type Session, type Successor } from './session.ts';
import { readSave, readSetAside, removeSave, removeSetAside, setAside, type SetAside } from './storage.ts';
import { announcement, briefingView, endingView, gameView, hudView, menuView, type Actions } from './view.ts';

type Screen = 'menu' | 'briefing' | 'game' | 'ending' | 'broken' | 'unopened' | 'link';

const ui = document.getElementById('ui')!;
const announcer = document.getElementById('announcer')!;
// the notices stay in place while the screen beneath them is rebuilt (notices.ts says why); both are in index.html
const noticeArea = document.getElementById('notices')!;
const screenArea = document.getElementById('screen')!;
const notices = new Notices(noticeArea, () => clearOfNotices());
const { scenarios, problems } = loadBundled();

let screen: Screen = 'menu';
/** the game on screen; on the menu, only a game the browser would not keep (it lives on this page alone) */
let session: Session | null = null;
let refusal: string | null = null;
/** why an opened save file was refused */
let unopened = '';
/** the save the page could not restore, kept as it was */
let aside: SetAside | null = readSetAside();
/** while the page opens: whether it is showing the game saved in this browser, so a failure now may be that save's */
let openingSave = false;
/** the game the address names, when a damaged save or another unfinished game was in its way at start-up */
let linked: WantedGame | null = null;
/** what "Yes, replace it" does, while the player is asked before an unfinished game is replaced */
let replacement: (() => void) | null = null;

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'map',
  // transparent: the land and sea are in the backdrop canvas beneath (map-backdrop.ts says why)
  transparent: true,
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: [BootScene, PreloaderScene, MenuScene, GameScene],
  banner: false,
  render: { antialiasGL: false },
});

game.registry.set(BACKDROP_KEY, document.getElementById('backdrop'));
const mapElement = document.getElementById('map')!;
const renderer = renderOnDemand(game, mapElement);

pauseMapWhenLost(game.canvas, notices, () => clearOfNotices());

let booted = false;
// when the menu's first frame was drawn (ms since navigation), for the benchmark that compares it with bare Phaser
let firstMenuFrame: number | null = null;
game.events.once('mv-menu', () => game.events.once('postrender', () => (firstMenuFrame ??= performance.now())));
const ready = new Promise<void>((resolve) =>
  game.events.once('mv-ready', () => {
    booted = true;
    game.scene.stop('Preloader');
    resolve();
  }),
);

/** Where the map may draw: the map element (style.css sizes it to the screen's layout) below the HUD. */
function mapArea(): MapArea {
  const map = mapElement.getBoundingClientRect();
  const hud = document.querySelector('#hud');
  const top = Math.max(map.top, hud ? hud.getBoundingClientRect().bottom : 0);
  return { x: map.left + 8, y: top + 8, width: Math.max(80, map.width - 16), height: Math.max(80, map.bottom - top - 16) };
}

function drawScene(): void {
  void ready.then(() => {
    renderer.wake();
    // the map's element changes size with the screen (style.css): measure it now, so the canvas follows it before
    // anything is drawn (Phaser would only notice on its own after half a second of frames)
    game.scale.getParentBounds();
    game.scale.refresh();
    if (screen === 'game' && session) {
      const view: WorldView = { rules: session.scenario.rules, state: session.state, area: mapArea() };
      if (game.scene.isActive('Game')) game.events.emit('mv-world', view);
      else {
        game.scene.stop('Menu');
        game.scene.start('Game', view);
      }
    } else if (!game.scene.isActive('Menu')) {
      game.scene.stop('Game');
      game.scene.start('Menu');
    }
  });
}

function continueWith(restored: Session): void {
  session = restored;
  show(session.state.status === 'ended' ? 'ending' : 'game');
}

/** The game in progress: the one on this page, or else the one saved in this browser. */
function currentGame(): Session | null {
  if (session) return session;
  const restored = restore(scenarios);
  return restored.kind === 'ok' ? restored.session : null;
}

/**
 * Put `next` in the place of the game in progress: at once when that game has ended or `next` carries it on,
 * otherwise only after the player has said yes to the question that names it (replacing.ts).
 */
function replaceAfterAsking(next: Successor, replace: () => void): void {
  const current = currentGame();
  if (!current || current.state.status === 'ended' || carriesOn(current, next)) return replace();
  replacement = replace;
  askBeforeReplacing(current, actions);
}

const handlers: Actions = {
  newGame(scenario, difficulty) {
    const address = readAddress(location.search, scenarios);
    const seed = address.scenario === scenario && address.seed ? address.seed : freshSeed();
    replaceAfterAsking({ scenario: scenario.rules.id, seed, difficulty, moves: [] }, () => {
      session = startSession(scenario, seed, difficulty);
      refusal = null;
      show('briefing');
    });
  },
  continueGame() {
    refusal = null;
    // the address's game, if it stood beside this one, is set aside with what could not be followed in it
    linked = null;
    notices.set('address', null);
    if (session) return continueWith(session);
    const restored = restore(scenarios);
    if (restored.kind === 'ok') return continueWith(restored.session);
    if (restored.kind === 'broken') {
      aside = setAside(restored.text, restored.message);
      return show('broken');
    }
    show('menu');
  },
  playLinked() {
    const link = linked;
    if (!link) return;
    replaceAfterAsking({ scenario: link.scenario.rules.id, seed: link.seed, difficulty: link.difficulty, moves: [] }, () => {
      linked = null;
      startFromAddress(link);
    });
  },
  replaceGame() {
    const replace = replacement;
    replacement = null;
    closeQuestion(false);
    replace?.();
  },
  keepGame() {
    replacement = null;
    closeQuestion(true);
  },
  begin() {
    notices.set('address', null);
    // a new game opens on its goals (what wins, what loses), not on End turn, which one stray Enter would press
    show('game', 'goals');
  },
  move(move: Move) {
    if (!session) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement.dataset['focus'] : undefined;
    const result = play(session, move);
    refusal = result.ok ? null : result.message;
    if (result.ok) announcer.textContent = announcement(session);
    // a new turn opens on its news; after a decision or an answer the focus stays, or moves to the next choice
    show(session.state.status === 'ended' ? 'ending' : 'game', result.ok && move.type === 'end-turn' ? 'news' : before);
  },
  toMenu() {
    notices.set('address', null);
    // a game the browser would not keep stays on this page, for "Continue" and "Export save"
    if (session?.saved) session = null;
    show('menu');
  },
  importSave(text) {
    // checked before it is kept: a bad file must not replace the game already saved in this browser
    const opened = restoreFrom(text, scenarios);
    if (opened.kind !== 'ok') return handlers.refuseSave(opened.message);
    replaceAfterAsking(opened.save, () => {
      session = opened.session;
      refusal = null;
      adopt(session);
      continueWith(session);
    });
  },
  refuseSave(message) {
    unopened = message;
    show('unopened');
  },
  exportSave() {
    const current = currentGame();
    if (current) download(`${JSON.stringify(saveOf(current), null, 2)}\n`, saveFileName(current));
  },
  exportSetAside() {
    if (aside) download(aside.text, 'multivector-damaged-save.json');
  },
  deleteSetAside() {
    // a save the browser had no room to set aside is still in the save's place, unless a new game replaced it
    if (aside && !aside.kept && readSave() === aside.text) removeSave();
    removeSetAside();
    aside = null;
    if (screen === 'broken') show('menu');
    else tellAboutSaves();
  },
};

const actions = onePressAtATime(handlers, ['importSave', 'refuseSave'], (error) => recover(error, false));

/** The notices about saves, as things stand now. */
function tellAboutSaves(): void {
  notices.set('unsaved', session && !session.saved ? unsavedNotice(actions) : null);
  notices.set('set-aside', aside && (screen === 'menu' || screen === 'briefing') ? setAsideNotice(aside, actions) : null);
}

/** Draw the screen; keep the focus where the player was, or put it where the next step is. */
function show(next: Screen, focusKey?: string): void {
  screen = next;
  document.body.dataset['screen'] = next;
  document.getElementById('hud')?.remove();
  // what went wrong while opening was said on the menu it led to; it is over once the player moves on
  if (next !== 'menu') notices.set('failure', null);
  tellAboutSaves();
  let content: HTMLElement;
  switch (next) {
    case 'menu': {
      const current = currentGame();
      content = menuView(scenarios, problems, current ? { title: textOf(current.scenario.rules.title), turn: current.state.turn, kept: current.saved } : null, actions);
      break;
    }
    case 'briefing':
      content = briefingView(session!, actions);
      focusKey = 'begin';
      break;
    case 'game': {
      const hud = hudView(session!);
      hud.id = 'hud';
      ui.before(hud);
      content = gameView(session!, actions, refusal);
      break;
    }
    case 'ending':
      content = endingView(session!, actions);
      break;
    case 'broken':
      content = brokenView(aside!, linked ? textOf(linked.scenario.rules.title) : null, actions);
      focusKey = 'menu';
      break;
    case 'unopened':
      content = unopenedView(unopened, actions);
      focusKey = 'menu';
      break;
    case 'link':
      content = linkChoiceView(linked!, currentGame()!, actions);
      focusKey = 'continue';
      break;
  }
  screenArea.replaceChildren(content);
  ui.scrollTop = 0;
  if (session && next !== 'menu') pointAddressAt(session);
  const pendingChoice = ui.querySelector<HTMLElement>('[role="dialog"] button');
  const target =
    (next === 'game' && pendingChoice) ||
    (focusKey ? ui.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey)}"]:not([disabled])`) : null) ||
    // the pressed button is gone (a decision taken, a choice made): on to the next thing to choose, so that two
    // presses of Enter never end a turn while a power's demand waits or a decision could still be taken
    (next === 'game' ? ui.querySelector<HTMLElement>('.demands button:not([disabled]), .decisions button:not([disabled])') : null) ||
    (next === 'game' ? ui.querySelector<HTMLElement>('[data-focus="end-turn"]') : null) ||
    ui.querySelector<HTMLElement>('h1');
  if (target) {
    if (target.tagName === 'H1') target.tabIndex = -1;
    clearOfNotices();
    target.focus({ preventScroll: next !== 'game' });
  }
  drawScene();
}

/** Keep what the focus scrolls to from sliding under the notices that stay at the top of the game's panel. */
function clearOfNotices(): void {
  ui.style.setProperty('--notices-height', `${noticeArea.offsetHeight}px`);
  if (screen === 'game' && document.activeElement instanceof HTMLElement && screenArea.contains(document.activeElement)) {
    document.activeElement.scrollIntoView({ block: 'nearest' });
  }
}

/** While a game is on screen the address names it, so a reload continues this game, not one the address once named. */
function pointAddressAt(current: Session): void {
  const search = addressOf(current);
  if (location.search !== search) history.replaceState(null, '', `${location.pathname}${search}`);
}

/** A new game of the world the address names, with a word about anything in it that could not be followed. */
function startFromAddress(address: WantedGame): void {
  session = startSession(address.scenario, address.seed ?? freshSeed(), address.difficulty);
  notices.set('address', addressNotice(address));
  show('briefing');
}

function addressNotice(address: Wanted): Notice | null {
  return address.notes.length > 0 ? { tone: 'status', title: 'The address could not be followed in full.', lines: address.notes } : null;
}

/** The address names the world of the saved game at another difficulty: the saved game goes on as it was. */
function otherDifficultyNotice(address: WantedGame, saved: Session): Notice | null {
  const kept = saved.state.difficulty;
  if (!address.difficultyNamed || address.difficulty === kept) return null;
  return {
    tone: 'status',
    title: 'The address could not be followed in full.',
    lines: [
      `It asks for this world at the difficulty ${address.difficulty}, but your game of it is saved here at ${kept}: it goes on at ${kept}, because a game keeps the difficulty it began with. To play it at ${address.difficulty}, start a new game from the menu.`,
    ],
  };
}

/** What the page opens with: the saved game, or a game named in the address, or the menu. */
function start(): void {
  const address = readAddress(location.search, scenarios);
  const wanted = wantedGame(address);
  const restored = restore(scenarios);
  if (restored.kind === 'broken') {
    // said first, before any other game takes the save's place; the game the address names is a click away
    aside = setAside(restored.text, restored.message);
    linked = wanted;
    return show('broken');
  }
  if (wanted) {
    const id = wanted.scenario.rules.id;
    if (restored.kind === 'ok' && restored.save.scenario === id && (wanted.seed === null || restored.save.seed === wanted.seed)) {
      notices.set('address', otherDifficultyNotice(wanted, restored.session));
      return continueSaved(restored.session);
    }
    if (restored.kind === 'ok' && restored.session.state.status !== 'ended') {
      // another unfinished game is saved here: the link must not take its place unasked
      linked = wanted;
      notices.set('address', addressNotice(wanted));
      return show('link');
    }
    return startFromAddress(wanted);
  }
  notices.set('address', addressNotice(address));
  if (restored.kind === 'ok') return continueSaved(restored.session);
  show('menu');
}

function continueSaved(restored: Session): void {
  openingSave = true;
  continueWith(restored);
}

/**
 * Whatever fails ends on a working menu with a notice, never on a blank or half-drawn page. A game the browser
 * would not keep stays on the page (Continue, Export save), as it does on the way back to the menu. When it was
 * the saved game the page was opening that failed, that save is set aside: it would stop the page at every reload;
 * any other failure leaves the save where it is.
 */
function recover(error: unknown, savedGameFailed: boolean): void {
  const what = error instanceof Error ? error.message : String(error);
  if (session?.saved) session = null;
  const text = savedGameFailed ? readSave() : null;
  if (text !== null) aside = setAside(text, `Opening it stopped the page (${what}).`);
  notices.set('failure', { tone: 'alert', title: 'Something went wrong, and the page has gone back to the menu.', lines: [`What happened: ${what}.`] });
  try {
    show('menu');
  } catch {
    screenArea.replaceChildren(el('p', { role: 'alert' }, `The page cannot show its menu (${what}). Reload it; if that does not help, clear this site's data in the browser's settings.`));
  }
}

// a key held down repeats every 33-40 ms, sooner than one-press.ts's two frames: a repeated Enter or Space on a
// button would press whatever the last press put in focus (an event's first choice after End turn), unseen
ui.addEventListener(
  'keydown',
  (event) => {
    if (event.repeat && event.target instanceof HTMLButtonElement) event.preventDefault();
  },
  { capture: true },
);
window.addEventListener('resize', () => drawScene());
// a game the browser would not keep goes with the page: the browser asks before it is left, reloaded or closed
window.addEventListener('beforeunload', (event) => {
  if (session && !session.saved && session.state.status !== 'ended') event.preventDefault();
});
game.events.on('mv-actor', (id: string) => {
  const card = ui.querySelector<HTMLDetailsElement>(`details[data-actor="${CSS.escape(id)}"]`);
  if (!card) return;
  card.open = true;
  card.querySelector('summary')?.focus();
  card.scrollIntoView({ block: 'nearest' });
});

// Read-only facts for the browser tests and the curious: no way to change the game from here.
Object.defineProperty(window, '__multivector', {
  value: Object.freeze({
    get renderer(): string {
      return game.renderer?.type === Phaser.WEBGL ? 'webgl' : game.renderer?.type === Phaser.CANVAS ? 'canvas' : 'none';
    },
    get screen(): string {
      return screen;
    },
    get fingerprint(): string | null {
      return session ? fingerprint(session.state) : null;
    },
    get ready(): boolean {
      return booted;
    },
    get firstMenuFrame(): number | null {
      return firstMenuFrame;
    },
    get mapMarks(): Record<string, { x: number; y: number }> {
      return structuredClone((game.registry.get('marks') as Record<string, { x: number; y: number }> | undefined) ?? {});
    },
    /** whether Phaser is drawing frames now (it sleeps while the map is still) */
    get drawing(): boolean {
      return game.loop.running;
    },
    get mapLoaded(): boolean {
      return (game.cache.json.get('countries') as { type?: string } | undefined)?.type === 'Topology';
    },
  }),
});

try {
  start();
} catch (error) {
  recover(error, openingSave);
}
openingSave = false;
keepForOffline(ready, [COUNTRIES_URL]);
