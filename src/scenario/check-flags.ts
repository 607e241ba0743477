// A flag is a player-visible fact of the game ("the talks moved to Geneva"): previews, the ledger and a refused
// decision's reason all name it. So each flag the scenario sets or reads should have a title under `flags:`,
// or a player reads its id; and a title given to a flag nothing sets or reads is most likely a misspelling.
import type { CheckContext } from './check-context.ts';
import type { ParsedSite } from './check-conditions.ts';
import { parseReference } from './reference.ts';
import type { EffectSite } from './scenario-sites.ts';
import { unknownName } from './suggest.ts';

type Where = ReturnType<CheckContext['map']['locate']>;

export function checkFlagTitles(ctx: CheckContext, effects: readonly EffectSite[], conditions: readonly ParsedSite[]): void {
  // where each flag is first used in the file (the earliest of its effects and conditions)
  const used = new Map<string, Where>();
  // a flag no effect writes is reported as unset where it is read (unset-flag), not also as untitled
  const written = new Set<string>();
  const note = (flag: string, owner: object, key: string, offset: number) => {
    const where = ctx.map.locate(owner, key, { offset });
    const earlier = used.get(flag);
    if (!earlier || where.line < earlier.line || (where.line === earlier.line && where.column < earlier.column)) used.set(flag, where);
  };
  for (const { effect } of effects) {
    const [key, text] = 'set' in effect ? ['set', effect.set] : 'change' in effect ? ['change', effect.change] : [];
    if (key === undefined || text === undefined) continue;
    const read = parseReference(text.trim(), text.length - text.trimStart().length);
    if (!read.ok || read.use.ref.kind !== 'flag') continue;
    written.add(read.use.ref.flag);
    note(read.use.ref.flag, effect, key, read.use.offset);
  }
  for (const site of conditions) {
    for (const use of site.refs) if (use.ref.kind === 'flag') note(use.ref.flag, site.owner, site.key, use.offset);
  }
  const titled = new Set((ctx.scenario.flags ?? []).map((f) => f.id));
  for (const [flag, where] of used) {
    if (titled.has(flag) || !written.has(flag)) continue;
    ctx.problems.warning(
      'untitled-flag',
      where,
      `flag.${flag} has no title, so a player reads '${flag}' wherever it shows (previews, the ledger, why a decision is refused)`,
      `give it one under flags:, like - { id: ${flag}, title: what it means in words }`,
    );
  }
  for (const def of ctx.scenario.flags ?? []) {
    if (used.has(def.id)) continue;
    const { message, hint } = unknownName(def.id, [...used.keys()], 'flag', ctx.suggestions);
    ctx.problems.warning('unused-flag', ctx.map.locate(def, 'id'), `${message}: no effect sets it and no condition reads it`, hint ?? 'remove its title, or check its spelling');
  }
}
