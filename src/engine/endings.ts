// Whether the game is over: the first ending whose condition holds at the end of a turn, or, when the calendar
// runs out, the first "at end" ending whose condition (if any) holds.
import { holds } from './condition.ts';
import type { StepContext } from './context.ts';
import { endingGradeOf, scoreOf } from './score.ts';
import type { EndingDef } from './types.ts';

export function checkEndings(ctx: StepContext): boolean {
  const { rules, state } = ctx;
  const lastTurn = state.turn >= rules.calendar.length - 1;
  const reached =
    rules.endings.find((e) => !e.atEnd && e.when !== null && holds(rules, state, e.when)) ??
    (lastTurn ? (rules.endings.find((e) => e.atEnd && (e.when === null || holds(rules, state, e.when))) ?? lastResort(rules.endings)) : undefined);
  if (!reached) return false;
  end(ctx, reached);
  return true;
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
