// Whether the game is over: the first ending whose condition holds at the end of a turn, or, when the calendar
// runs out, the first "at end" ending whose condition (if any) holds.
import { holds } from './condition.ts';
import type { StepContext } from './context.ts';
import { endingGradeOf, scoreOf } from './score.ts';
import type { EndingDef, GameState, Rules } from './types.ts';

export function checkEndings(ctx: StepContext): boolean {
  const { rules, state } = ctx;
  const reached = endingNow(rules, state, state.turn >= rules.calendar.length - 1);
  if (!reached) return false;
  end(ctx, reached);
  return true;
}

/**
 * The ending the game would reach if its turn ended now: the first ending whose condition holds, or, on the last
 * turn (`lastTurn`), the first "at end" ending that holds. With `lastTurn` true on any turn, it is the ending
 * the game would have if nothing changed before the calendar ran out (the goals panel's "likely ending").
 */
export function endingNow(rules: Rules, state: GameState, lastTurn: boolean): EndingDef | undefined {
  return (
    rules.endings.find((e) => !e.atEnd && e.when !== null && holds(rules, state, e.when)) ??
    (lastTurn ? (rules.endings.find((e) => e.atEnd && (e.when === null || holds(rules, state, e.when))) ?? lastResort(rules.endings)) : undefined)
  );
}

function end(ctx: StepContext, def: EndingDef): void {
  const score = scoreOf(ctx.rules, ctx.state, def.bonus);
  const ending = { id: def.id, kind: def.kind, turn: ctx.state.turn, score, grade: endingGradeOf(ctx.rules, score, def.kind) };
  ctx.state.status = 'ended';
  ctx.state.ending = ending;
  ctx.happened.push({ kind: 'ending', ending });
}

/** A checked scenario always has an unconditional "at end" ending; this keeps a game from outliving its calendar. */
function lastResort(endings: readonly EndingDef[]): EndingDef | undefined {
  return endings.find((e) => e.atEnd) ?? endings[endings.length - 1];
}
