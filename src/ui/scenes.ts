// Phaser draws the world: a progress bar while loading, a backdrop for the menu, and the map of the game with
// the actors placed by their longitude and latitude and a line from Kazakhstan to each. Only reads the state.
import Phaser from 'phaser';
import { textOf, type GameState, type Rules } from '../engine/index.ts';
import { num, signed } from './format.ts';

/** Astana, where Kazakhstan is drawn. */
const ASTANA = { lon: 71.43, lat: 51.13 };

export interface MapArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The controller tells the scenes where the map may draw (the DOM panels take the rest). */
export interface WorldView {
  rules: Rules;
  state: GameState;
  area: MapArea;
}

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }
  create(): void {
    this.scene.start('Preloader');
  }
}

export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }
  preload(): void {
    const { width, height } = this.scale;
    const frame = this.add.rectangle(width / 2, height / 2, 320, 24).setStrokeStyle(2, 0xe8e2c8);
    const bar = this.add.rectangle(frame.x - 158, frame.y, 4, 18, 0xf2c14e).setOrigin(0, 0.5);
    this.add.text(width / 2, height / 2 - 36, 'Loading', { fontFamily: 'DejaVu Sans, sans-serif', fontSize: '18px', color: '#e8e2c8' }).setOrigin(0.5);
    this.load.on('progress', (share: number) => (bar.width = 4 + 312 * share));
    // the game's data is bundled with the code; a generated texture stands in for the assets to come
    const g = this.make.graphics({}, false);
    g.fillStyle(0xffffff).fillCircle(16, 16, 16);
    g.generateTexture('dot', 32, 32);
    g.destroy();
  }
  create(): void {
    this.game.events.emit('mv-ready');
  }
}

export class MenuScene extends Phaser.Scene {
  constructor() {
    super('Menu');
  }
  create(): void {
    const draw = () => {
      this.children.removeAll(true);
      const { width, height } = this.scale;
      const g = this.add.graphics();
      g.lineStyle(1, 0x3a4a5c, 0.6);
      for (let x = 0; x < width; x += 48) g.lineBetween(x, 0, x, height);
      for (let y = 0; y < height; y += 48) g.lineBetween(0, y, width, y);
    };
    draw();
    this.game.events.emit('mv-menu');
    this.scale.on('resize', draw, this);
    this.events.once('shutdown', () => this.scale.off('resize', draw, this));
  }
}

function attitudeColour(attitude: number): number {
  return attitude >= 20 ? 0x5cb85c : attitude <= -20 ? 0xd9534f : 0xb0b0b0;
}

export class GameScene extends Phaser.Scene {
  private view: WorldView | null = null;
  /** the actors as last drawn, so a change can be shown moving */
  private drawn: Record<string, { attitude: number }> = {};

  constructor() {
    super('Game');
  }

  init(data: WorldView): void {
    this.view = data;
    this.drawn = {};
  }

  create(): void {
    const redraw = (view: WorldView) => {
      this.view = view;
      this.draw();
    };
    this.game.events.on('mv-world', redraw);
    this.events.once('shutdown', () => this.game.events.off('mv-world', redraw));
    this.draw();
  }

  private draw(): void {
    const view = this.view;
    if (!view) return;
    this.tweens.killAll();
    this.children.removeAll(true);
    const { rules, state, area } = view;
    const places = rules.actors.filter((a) => a.position !== null);
    const lons = [ASTANA.lon, ...places.map((a) => a.position!.lon)];
    const lats = [ASTANA.lat, ...places.map((a) => a.position!.lat)];
    const pad = 12;
    let minLon = Math.min(...lons) - pad;
    let maxLon = Math.max(...lons) + pad;
    let minLat = Math.min(...lats) - pad;
    let maxLat = Math.max(...lats) + pad;
    // widen the shorter side so the map fills its area (more sky or more longitude, never a stretched world)
    const aspect = area.width / area.height;
    if ((maxLon - minLon) / (maxLat - minLat) > aspect) {
      const extra = ((maxLon - minLon) / aspect - (maxLat - minLat)) / 2;
      maxLat = Math.min(90, maxLat + extra);
      minLat = Math.max(-90, minLat - extra);
    } else {
      const extra = ((maxLat - minLat) * aspect - (maxLon - minLon)) / 2;
      maxLon = Math.min(180, maxLon + extra);
      minLon = Math.max(-180, minLon - extra);
    }
    // equirectangular: one scale for both axes, centred in the area
    const scale = Math.min(area.width / (maxLon - minLon), area.height / (maxLat - minLat));
    const ox = area.x + (area.width - scale * (maxLon - minLon)) / 2;
    const oy = area.y + (area.height - scale * (maxLat - minLat)) / 2;
    const at = (lon: number, lat: number) => ({ x: ox + (lon - minLon) * scale, y: oy + (maxLat - lat) * scale });

    const g = this.add.graphics();
    g.fillStyle(0x16324f, 1).fillRect(ox, oy, scale * (maxLon - minLon), scale * (maxLat - minLat));
    g.lineStyle(1, 0x2e5276, 0.8);
    for (let lon = Math.ceil(minLon / 20) * 20; lon <= maxLon; lon += 20) g.lineBetween(at(lon, minLat).x, at(lon, minLat).y, at(lon, maxLat).x, at(lon, maxLat).y);
    for (let lat = Math.ceil(minLat / 20) * 20; lat <= maxLat; lat += 20) g.lineBetween(at(minLon, lat).x, at(minLon, lat).y, at(maxLon, lat).x, at(maxLon, lat).y);

    const kz = at(ASTANA.lon, ASTANA.lat);
    const font = { fontFamily: 'DejaVu Sans, sans-serif', fontSize: '13px', color: '#f4f1e6', backgroundColor: '#0d1b2acc', padding: { x: 3, y: 2 } };
    const dots: Dot[] = [{ x: kz.x, y: kz.y, r: 11, text: 'Kazakhstan', colour: '#f2c14e' }];
    for (const actor of places) {
      const s = state.actors[actor.id];
      if (!s) continue;
      const p = at(actor.position!.lon, actor.position!.lat);
      const colour = attitudeColour(s.attitude);
      // the line's width tells how warm the relation is; the label says it in numbers too
      g.lineStyle(1 + Math.abs(s.attitude) / 20, colour, 0.8).lineBetween(kz.x, kz.y, p.x, p.y);
      dots.push({ x: p.x, y: p.y, r: 7 + s.dependence / 10, fill: colour, text: `${textOf(actor.name)}\nattitude ${signed(s.attitude)} · trust ${num(s.trust)}`, colour: '#f4f1e6' });
    }
    for (const d of dots) {
      g.fillStyle(d.fill ?? 0xf2c14e, 1).fillCircle(d.x, d.y, d.r);
      g.lineStyle(2, 0x0d1b2a, 1).strokeCircle(d.x, d.y, d.r);
    }
    // a click on an actor opens its card in the panel (the same card is in the panel's list for the keyboard)
    places.forEach((actor, i) => {
      const d = dots[i + 1];
      if (!d) return;
      const hit = this.add.circle(d.x, d.y, d.r + 4, 0xffffff, 0.001).setInteractive({ useHandCursor: true });
      hit.on('pointerdown', () => this.game.events.emit('mv-actor', actor.id));
    });
    placeLabels(
      dots,
      dots.map((d) => this.add.text(0, 0, d.text, { ...font, color: d.colour })),
      area,
    );
    this.animateChanges(places.map((a) => a.id), dots.slice(1), state);
  }

