// The world's countries from Natural Earth (the world-atlas package's 1:110m TopoJSON), as GeoJSON for d3-geo,
// and which country holds a place, so an actor's home can be shaded by how it stands with Kazakhstan.
import { geoContains } from 'd3-geo';
import type Phaser from 'phaser';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import countriesUrl from 'world-atlas/countries-110m.json?url';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Where the built site serves the geography from (Vite gives it a hashed name). */
export const COUNTRIES_URL: string = countriesUrl;

/** Kazakhstan's ISO 3166-1 numeric code, the id world-atlas gives each country. */
export const KAZAKHSTAN_ID = '398';

export interface Geography {
  readonly countries: readonly Feature<Geometry>[];
  /** every border once (shared edges are not drawn twice) */
  readonly borders: MultiLineString;
}

type Countries = Topology<{ countries: GeometryCollection }>;

function isCountries(data: unknown): data is Countries {
  const d = data as { type?: unknown; objects?: { countries?: { type?: unknown } } } | null;
  return typeof d === 'object' && d !== null && d.type === 'Topology' && d.objects?.countries?.type === 'GeometryCollection';
}

/** The map's geography, or null when the data did not arrive whole (the game then draws a plain backdrop). */
export function geographyOf(data: unknown): Geography | null {
  if (!isCountries(data)) return null;
  const collection = feature(data, data.objects.countries) as FeatureCollection<Geometry>;
  return { countries: collection.features, borders: mesh(data, data.objects.countries, (a, b) => a !== b) };
}

const found = new WeakMap<Geography, Map<string, string | null>>();

/**
 * The id of the country a place lies in, if any (open sea, or a city on a coast the coarse map misses, has none).
 * Remembered: the search tests the place against every country's outline, and the map asks after every move.
 */
export function countryAt(geography: Geography, lon: number, lat: number): string | null {
  let known = found.get(geography);
  if (!known) found.set(geography, (known = new Map()));
  const key = `${lon},${lat}`;
  if (!known.has(key)) {
    const country = geography.countries.find((c) => geoContains(c, [lon, lat]));
    known.set(key, country?.id === undefined ? null : String(country.id));
  }
  return known.get(key)!;
}

let loaded: Geography | null | undefined;
/** The countries the preloader fetched (Phaser's cache key 'countries'), turned into GeoJSON once. */
export function loadedGeography(scene: Phaser.Scene): Geography | null {
  loaded ??= geographyOf(scene.cache.json.get('countries'));
  return loaded;
}
