// Option values shared by several commands, checked before any work starts: a wrong value is bad usage (exit 2).
import { DIFFICULTIES, parseStrategy, STRATEGY_FORMS, type Difficulty, type Rules, type Strategy } from '../engine/index.ts';
import { didYouMean, plural } from './format.ts';
import { UsageError } from './io.ts';

export const MAX_RUNS = 1_000_000;
export const DEFAULT_SEED = 'multivector';

export function parseRuns(text: string): number {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) throw new UsageError(`--runs must be a whole number from 1 to ${MAX_RUNS.toLocaleString('en')}, not '${text}'`);
  const runs = Number(trimmed);
  if (runs < 1 || runs > MAX_RUNS) {
    throw new UsageError(`--runs must be from 1 to ${MAX_RUNS.toLocaleString('en')}, not ${trimmed}`);
  }
  return runs;
}

export function parseDifficulty(text: string | undefined): Difficulty {
  if (text === undefined) return 'tense';
  if ((DIFFICULTIES as readonly string[]).includes(text)) return text as Difficulty;
  throw new UsageError(`--difficulty must be one of ${DIFFICULTIES.join(', ')}, not '${text}'${didYouMean(text, DIFFICULTIES)}`);
}

export function parseSeed(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (text.length === 0 || text.length > 200) throw new UsageError('--seed must be 1 to 200 characters long');
  return text;
}

/** The plain strategy names, for "did you mean" (the forms with a colon get a hint of their own). */
const PLAIN_STRATEGIES = STRATEGY_FORMS.filter((form) => !form.includes(':'));

/** The strategy's form, before the scenario is read. */
export function parseStrategyOption(text: string | undefined): Strategy {
  const strategy = parseStrategy(text ?? 'random');
  if (strategy) return strategy;
  throw new UsageError(`--strategy must be one of ${STRATEGY_FORMS.join(', ')}, not '${text}'${strategyHint(text ?? '')}`);
}

function strategyHint(text: string): string {
  if (text.startsWith('aligned')) return ' (write it as aligned:ACTOR, like aligned:russia)';
  if (text.startsWith('only')) return ' (write it as only:ID or only:ID,ID with decision ids, like only:sign-deal,host-talks)';
  return didYouMean(text, PLAIN_STRATEGIES);
}

/** A strategy must name the scenario's own actors and decisions. */
export function checkStrategyNames(strategy: Strategy, rules: Rules): void {
  if (strategy.kind === 'only') return checkStrategyDecisions(strategy.decisions, rules);
  if (strategy.kind !== 'aligned') return;
  const ids = rules.actors.map((a) => a.id);
  if (ids.includes(strategy.actor)) return;
  throw new UsageError(
    `unknown actor '${strategy.actor}' in --strategy aligned:${strategy.actor}${didYouMean(strategy.actor, ids)}; ` +
      `the scenario's ${plural(ids.length, 'actor')}: ${ids.join(', ')}`,
  );
}

function checkStrategyDecisions(listed: readonly string[], rules: Rules): void {
  const ids = rules.decisions.map((d) => d.id);
  const unknown = listed.find((id) => !ids.includes(id));
  if (unknown === undefined) return;
  const hint = didYouMean(unknown, ids);
  throw new UsageError(
    `unknown decision '${unknown}' in --strategy only:${listed.join(',')}${hint}` +
      (hint ? '' : `; the scenario's ${plural(ids.length, 'decision')}: ${ids.join(', ')}`),
  );
}
