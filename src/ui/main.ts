// The page's controller: which screen shows, which game runs, the save, the URL, and the debug hook the browser
// tests read. Phaser draws; the DOM panels are the controls; the engine decides.
import Phaser from 'phaser';
import { DIFFICULTIES, fingerprint, textOf, type Difficulty, type Move } from '../engine/index.ts';
import './style.css';
import { BACKDROP_KEY } from './map-backdrop.ts';
import { COUNTRIES_URL } from './map-geography.ts';
import { keepForOffline } from './offline.ts';
import { renderOnDemand } from './render-on-demand.ts';
import { loadBundled, type Scenario } from './scenarios.ts';
import { BootScene, GameScene, MenuScene, PreloaderScene, type MapArea, type WorldView } from './scenes.ts';
import { adopt, clearSave, play, restore, restoreFrom, saveOf, startSession, type Session } from './session.ts';
import { announcement, briefingView, brokenView, endingView, gameView, hudView, menuView, unopenedView, type Actions } from './view.ts';

type Screen = 'menu' | 'briefing' | 'game' | 'ending' | 'broken' | 'unopened';

const ui = document.getElementById('ui')!;
const announcer = document.getElementById('announcer')!;
const { scenarios, problems } = loadBundled();

let screen: Screen = 'menu';
let session: Session | null = null;
let refusal: string | null = null;
let broken = '';

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

const actions: Actions = {
  newGame(scenario: Scenario, difficulty: Difficulty) {
    const url = new URLSearchParams(location.search);
    const seed = url.get('scenario') === scenario.rules.id && url.get('seed') ? url.get('seed')! : freshSeed();
    session = startSession(scenario, seed, difficulty);
    refusal = null;
    show('briefing');
  },
  continueGame() {
    const restored = restore(scenarios);
    refusal = null;
    if (restored.kind === 'ok') {
      session = restored.session;
      show(session.state.status === 'ended' ? 'ending' : 'game');
    } else if (restored.kind === 'broken') {
      broken = restored.message;
      show('broken');
    } else show('menu');
  },
  begin() {
    show('game', 'end-turn');
  },
  move(move: Move) {
    if (!session) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement.dataset['focus'] : undefined;
    const result = play(session, move);
    refusal = result.ok ? null : result.message;
    if (result.ok) announcer.textContent = announcement(session);
    show(session.state.status === 'ended' ? 'ending' : 'game', before);
  },
  toMenu() {
    session = null;
    show('menu');
  },
  startAgain() {
    clearSave();
    session = null;
    history.replaceState(null, '', location.pathname);
    show('menu');
  },
  importSave(text: string) {
    // checked before it is kept: a bad file must not replace the game already saved in this browser
    const opened = restoreFrom(text, scenarios);
    if (opened.kind === 'broken') {
      broken = opened.message;
      return show('unopened');
    }
    session = opened.session;
    refusal = adopt(session)
      ? null
      : 'the browser would not keep this game (its storage is full or turned off): it plays on here, but a reload brings back the game saved before';
    show(session.state.status === 'ended' ? 'ending' : 'game');
  },
  exportSave() {
    if (!session) return;
    const blob = new Blob([`${JSON.stringify(saveOf(session), null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${session.scenario.rules.id}-${session.state.seed}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  },
};

/** Draw the screen; keep the focus where the player was, or put it where the next step is. */
function show(next: Screen, focusKey?: string): void {
  screen = next;
  document.body.dataset['screen'] = next;
  document.getElementById('hud')?.remove();
  let content: HTMLElement;
  switch (next) {
    case 'menu': {
      const saved = restore(scenarios);
      content = menuView(scenarios, problems, saved.kind === 'ok' ? { title: textOf(saved.session.scenario.rules.title), turn: saved.session.state.turn } : null, actions);
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
      content = brokenView(broken, actions);
      focusKey = 'start-again';
      break;
    case 'unopened':
      content = unopenedView(broken, actions);
      focusKey = 'menu';
      break;
  }
  ui.replaceChildren(content);
  ui.scrollTop = 0;
  if (session && next !== 'menu') pointAddressAt(session);
  const pendingChoice = ui.querySelector<HTMLElement>('[role="dialog"] button');
  const target =
    (next === 'game' && pendingChoice) ||
    (focusKey ? ui.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey)}"]:not([disabled])`) : null) ||
    (next === 'game' ? ui.querySelector<HTMLElement>('[data-focus="end-turn"]') : null) ||
    ui.querySelector<HTMLElement>('h1');
  if (target) {
    if (target.tagName === 'H1') target.tabIndex = -1;
    target.focus({ preventScroll: next !== 'game' });
  }
  drawScene();
}

/**
 * The address names the game on screen (scenario, seed, difficulty): copied from the address bar it gives a class
 * the same world, and a reload continues this game, not another one the address once named.
 */
function pointAddressAt(current: Session): void {
  const search = `?${new URLSearchParams({ scenario: current.scenario.rules.id, seed: current.state.seed, difficulty: current.state.difficulty }).toString()}`;
  if (location.search !== search) history.replaceState(null, '', `${location.pathname}${search}`);
}

function freshSeed(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the page opens with: a saved game, a game named in the URL, or the menu. */
function start(): void {
  const url = new URLSearchParams(location.search);
  const wanted = url.get('scenario');
  const seed = url.get('seed');
  const restored = restore(scenarios);
  if (restored.kind === 'broken') {
    broken = restored.message;
    return show('broken');
  }
  if (wanted) {
    const scenario = scenarios.find((s) => s.rules.id === wanted);
    if (restored.kind === 'ok' && restored.save.scenario === wanted && (seed === null || restored.save.seed === seed)) {
      session = restored.session;
      return show(session.state.status === 'ended' ? 'ending' : 'game');
    }
    if (scenario) {
      const d = url.get('difficulty');
      const difficulty = (DIFFICULTIES as readonly string[]).includes(d ?? '') ? (d as Difficulty) : 'tense';
      session = startSession(scenario, seed && seed.length <= 200 ? seed : freshSeed(), difficulty);
      return show('briefing');
    }
  }
  if (restored.kind === 'ok') {
    session = restored.session;
    return show(session.state.status === 'ended' ? 'ending' : 'game');
  }
  show('menu');
}

window.addEventListener('resize', () => drawScene());
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

start();
keepForOffline(ready, [COUNTRIES_URL]);
