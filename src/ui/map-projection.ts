// Where the map puts things: an equal-area conic projection centred on Kazakhstan, fitted so that Kazakhstan
// and every actor in Eurasia and its rim fit the map's area with room for their labels. Actors beyond that
// (Washington, New York) sit at the edge of the map, in their direction, marked as beyond it.
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';

export interface Point {
  x: number;
  y: number;
}

export interface Place {
  lon: number;
  lat: number;
}

/** Astana, where Kazakhstan is drawn. */
export const ASTANA: Place = { lon: 71.43, lat: 51.13 };

/** Places outside this window do not stretch the map: they are drawn at its edge instead. */
const EURASIA = { west: -25, east: 180, south: -10, north: 82 };
/** Room kept around the fitted places for labels, in pixels. */
const ROOM = { x: 90, y: 44 };
/** How near the edge an off-map marker sits. */
const EDGE = 18;

export interface MapFrame {
  readonly projection: GeoProjection;
  readonly width: number;
  readonly height: number;
  /** where a place is drawn, in the map's own pixels, and whether it is really there or at the edge in its direction */
  locate(place: Place): Point & { beyond: boolean };
}

function inEurasia(p: Place): boolean {
  return p.lon >= EURASIA.west && p.lon <= EURASIA.east && p.lat >= EURASIA.south && p.lat <= EURASIA.north;
}

export function frameMap(width: number, height: number, places: readonly Place[]): MapFrame {
  const near = places.filter(inEurasia);
  // a minimum span around Kazakhstan, so a scenario with only close neighbours does not zoom into one province
  const frame = [ASTANA, ...near, { lon: ASTANA.lon - 30, lat: ASTANA.lat - 14 }, { lon: ASTANA.lon + 30, lat: ASTANA.lat + 14 }];
  const roomX = Math.min(ROOM.x, width / 5);
  const roomY = Math.min(ROOM.y, height / 5);
  const projection = geoConicEqualArea()
    .rotate([-ASTANA.lon, 0])
    .parallels([35, 55])
    .fitExtent(
      [
        [roomX, roomY],
        [Math.max(roomX + 1, width - roomX), Math.max(roomY + 1, height - roomY)],
      ],
      { type: 'MultiPoint', coordinates: frame.map((p) => [p.lon, p.lat]) },
    );
  const centre = projection([ASTANA.lon, ASTANA.lat]) ?? [width / 2, height / 2];
  const inside = (x: number, y: number) => x >= EDGE && x <= width - EDGE && y >= EDGE && y <= height - EDGE;
  return {
    projection,
    width,
    height,
    locate(place) {
      const at = projection([place.lon, place.lat]);
      if (at && inside(at[0], at[1])) return { x: at[0], y: at[1], beyond: false };
      const [tx, ty] = at ?? [place.lon < ASTANA.lon ? -width : 2 * width, height / 2];
      return { ...towardEdge({ x: centre[0], y: centre[1] }, { x: tx, y: ty }, width, height), beyond: true };
    },
  };
}

/** The point where the line from `from` toward `to` meets the map's edge (kept EDGE pixels inside it). */
function towardEdge(from: Point, to: Point, width: number, height: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const limits = [
    dx < 0 ? (EDGE - from.x) / dx : dx > 0 ? (width - EDGE - from.x) / dx : Infinity,
    dy < 0 ? (EDGE - from.y) / dy : dy > 0 ? (height - EDGE - from.y) / dy : Infinity,
  ];
  const t = Math.max(0, Math.min(1, ...limits));
  return { x: from.x + dx * t, y: from.y + dy * t };
}
