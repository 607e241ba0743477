// What the map's colours, widths and dashes mean, in one place: the map draws by these bands, its legend and the
// panel's "Reading the map" say them in words (colour is never the only carrier). The bands are the map's way of
// drawing an attitude, not a rule of the game: the engine's own thresholds (levers, endings) are the scenario's.

/** An attitude at or above this is drawn warm (green), at or below its negative cold (red, dashed). */
export const WARM_FROM = 20;

export type Band = 'warm' | 'cold' | 'neutral';

export function bandOf(attitude: number): Band {
  return attitude >= WARM_FROM ? 'warm' : attitude <= -WARM_FROM ? 'cold' : 'neutral';
}

export const MAP_KEY: readonly string[] = [
  `Green: attitude toward Kazakhstan +${WARM_FROM} or above; red and dashed: −${WARM_FROM} or below; grey: between`,
  'Line width: how warm or cold the relation; circle size: how much Kazakhstan depends on the actor',
  'Meter under a name: attitude, −100 to +100',
  'Orange dashes: tension between two actors (the figure beside them, 0 to 100)',
];

/** The same, short enough to sit in a corner of the map. */
export const MAP_LEGEND: readonly string[] = [
  `Green: attitude +${WARM_FROM} or more · red, dashed: −${WARM_FROM} or less`,
  'Line width: warmth · circle size: dependence',
  'Meter: attitude, −100 to +100 · orange dashes: tension',
];
