// Checking a scenario read from YAML: first its shape (the schema), then its meaning (names resolve, dates fit
// the calendar, conditions can hold, endings can be reached). Every problem is collected; when the shape is
// broken in places, the meaning checks still run on the parts that are sound (see prune.ts).
import { checkActorMoves } from './check-actor-moves.ts';
import { checkConditions } from './check-conditions.ts';
import { knownIds, type CheckContext } from './check-context.ts';
import { checkDates } from './check-dates.ts';
import { checkDelays } from './check-delays.ts';
import { checkEffects } from './check-effects.ts';
import { checkEndings } from './check-endings.ts';
import { checkEventTriggers } from './check-events.ts';
import { checkHistory } from './check-history.ts';
import { checkUniqueIds } from './check-ids.ts';
import { checkIdLists } from './check-references.ts';
import { checkSatisfiable } from './check-satisfiable.ts';
import { checkFlagTitles } from './check-flags.ts';
import { checkWorld } from './check-world.ts';
import type { DiagnosticList } from './diagnostic-list.ts';
import { effectFacts } from './domains.ts';
import { pruneUntilValid } from './prune.ts';
import { conditionSites, effectSites } from './scenario-sites.ts';
import { scenarioSchema, type ScenarioFile } from './schema.ts';
import { reportSchemaIssues } from './schema-issues.ts';
import type { SourceMap } from './source-map.ts';
import { SuggestionBudget } from './suggest.ts';

/** The scenario as the schema returns it when there is no error (warnings allowed), else null. */
export function validateScenario(data: unknown, map: SourceMap, problems: DiagnosticList): ScenarioFile | null {
  const result = scenarioSchema.safeParse(data);
  let sound: unknown = data;
  let broken: ReadonlyMap<string, ReadonlySet<string>> = new Map();
  if (!result.success) {
    reportSchemaIssues(scenarioSchema, data, result.error.issues, map, problems);
    const pruned = pruneUntilValid(scenarioSchema, data, result.error.issues, map);
    if (!pruned) return null;
    sound = pruned.data;
    broken = pruned.broken;
  }
  // `sound` passed the schema, so it has the scenario's shape; it is the file's own objects, which the source
  // map can place, rather than the schema's copies.
  const scenario = sound as ScenarioFile;
  const suggestions = new SuggestionBudget();
  checkMeaning({ scenario, map, problems, known: knownIds(scenario, broken, data, suggestions), suggestions, raw: data });
  return result.success && !problems.hasErrors ? result.data : null;
}

function checkMeaning(ctx: CheckContext): void {
  checkUniqueIds(ctx);
  checkActorMoves(ctx);
  checkIdLists(ctx);
  checkDates(ctx);
  checkHistory(ctx);
  checkEventTriggers(ctx);
  checkEndings(ctx);
  checkWorld(ctx);
  const effects = effectSites(ctx.scenario);
  checkEffects(ctx, effects);
  checkDelays(ctx, effects);
  const conditions = checkConditions(ctx, conditionSites(ctx.scenario));
  checkSatisfiable(ctx, conditions, effectFacts(ctx.raw));
  checkFlagTitles(ctx, effects, conditions);
}
