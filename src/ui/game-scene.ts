// The map of the game: Eurasia from Natural Earth with Kazakhstan and the actors on it; a line from Kazakhstan
// to each actor (its width is the warmth of the relation, dashed when cold; map-key.ts), a meter under each actor's
// label, orange dashes for the tensions between actors; and, when a move changes things, the meters and lines
// glide to their new values while a ring widens from each actor that moved. Only reads the state.
import Phaser from 'phaser';
import { readRef, textOf, type ActorDef, type GameState, type Rules } from '../engine/index.ts';
import { own } from '../engine/records.ts';
import { num, signed } from './format.ts';
import { bandOf, MAP_LEGEND, type Band } from './map-key.ts';
import { FONT, placeLabels, type Box } from './map-labels.ts';
import { countryAt, loadedGeography, type Geography } from './map-geography.ts';
import { BACKDROP_KEY, paintBackdrop, paintCanvas } from './map-backdrop.ts';
import { paintMap, paintTensions, type TensionLine } from './map-paint.ts';
import { ASTANA, frameMap, type Point } from './map-projection.ts';

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

const TEXT = '#f4f1e6';
const LABEL_BACK = '#0d1b2add';
const METER = { height: 6, gap: 2 };
const GLIDE_MS = 900;

export function attitudeColour(attitude: number): number {
  const band = bandOf(attitude);
  return band === 'warm' ? 0x5cb85c : band === 'cold' ? 0xe0605a : 0xb8b8b8;
}

interface Placed {
  actor: ActorDef;
  at: Point & { beyond: boolean };
  r: number;
}

export class GameScene extends Phaser.Scene {
  private view: WorldView | null = null;
  /** the attitudes as last drawn, so a change can glide from the old value */
  private drawn: Record<string, number> = {};
  private painted = '';
  /** the map's labels by what they name, kept from one drawing to the next */
  private labels = new Map<string, Phaser.GameObjects.Text>();
  private used = new Set<string>();
  /** the land and sea alone, as last painted, and what they were painted for */
  private land: HTMLCanvasElement | null = null;
  private landKey = '';

  constructor() {
    super('Game');
  }

