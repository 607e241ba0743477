// Standing commitments: a decision (or an answer to an event) may commit Kazakhstan to an upkeep, effects at the
// end of every turn of a window (a credit's debt service, a customs union's tariffs). The state holds the running
// ones; world/delayed.ts applies their upkeep; front ends ask `commitmentsOf` what runs and what it costs.
import type { StepContext } from './context.ts';
import { lookup } from './lookup.ts';
import { textOf } from './text.ts';
import type { CauseSource, CommitmentState, Effect, GameState, Rules, UpkeepDef } from './types.ts';

/** The upkeep a decision or an answer carries, and the words that name the move, or null. */
export function upkeepOf(rules: Rules, source: CauseSource): { upkeep: UpkeepDef; title: string } | null {
  const index = lookup(rules);
  if (source.kind === 'decision') {
    const def = index.decision.get(source.id);
    return def?.upkeep ? { upkeep: def.upkeep, title: textOf(def.title) } : null;
  }
  if (source.kind === 'choice') {
    const event = index.event.get(source.event);
    const option = event?.choices.find((c) => c.id === source.option);
    if (event) return option?.upkeep ? { upkeep: option.upkeep, title: `${textOf(event.title)}: ${textOf(option.label)}` } : null;
    // an answer to a power's offer or demand (see demands.ts), named as its answer is: "Russia: asks …: Decline"
    const entry = index.actorMove.get(source.event);
    const answer = entry?.move.options.find((o) => o.id === source.option);
    if (answer?.upkeep && entry) return { upkeep: answer.upkeep, title: `${textOf(entry.actor.name)}: ${textOf(entry.move.title)}: ${textOf(answer.label)}` };
  }
  return null;
}

/** Start the commitment a move carries, if it carries one. */
export function commit(ctx: StepContext, source: CauseSource): void {
  const found = upkeepOf(ctx.rules, source);
  if (!found) return;
  const since = ctx.state.turn;
  const first = since + found.upkeep.from;
  const last = found.upkeep.turns === null ? null : first + found.upkeep.turns - 1;
  ctx.state.commitments.push({ source, since, first, last });
}

export interface RunningCommitment {
  readonly source: CauseSource;
  /** the move's words: "Accept the Chinese credit line" */
  readonly title: string;
  /** the upkeep's words: "debt service" */
  readonly reason: string;
  /** the turn it was taken on (0-based) */
  readonly since: number;
  /** turns until its first upkeep (0 = at the end of this turn) */
  readonly startsIn: number;
  /** upkeeps still to come, counting this turn's; null = to the end of the game */
  readonly remaining: number | null;
  /** what it costs each turn it applies */
  readonly effects: readonly Effect[];
}

/** What is running: every commitment not yet over, with its upkeep still to come. */
export function commitmentsOf(rules: Rules, state: GameState): RunningCommitment[] {
  const out: RunningCommitment[] = [];
  for (const c of state.commitments) {
    const found = upkeepOf(rules, c.source);
    if (!found || (c.last !== null && c.last < state.turn)) continue;
    const from = Math.max(c.first, state.turn);
    out.push({
      source: c.source,
      title: found.title,
      reason: textOf(found.upkeep.reason),
      since: c.since,
      startsIn: c.first - state.turn > 0 ? c.first - state.turn : 0,
      remaining: c.last === null ? null : c.last - from + 1,
      effects: found.upkeep.effects,
    });
  }
  return out;
}

/** Whether a commitment's upkeep applies at the end of `turn`. */
export function dueOn(c: CommitmentState, turn: number): boolean {
  return turn >= c.first && (c.last === null || turn <= c.last);
}
