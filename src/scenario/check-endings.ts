// Every game must end, and every ending must be reachable. Endings without atEnd are checked each turn by their
// `when`; atEnd endings only when the calendar runs out, the first whose `when` holds (or that has none) winning.
// So an unconditional atEnd ending must exist, and atEnd endings after it can never be chosen.
import { entries, type CheckContext } from './check-context.ts';

export function checkEndings(ctx: CheckContext): void {
  const { scenario: s, map, problems } = ctx;
  let final: { id: string; line: number } | undefined;
  for (const ending of s.endings) {
    const label = `ending '${ending.id}'`;
    const atEnd = ending.atEnd === true;
    if (!atEnd && ending.when === undefined) {
      problems.error('unreachable-ending', map.locate(ending, 'id'), `${label} has neither a when nor atEnd: true, so it is never reached`, 'give it a when, or atEnd: true for the end of the calendar');
      continue;
    }
    if (!atEnd) continue;
    if (final) {
      problems.error('unreachable-ending', map.locate(ending, 'atEnd'), `${label} comes after ending '${final.id}' (line ${final.line}), which always applies when the calendar runs out, so it is never chosen`, `move it before '${final.id}'`);
      continue;
    }
    if (ending.when === undefined) final = { id: ending.id, line: map.locate(ending, 'id').line };
  }
  // an unconditional atEnd ending left out for a schema error still counts: its own error is reported
  const finalAmongAll = entries(ctx.raw, 'endings').some((e) => e.atEnd === true && !('when' in e));
  if (!final && !finalAmongAll) {
    problems.error('no-final-ending', map.locate(s, 'endings', { part: 'key' }), 'no ending is certain when the calendar runs out, so a game could outlive its calendar with no ending', 'add, last among the atEnd endings, one with atEnd: true and no when');
  }
}
