// Consequences over time must fit the calendar: an effect delayed, or an upkeep starting, more turns after a
// move than the scenario has turns can never apply, which is surely not what the author meant.
import type { CheckContext } from './check-context.ts';
import type { EffectSite, FileUpkeep } from './scenario-sites.ts';

export function checkDelays(ctx: CheckContext, sites: readonly EffectSite[]): void {
  const turns = ctx.scenario.calendar.length;
  for (const { effect, label } of sites) {
    if (effect.after === undefined || effect.after < turns) continue;
    ctx.problems.warning('never-due', ctx.map.locate(effect, 'after'),
      `an effect of ${label} is delayed ${effect.after} turns, but the scenario has only ${turns}, so it never applies`,
      `delay it by at most ${Math.max(1, turns - 1)} turns`);
  }
  const upkeeps: { upkeep: FileUpkeep; label: string }[] = [];
  for (const d of ctx.scenario.decisions) if (d.upkeep) upkeeps.push({ upkeep: d.upkeep, label: `decision '${d.id}'` });
  for (const e of ctx.scenario.events ?? []) {
    for (const c of e.choices ?? []) if (c.upkeep) upkeeps.push({ upkeep: c.upkeep, label: `choice '${c.id}' of event '${e.id}'` });
  }
  for (const a of ctx.scenario.actors) {
    for (const m of a.moves ?? []) {
      for (const o of m.options ?? []) if (o.upkeep) upkeeps.push({ upkeep: o.upkeep, label: `option '${o.id}' of move '${m.id}' of actor '${a.id}'` });
    }
  }
  for (const { upkeep, label } of upkeeps) {
    if (upkeep.from === undefined || upkeep.from < turns) continue;
    ctx.problems.warning('never-due', ctx.map.locate(upkeep, 'from'),
      `the upkeep of ${label} starts ${upkeep.from} turns after it is taken, but the scenario has only ${turns}, so it never applies`,
      `start it at most ${Math.max(0, turns - 1)} turns after`);
  }
}
