// Placing the map's labels: each beside its mark, at the first place that covers no other label or mark and
// stays on the map; failing that, the first place on the map.
import type Phaser from 'phaser';

/** The map's type: the page's own font, installed with Debian's Chromium (fonts-dejavu-core) and on most systems. */
export const FONT = 'DejaVu Sans, sans-serif';

export interface Mark {
  x: number;
  y: number;
  r: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Moves each label next to its mark and returns where each went. `below` is room kept under a label (for its
 * meter); `taken` are boxes no label may cover (the legend). An `optional` label that finds no free place is
 * hidden rather than drawn over another (its figure is in the panel too).
 */
export function placeLabels(marks: readonly Mark[], labels: readonly Phaser.GameObjects.Text[], area: Box, below = 0, taken: Box[] = [], optional = false): Box[] {
  const occupied: Box[] = [...taken, ...marks.map((m) => ({ x: m.x - m.r, y: m.y - m.r, w: 2 * m.r, h: 2 * m.r }))];
  const own = (i: number) => occupied[taken.length + i]!;
  return labels.map((label, i) => {
    const m = marks[i]!;
    const w = label.width;
    const h = label.height + below;
    // beside the mark first, then a little further out: a crowded corner (Damascus, Tehran) still finds room
    const candidates: Box[] = [m.r + 4, m.r + 18, m.r + 34].flatMap((gap) => [
      { x: m.x + gap, y: m.y - h / 2, w, h },
      { x: m.x - gap - w, y: m.y - h / 2, w, h },
      { x: m.x - w / 2, y: m.y - gap - h, w, h },
      { x: m.x - w / 2, y: m.y + gap, w, h },
      { x: m.x + gap, y: m.y - gap - h, w, h },
      { x: m.x + gap, y: m.y + gap, w, h },
      { x: m.x - gap - w, y: m.y - gap - h, w, h },
      { x: m.x - gap - w, y: m.y + gap, w, h },
    ]);
    const inside = (b: Box) => b.x >= area.x && b.y >= area.y && b.x + b.w <= area.x + area.w && b.y + b.h <= area.y + area.h;
    const mine = own(i);
    const free = (b: Box) => inside(b) && occupied.every((t) => t === mine || !overlaps(b, t));
    const spot = candidates.find(free);
    if (!spot && optional) {
      label.setVisible(false);
      return { x: 0, y: 0, w: 0, h: 0 };
    }
    const best = spot ?? candidates.find(inside) ?? clampInto(candidates[0]!, area);
    label.setPosition(best.x, best.y);
    occupied.push(best);
    return best;
  });
}

function clampInto(b: Box, area: Box): Box {
  return { ...b, x: Math.max(area.x, Math.min(b.x, area.x + area.w - b.w)), y: Math.max(area.y, Math.min(b.y, area.y + area.h - b.h)) };
}
