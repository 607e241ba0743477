// Effects name what they change: a changeable number, a flag, or a track. Derived numbers (turn, stage,
// progress, credit, fired, taken) move by the rules alone, so an effect that names one is told what to use.
import type { Ref } from '../engine/types.ts';
import type { CheckContext } from './check-context.ts';
import { checkRefParts } from './check-references.ts';
import { parseReference } from './reference.ts';
import type { EffectSite } from './scenario-sites.ts';
import { unknownName } from './suggest.ts';

const NOT_CHANGEABLE: Partial<Record<Ref['kind'], string>> = {
  turn: 'turns pass by themselves',
  stage: 'a track changes stage by the rules; push it with mediate: TRACK or advance: TRACK',
  progress: 'push a track with mediate: TRACK or advance: TRACK',
  credit: "credit is Kazakhstan's share of a track's progress; it grows with mediate: TRACK",
  held: 'progress waits past 100 by the rules; push a track with mediate: TRACK or advance: TRACK',
  fired: 'fired counts what happened; remember something with set: flag.NAME',
  taken: 'taken counts what the player did; remember something with set: flag.NAME',
};

export function checkEffects(ctx: CheckContext, sites: readonly EffectSite[]): void {
  for (const { effect, label } of sites) {
    if ('change' in effect) checkTarget(ctx, effect, 'change', effect.change, label);
    else if ('set' in effect) checkTarget(ctx, effect, 'set', effect.set, label);
    else {
      const key = 'mediate' in effect ? 'mediate' : 'advance' in effect ? 'advance' : 'reveal' in effect ? 'reveal' : 'spoil';
      const track = 'mediate' in effect ? effect.mediate : 'advance' in effect ? effect.advance : 'reveal' in effect ? effect.reveal : effect.spoil;
      if (!ctx.known.tracks.has(track)) {
        const { message, hint } = unknownName(track, ctx.known.tracks, 'track', ctx.suggestions);
        ctx.problems.error('unknown-reference', ctx.map.locate(effect, key), `${message} (in an effect of ${label})`, hint);
      }
    }
  }
}

function checkTarget(ctx: CheckContext, effect: object, key: 'change' | 'set', text: string, label: string): void {
  const at = (offset: number) => ctx.map.locate(effect, key, { offset });
  const lead = text.length - text.trimStart().length;
  const read = parseReference(text.trim(), lead);
  if (!read.ok) {
    ctx.problems.error(read.problem.code, at(read.problem.offset), `${read.problem.message} (in an effect of ${label})`, read.problem.hint);
    return;
  }
  const { ref } = read.use;
  if (key === 'set') {
    if (ref.kind !== 'flag') {
      ctx.problems.error('not-changeable', at(lead), `set works on flags, and '${text}' is not one`, `write set: flag.NAME, or change: ${text} with by: to move a number`);
    }
    return;
  }
  const why = NOT_CHANGEABLE[ref.kind];
  if (why !== undefined) {
    ctx.problems.error('not-changeable', at(lead), `'${text}' cannot be changed by an effect (in ${label})`, why);
    return;
  }
  checkRefParts(ctx, read.use, effect, key);
}
