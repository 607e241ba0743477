// Ids are how the file refers to things, so each must name one thing: unique per kind, and within an actor
// (its reactions and levers) and an event (its choices).
import type { CheckContext } from './check-context.ts';

export function checkUniqueIds(ctx: CheckContext): void {
  const s = ctx.scenario;
  unique(ctx, s.actors, 'actor');
  unique(ctx, s.decisions, 'decision');
  unique(ctx, s.events ?? [], 'event');
  unique(ctx, s.tracks ?? [], 'track');
  unique(ctx, s.endings, 'ending');
  unique(ctx, s.advisors ?? [], 'advisor');
  unique(ctx, s.sources ?? [], 'source');
  for (const a of s.actors) {
    unique(ctx, a.reactions ?? [], `reaction of actor '${a.id}'`);
    unique(ctx, a.levers ?? [], `lever of actor '${a.id}'`);
  }
  for (const e of s.events ?? []) unique(ctx, e.choices ?? [], `choice of event '${e.id}'`);
}

function unique(ctx: CheckContext, items: readonly { id: string }[], what: string): void {
  const first = new Map<string, object>();
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, item);
      continue;
    }
    const { line } = ctx.map.locate(earlier, 'id');
    ctx.problems.error('duplicate-id', ctx.map.locate(item, 'id'), `the ${what} id '${item.id}' is used twice (first on line ${line})`, 'give each one its own id');
  }
}