  init(data: WorldView): void {
    this.view = data;
    // a restarted scene has destroyed its objects: no label survives
    this.labels.clear();
    this.drawn = {};
    this.painted = '';
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
    // labels are kept and given their new words (drawing type is the costly part of a redraw); the rest goes
    const kept = new Set<Phaser.GameObjects.GameObject>(this.labels.values());
    for (const child of [...this.children.list]) if (!kept.has(child)) child.destroy();
    this.used.clear();
    const { rules, state, area } = view;
    const width = Math.max(80, Math.round(area.width));
    const height = Math.max(80, Math.round(area.height));
    const actors = rules.actors.filter((a) => a.position !== null);
    const frame = frameMap(width, height, actors.map((a) => a.position!));
    const geo = loadedGeography(this);

    const offset = (p: Point & { beyond: boolean }) => ({ ...p, x: p.x + area.x, y: p.y + area.y });
    const kz = offset(frame.locate(ASTANA));
    const placed: Placed[] = actors.map((actor) => ({ actor, at: offset(frame.locate(actor.position!)), r: 7 + (own(state.actors, actor.id)?.dependence ?? 0) / 10 }));
    const where = new Map(placed.map((p) => [p.actor.id, p]));
    // where each actor is drawn, in window pixels, for the browser tests to click on
    this.registry.set('marks', Object.fromEntries(placed.map((p) => [p.actor.id, { x: Math.round(p.at.x), y: Math.round(p.at.y) }])));

    const tensionLines: TensionLine[] = [];
    const tensionMarks = rules.tensions.flatMap((t) => {
      const a = where.get(t.a);
      const b = where.get(t.b);
      if (!a || !b) return [];
      const level = readRef(rules, state, { kind: 'tension', a: t.a, b: t.b });
      tensionLines.push({ from: { x: a.at.x - area.x, y: a.at.y - area.y }, to: { x: b.at.x - area.x, y: b.at.y - area.y }, level });
      return [{ x: (a.at.x + b.at.x) / 2, y: (a.at.y + b.at.y) / 2, r: 3, text: `tension ${num(level)}` }];
    });
    this.paintLand(frame, geo, actors, state, area, tensionLines);

    // one graphics object per actor's line and meter, so a glide redraws only what moves
    const lines = placed.map(() => this.add.graphics());
    const marks = this.add.graphics();
    marks.fillStyle(0xf2c14e, 1).fillCircle(kz.x, kz.y, 10).lineStyle(2, 0x0d1b2a, 1).strokeCircle(kz.x, kz.y, 10);
    for (const p of placed) {
      const attitude = own(state.actors, p.actor.id)?.attitude ?? 0;
      marks.fillStyle(attitudeColour(attitude), 1).fillCircle(p.at.x, p.at.y, p.r).lineStyle(2, 0x0d1b2a, 1).strokeCircle(p.at.x, p.at.y, p.r);
      if (p.at.beyond) marks.lineStyle(2, 0xf4f1e6, 1).strokeCircle(p.at.x, p.at.y, p.r + 3);
      // a click on an actor opens its card in the panel (the same card is in the panel's list, for the keyboard)
      // (a zone: it takes the pointer and draws nothing)
      const reach = p.r + 6;
      this.add
        .zone(p.at.x, p.at.y, 2 * reach, 2 * reach)
        .setInteractive({ hitArea: new Phaser.Geom.Circle(reach, reach, reach), hitAreaCallback: Phaser.Geom.Circle.Contains, useHandCursor: true })
        .on('pointerdown', () => this.game.events.emit('mv-actor', p.actor.id));
    }

    // a small map (a narrow window) gets one-line labels and no meters, so that they do not cover each other
    const compact = area.height < 320 || area.width < 560;
    // and a large one larger type, read from further back (a classroom projector)
    const size = compact ? 12 : area.width >= 1000 && area.height >= 640 ? 15 : 13;
    const style = (size: number, colour = TEXT) => ({ fontFamily: FONT, fontSize: `${size}px`, color: colour, backgroundColor: LABEL_BACK, padding: { x: 3, y: 2 } });
    const legend = this.legend(area, style(Math.max(12, size - 1), '#c5cfd9'));
    const labelOf = (p: Placed) => {
      const s = own(state.actors, p.actor.id);
      const name = `${textOf(p.actor.name)}${p.at.beyond ? ' (off the map)' : ''}`;
      return compact ? `${name} ${signed(s?.attitude ?? 0)}` : `${name}\nattitude ${signed(s?.attitude ?? 0)} · trust ${num(s?.trust ?? 0)}`;
    };
    const actorLabels = [this.label('kazakhstan', 'Kazakhstan', style(size + 1, '#f2c14e')), ...placed.map((p) => this.label(`actor:${p.actor.id}`, labelOf(p), style(size)))];
    const boxes = placeLabels(
      [{ x: kz.x, y: kz.y, r: 10 }, ...placed.map((p) => ({ x: p.at.x, y: p.at.y, r: p.r }))],
      actorLabels,
      { x: area.x, y: area.y, w: area.width, h: area.height },
      compact ? 0 : METER.gap + METER.height,
      legend ? [legend] : [],
    );
    const tensionLabels = tensionMarks.map((m, i) => this.label(`tension:${i}`, m.text, style(Math.max(12, size - 1), '#ffc58a')));
    placeLabels(tensionMarks, tensionLabels, { x: area.x, y: area.y, w: area.width, h: area.height }, 0, [...(legend ? [legend] : []), ...boxes], true);

    for (const [key, text] of this.labels) {
      if (this.used.has(key)) continue;
      text.destroy();
      this.labels.delete(key);
    }
    const meters = placed.map(() => this.add.graphics());
    const drawActor = (i: number, attitude: number) => {
      const p = placed[i]!;
      const line = lines[i]!;
      line.clear().lineStyle(1 + Math.abs(attitude) / 20, attitudeColour(attitude), 0.85);
      if (bandOf(attitude) === 'cold') dashed(line, kz, p.at, 7, 5);
      else line.lineBetween(kz.x, kz.y, p.at.x, p.at.y);
      const box = boxes[i + 1]!;
      if (!compact) drawMeter(meters[i]!, { x: box.x, y: box.y + box.h - METER.height, w: box.w, h: METER.height }, attitude);
    };
    const before = this.drawn;
    this.drawn = Object.fromEntries(placed.map((p) => [p.actor.id, own(state.actors, p.actor.id)?.attitude ?? 0]));
    placed.forEach((p, i) => {
      const now = own(this.drawn, p.actor.id)!;
      const old = own(before, p.actor.id);
      drawActor(i, old ?? now);
      if (old === undefined || Math.abs(now - old) < 0.05) return;
      const glide = { value: old };
      this.tweens.add({ targets: glide, value: now, duration: GLIDE_MS, ease: 'Cubic.easeInOut', onUpdate: () => drawActor(i, glide.value) });
      this.pulse(p, now - old);
    });
  }

