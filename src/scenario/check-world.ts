// Numbers that are each in range but make no sense together: more starting capital than can be held, a
// decision that costs more than the most capital there can be, stage thresholds or grade bands out of order.
import { STAGES } from '../engine/types.ts';
import { entries, type CheckContext } from './check-context.ts';

export function checkWorld(ctx: CheckContext): void {
  const { scenario: s, map, problems } = ctx;
  // counted over every actor in the file, so an actor left out for a schema error does not also cause this
  const greatPowers = entries(ctx.raw, 'actors').filter((a) => a.greatPower === true).length;
  if (greatPowers < 2) {
    problems.warning('few-great-powers', map.locate(s, 'actors', { part: 'key' }), `${greatPowers === 0 ? 'no actor is' : 'only one actor is'} a great power, so no move toward one costs anything with a rival`, 'mark the rival powers with greatPower: true');
  }

  const capital = s.kazakhstan.capital;
  if (capital.start > capital.max) {
    problems.error('out-of-range', map.locate(capital, 'start'), `kazakhstan.capital.start (${capital.start}) is above its max (${capital.max})`, 'capital never exceeds max');
  }
  for (const decision of s.decisions) {
    if (decision.cost > capital.max) {
      problems.error('unusable-decision', map.locate(decision, 'cost'), `decision '${decision.id}' costs ${decision.cost}, but capital never exceeds ${capital.max}`, 'lower its cost or raise kazakhstan.capital.max');
    }
  }

  for (const track of s.tracks ?? []) {
    if (!track.thresholds) continue;
    let previous = 0;
    let previousStage = 'none';
    for (const stage of STAGES.slice(1)) {
      const value = track.thresholds[stage];
      if (value === undefined) continue;
      if (value < previous) {
        problems.warning('thresholds-order', map.locate(track.thresholds, stage), `track '${track.id}' needs less readiness for ${stage} (${value}) than for ${previousStage} (${previous})`, 'later stages usually need more readiness');
      }
      previous = value;
      previousStage = stage;
    }
  }

  const grade = s.grade;
  if (grade?.bands) {
    const seen = new Set<string>();
    grade.bands.forEach((band, i) => {
      const before = grade.bands?.[i - 1];
      if (before && band.min >= before.min) {
        problems.warning('grade-bands', map.locate(band, 'min'), `grade band '${band.grade}' (min ${band.min}) is not below the band before it (min ${before.min}), so it is never given`, 'list the bands from the highest min to the lowest');
      }
      if (seen.has(band.grade)) problems.warning('grade-bands', map.locate(band, 'grade'), `grade '${band.grade}' has two bands`);
      seen.add(band.grade);
    });
    if (grade.bands.length === 0) problems.error('grade-bands', map.locate(grade, 'bands'), 'grade.bands is empty, so no game gets a grade', 'remove bands to use the default A-F, or list some');
  }
  if (grade?.weights) {
    const weights = grade.weights;
    const given = Object.values(weights).filter((w): w is number => typeof w === 'number');
    // missing weights default to 1, so only an all-zero set leaves the score to the bonus
    const all = Object.keys(weights).length === 6 && given.every((w) => w === 0);
    if (all) problems.warning('grade-weights', map.locate(grade, 'weights'), 'every grade weight is 0, so the score is only the ending\'s bonus');
  }
}
