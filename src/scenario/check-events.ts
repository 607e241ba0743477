// An event fires in exactly one way: on a date (dated), when a condition first holds (conditional), or drawn by
// weight among the random events (with an optional condition). The file says which by the keys it gives.
import type { CheckContext } from './check-context.ts';

export function checkEventTriggers(ctx: CheckContext): void {
  const { scenario: s, map, problems } = ctx;
  let randomEvents = 0;
  for (const event of s.events ?? []) {
    const label = `event '${event.id}'`;
    const hasDate = event.date !== undefined;
    const hasWhen = event.when !== undefined;
    const hasWeight = event.weight !== undefined;
    if (hasDate && (hasWhen || hasWeight)) {
      const other = hasWhen ? 'when' : 'weight';
      problems.error('event-trigger', map.locate(event, other), `${label} has both a date and a ${other}: a dated event fires on its turn, whatever else holds`, `keep the date (a dated event) or the ${other} (${hasWhen ? 'a conditional' : 'a random'} event)`);
      continue;
    }
    if (!hasDate && !hasWhen && !hasWeight) {
      problems.error('event-trigger', map.locate(event, 'id'), `${label} never fires: it has no date, no when and no weight`, 'give it a date (dated), a when (conditional), or a weight (random, optionally with a when)');
      continue;
    }
    if (hasWeight) {
      randomEvents++;
      if (event.weight === 0) problems.warning('never-drawn', map.locate(event, 'weight'), `${label} has weight 0, so it is never drawn`, 'give it a weight above 0, or remove it');
    }
  }
  const chance = s.rules?.randomEventChance;
  if (randomEvents > 0 && chance === 0) {
    problems.warning('never-drawn', map.locate(s.rules ?? s, 'randomEventChance'), `rules.randomEventChance is 0, so the ${randomEvents} random event(s) never occur`);
  }
}
