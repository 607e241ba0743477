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
    this.scale.on('resize', draw, this);
    this.events.once('shutdown', () => this.scale.off('resize', draw, this));
  }
}

function attitudeColour(attitude: number): number {
  return attitude >= 20 ? 0x5cb85c : attitude <= -20 ? 0xd9534f : 0xb0b0b0;
}

export class GameScene extends Phaser.Scene {
  private view: WorldView | null = null;

  constructor() {
    super('Game');
  }

  init(data: WorldView): void {
    this.view = data;
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
    this.children.removeAll(true);
    const { rules, state, area } = view;
    const places = rules.actors.filter((a) => a.position !== null);
    const lons = [ASTANA.lon, ...places.map((a) => a.position!.lon)];
    const lats = [ASTANA.lat, ...places.map((a) => a.position!.lat)];
    const pad = 12;
    const minLon = Math.min(...lons) - pad;
    const maxLon = Math.max(...lons) + pad;
    const minLat = Math.min(...lats) - pad;
    const maxLat = Math.max(...lats) + pad;
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
    const labels: Phaser.GameObjects.Text[] = [];
    for (const actor of places) {
      const s = state.actors[actor.id];
      if (!s) continue;
      const p = at(actor.position!.lon, actor.position!.lat);
      const colour = attitudeColour(s.attitude);
      // the line's width tells how warm the relation is; the label says it in numbers too
      g.lineStyle(1 + Math.abs(s.attitude) / 20, colour, 0.8).lineBetween(kz.x, kz.y, p.x, p.y);
      const r = 7 + s.dependence / 10;
      g.fillStyle(colour, 1).fillCircle(p.x, p.y, r);
      g.lineStyle(2, 0x0d1b2a, 1).strokeCircle(p.x, p.y, r);
      const label = this.add.text(p.x + r + 4, p.y - 8, `${textOf(actor.name)}\nattitude ${signed(s.attitude)} · trust ${num(s.trust)}`, font);
      labels.push(label);
    }
    g.fillStyle(0xf2c14e, 1).fillCircle(kz.x, kz.y, 11);
    g.lineStyle(2, 0x0d1b2a, 1).strokeCircle(kz.x, kz.y, 11);
    labels.push(this.add.text(kz.x + 14, kz.y - 8, 'Kazakhstan', { ...font, color: '#f2c14e' }));
    spreadLabels(labels, area);
  }
}

/** Nudge labels down until none overlaps another, and keep them inside the map area. */
function spreadLabels(labels: Phaser.GameObjects.Text[], area: MapArea): void {
  labels.sort((a, b) => a.y - b.y);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l.x + l.width > area.x + area.width) l.x = area.x + area.width - l.width;
    l.x = Math.max(l.x, area.x);
    for (let j = 0; j < i; j++) {
      const o = labels[j]!;
      const overlap = l.x < o.x + o.width && o.x < l.x + l.width && l.y < o.y + o.height && o.y < l.y + l.height;
      if (overlap) l.y = o.y + o.height + 2;
    }
    if (l.y + l.height > area.y + area.height) l.y = area.y + area.height - l.height;
    l.y = Math.max(l.y, area.y);
  }
}