  /** The land, the sea and the tensions, repainted only when the map's size, a shading or a tension changes. */
  private paintLand(frame: ReturnType<typeof frameMap>, geo: Geography | null, actors: readonly ActorDef[], state: GameState, area: MapArea, tensions: readonly TensionLine[]): void {
    const canvas = this.registry.get(BACKDROP_KEY) as HTMLCanvasElement | undefined;
    if (!canvas) return;
    const shades = new Map<string, Band>();
    if (geo) {
      for (const a of actors) {
        const id = countryAt(geo, a.position!.lon, a.position!.lat);
        if (id) shades.set(id, bandOf(own(state.actors, a.id)?.attitude ?? 0));
      }
    }
    const place = `${area.x},${area.y},${frame.width}x${frame.height}:${actors.map((a) => `${a.id}@${a.position!.lon},${a.position!.lat}`).join(';')}`;
    const landKey = `${place}:${[...shades].join(';')}`;
    const key = `${landKey}:${tensions.map((t) => t.level).join(';')}`;
    if (key === this.painted) return;
    // the coastlines are the costly part and change only with a shading: kept in a canvas of their own, copied in
    // when only a tension moved (nearly every turn)
    if (landKey !== this.landKey || !this.land) {
      this.land = document.createElement('canvas');
      paintCanvas(this.land, frame.width, frame.height, (ctx) => paintMap(ctx, frame, geo, shades));
      this.landKey = landKey;
    }
    const land = this.land;
    paintBackdrop(canvas, { x: area.x, y: area.y, width: frame.width, height: frame.height }, 1, (ctx) => {
      ctx.drawImage(land, 0, 0, frame.width, frame.height);
      paintTensions(ctx, tensions);
    });
    this.painted = key;
  }

  /** The label kept under `key`, with these words and this style, made if it is new; shown, on top. */
  private label(key: string, words: string, style: Phaser.Types.GameObjects.Text.TextStyle): Phaser.GameObjects.Text {
    this.used.add(key);
    const look = JSON.stringify(style);
    let text = this.labels.get(key);
    if (!text || text.getData('look') !== look) {
      text?.destroy();
      text = this.add.text(0, 0, words, style).setData('look', look);
      this.labels.set(key, text);
    } else {
      text.setText(words);
    }
    return text.setVisible(true).setDepth(1);
  }

  /** What the marks mean, in words: colour is never the only carrier. Left out when the map is small (the panel's
   * "Reading the map" says the same). */
  private legend(area: MapArea, style: Phaser.Types.GameObjects.Text.TextStyle): Box | null {
    if (area.height < 480 || area.width < 560) return null;
    const text = this.label('legend', MAP_LEGEND.join('\n'), style);
    text.setPosition(area.x + 6, area.y + area.height - text.height - 6);
    return { x: text.x, y: text.y, w: text.width, h: text.height };
  }

  /** A ring that widens and fades, and the change in numbers rising from the circle. */
  private pulse(p: Placed, delta: number): void {
    const colour = delta > 0 ? 0x7ed67e : 0xff8a80;
    const ring = this.add.circle(p.at.x, p.at.y, p.r, colour, 0).setStrokeStyle(3, colour, 1).setDepth(2);
    this.tweens.add({ targets: ring, scale: 2.2, alpha: 0, duration: GLIDE_MS, ease: 'Cubic.easeOut', onComplete: () => ring.destroy() });
    const text = this.add
      .text(p.at.x, p.at.y - p.r - 4, signed(delta), { fontFamily: FONT, fontSize: '14px', fontStyle: 'bold', color: delta > 0 ? '#7ed67e' : '#ff8a80', backgroundColor: LABEL_BACK, padding: { x: 2, y: 1 } })
      .setOrigin(0.5, 1)
      .setDepth(2);
    this.tweens.add({ targets: text, y: text.y - 24, alpha: 0, delay: 600, duration: 1200, onComplete: () => text.destroy() });
  }
}

/** A meter from −100 to +100: a dark track, a tick at zero, and a bar from zero to the value. */
function drawMeter(g: Phaser.GameObjects.Graphics, box: Box, value: number): void {
  const mid = box.x + box.w / 2;
  const share = Math.max(-1, Math.min(1, value / 100));
  g.clear().fillStyle(0x0d1b2a, 0.9).fillRect(box.x, box.y, box.w, box.h);
  g.fillStyle(attitudeColour(value), 1);
  if (share >= 0) g.fillRect(mid, box.y + 1, (box.w / 2) * share, box.h - 2);
  else g.fillRect(mid + (box.w / 2) * share, box.y + 1, (box.w / 2) * -share, box.h - 2);
  g.fillStyle(0xf4f1e6, 1).fillRect(mid - 0.5, box.y, 1, box.h);
}

/** Phaser's graphics draw no dashes: a line of short segments. */
function dashed(g: Phaser.GameObjects.Graphics, from: Point, to: Point, dash: number, gap: number): void {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length === 0) return;
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  for (let s = 0; s < length; s += dash + gap) {
    const e = Math.min(length, s + dash);
    g.lineBetween(from.x + ux * s, from.y + uy * s, from.x + ux * e, from.y + uy * e);
  }
}
