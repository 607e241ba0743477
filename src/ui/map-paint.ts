// Painting the map's land, sea and tensions into a 2D canvas (d3-geo draws straight onto a 2D context): the
// page's still backdrop under Phaser's canvas (map-backdrop.ts), so the thousands of coastline points cost
// nothing per frame.
import { geoGraticule10, geoPath } from 'd3-geo';
import type { Geography } from './map-geography.ts';
import { KAZAKHSTAN_ID } from './map-geography.ts';
import type { Band } from './map-key.ts';
import type { MapFrame, Point } from './map-projection.ts';

export const MAP_COLOURS = {
  sea: '#0f2236',
  graticule: '#1b3653',
  land: '#2a4159',
  border: '#557391',
  kazakhstan: '#8f7224',
  kazakhstanEdge: '#f2c14e',
  warm: '#2b5042',
  cold: '#663238',
  tension: '#ff9f43',
} as const;

/** `shades`: country id -> the band of its actor's attitude toward Kazakhstan (map-key.ts); others plain land. */
export function paintMap(ctx: CanvasRenderingContext2D, frame: MapFrame, geography: Geography | null, shades: ReadonlyMap<string, Band>): void {
  const path = geoPath(frame.projection, ctx);
  ctx.fillStyle = MAP_COLOURS.sea;
  ctx.fillRect(0, 0, frame.width, frame.height);
  ctx.beginPath();
  path(geoGraticule10());
  ctx.strokeStyle = MAP_COLOURS.graticule;
  ctx.lineWidth = 1;
  ctx.stroke();
  if (!geography) return;
  for (const country of geography.countries) {
    const id = String(country.id);
    const shade = shades.get(id);
    ctx.beginPath();
    path(country);
    ctx.fillStyle = id === KAZAKHSTAN_ID ? MAP_COLOURS.kazakhstan : shade === 'warm' || shade === 'cold' ? MAP_COLOURS[shade] : MAP_COLOURS.land;
    ctx.fill();
  }
  ctx.beginPath();
  path(geography.borders);
  ctx.strokeStyle = MAP_COLOURS.border;
  ctx.lineWidth = 0.8;
  ctx.stroke();
  const kazakhstan = geography.countries.find((c) => String(c.id) === KAZAKHSTAN_ID);
  if (kazakhstan) {
    ctx.beginPath();
    path(kazakhstan);
    ctx.strokeStyle = MAP_COLOURS.kazakhstanEdge;
    ctx.lineWidth = 1.6;
    ctx.stroke();
  }
}

/** A tension between two actors, in the map's own pixels; `level` is 0 to 100. */
export interface TensionLine {
  from: Point;
  to: Point;
  level: number;
}

/** Orange dashes between the actors in tension: the higher the tension, the wider and more opaque. */
export function paintTensions(ctx: CanvasRenderingContext2D, lines: readonly TensionLine[]): void {
  ctx.strokeStyle = MAP_COLOURS.tension;
  ctx.setLineDash([9, 6]);
  for (const line of lines) {
    ctx.globalAlpha = Math.min(1, 0.45 + line.level / 250);
    ctx.lineWidth = 1.5 + line.level / 30;
    ctx.beginPath();
    ctx.moveTo(line.from.x, line.from.y);
    ctx.lineTo(line.to.x, line.to.y);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}