  /** A ring that widens and fades, and the change in numbers rising from the circle, for each actor that moved. */
  private animateChanges(ids: readonly string[], dots: readonly Dot[], state: GameState): void {
    const before = this.drawn;
    this.drawn = Object.fromEntries(ids.map((id) => [id, { attitude: state.actors[id]?.attitude ?? 0 }]));
    ids.forEach((id, i) => {
      const old = before[id];
      const now = state.actors[id];
      const d = dots[i];
      if (!old || !now || !d) return;
      const delta = now.attitude - old.attitude;
      if (Math.abs(delta) < 0.05) return;
      const colour = delta > 0 ? 0x7ed67e : 0xff8a80;
      const ring = this.add.circle(d.x, d.y, d.r, colour, 0).setStrokeStyle(3, colour, 1);
      this.tweens.add({ targets: ring, scale: 2.2, alpha: 0, duration: 900, ease: 'Cubic.easeOut', onComplete: () => ring.destroy() });
      const text = this.add
        .text(d.x, d.y - d.r - 4, signed(delta), { fontFamily: 'DejaVu Sans, sans-serif', fontSize: '14px', fontStyle: 'bold', color: delta > 0 ? '#7ed67e' : '#ff8a80', backgroundColor: '#0d1b2acc', padding: { x: 2, y: 1 } })
        .setOrigin(0.5, 1);
      this.tweens.add({ targets: text, y: text.y - 24, alpha: 0, delay: 600, duration: 1200, onComplete: () => text.destroy() });
    });
  }
}

interface Dot {
  x: number;
  y: number;
  r: number;
  fill?: number;
  text: string;
  colour: string;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Each label beside its circle, at the first place that covers no other label or circle and stays on the map. */
function placeLabels(dots: readonly Dot[], labels: readonly Phaser.GameObjects.Text[], area: MapArea): void {
  const taken: Box[] = dots.map((d) => ({ x: d.x - d.r, y: d.y - d.r, w: 2 * d.r, h: 2 * d.r }));
  labels.forEach((label, i) => {
    const d = dots[i]!;
    const w = label.width;
    const h = label.height;
    const gap = d.r + 4;
    const candidates: Box[] = [
      { x: d.x + gap, y: d.y - h / 2, w, h },
      { x: d.x - gap - w, y: d.y - h / 2, w, h },
      { x: d.x - w / 2, y: d.y - gap - h, w, h },
      { x: d.x - w / 2, y: d.y + gap, w, h },
      { x: d.x + gap, y: d.y - gap - h, w, h },
      { x: d.x + gap, y: d.y + gap, w, h },
      { x: d.x - gap - w, y: d.y - gap - h, w, h },
      { x: d.x - gap - w, y: d.y + gap, w, h },
    ];
    const inside = (b: Box) => b.x >= area.x && b.y >= area.y && b.x + b.w <= area.x + area.width && b.y + b.h <= area.y + area.height;
    const own = taken[i]!;
    const free = (b: Box) => inside(b) && taken.every((t) => t === own || !overlaps(b, t));
    const best = candidates.find(free) ?? candidates.find(inside) ?? candidates[0]!;
    label.setPosition(best.x, best.y);
    taken.push(best);
  });
}

