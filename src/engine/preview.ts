// What a decision or an event's option is likely to do, before it is taken: direction and range, never the
// exact draw. The ranges come from the same rules the step applies.
import { couplingShares } from './coupling.ts';
import { demandOption } from './demands.ts';
import { lookup } from './lookup.ts';
import { prematureRisks } from './premature.ts';
import { trustFactor } from './tracks.ts';
import { clamp, round1 } from './numbers.ts';
import { describeRef, readRef, refKey, refRange } from './refs.ts';
import { volatilityOf } from './step.ts';
import { textOf } from './text.ts';
import { STAGES, type ChoiceDef, type DecisionDef, type Effect, type GameState, type Ref, type Rules } from './types.ts';
import { own } from './records.ts';

export interface PreviewLine {
  readonly target: Ref;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly expected: number;
  readonly source: 'direct' | 'coupling' | 'mediation' | 'reaction';
  /** for reactions: who may react and why; for coupling: the tension that drives it */
  readonly note?: string;
}

export type PreviewSubject = { readonly decision: string } | { readonly event: string; readonly option: string };

export function preview(rules: Rules, state: GameState, subject: PreviewSubject): PreviewLine[] {
  const lines: PreviewLine[] = [];
  collect(rules, state, subject, lines, true);
  return lines;
}

/** A preview line without its words: what a strategy weighs. */
export type PreviewValue = Omit<PreviewLine, 'label' | 'note'>;

/**
 * The same lines as `preview`, in the same order and with the same numbers, but without their labels and notes:
 * for strategies, which judge every open move on every move and never read the words.
 */
export function previewValues(rules: Rules, state: GameState, subject: PreviewSubject): PreviewValue[] {
  const lines: PreviewValue[] = [];
  collect(rules, state, subject, lines, false);
  return lines;
}

const CAPITAL: Ref = { kind: 'capital' };

/** What a preview is of: a decision, an event's option, or the answer to a power's offer or demand. */
export function subjectDef(rules: Rules, subject: PreviewSubject): DecisionDef | ChoiceDef | undefined {
  const index = lookup(rules);
  return 'decision' in subject
    ? index.decision.get(subject.decision)
    : (index.event.get(subject.event)?.choices.find((c) => c.id === subject.option) ?? demandOption(rules, subject.event, subject.option));
}

function collect(rules: Rules, state: GameState, subject: PreviewSubject, lines: PreviewValue[], words: boolean): void {
  const index = lookup(rules);
  const found = subjectDef(rules, subject);
  if (!found) return;
  const volatility = volatilityOf(rules, state);
  if ('cost' in found && found.cost > 0) {
    line(rules, state, CAPITAL, -found.cost, -found.cost, 'direct', (-found.cost + -found.cost) / 2, words, lines, null, undefined);
  }
  // delayed effects come later (see previewTimeline in preview-timeline.ts), not with what the move does now
  for (const effect of found.effects) if (!effect.after) effectLines(rules, state, effect, found.neutral, volatility, words, lines, null);
  for (const tag of found.tags) {
    const reactions = index.reactionsTo.get(tag);
    if (reactions === undefined) continue;
    for (const reaction of reactions) {
      for (const effect of reaction.reaction.effects) if (!effect.after) effectLines(rules, state, effect, true, volatility, words, lines, reaction);
    }
  }
}

/** The preview lines of one effect, whatever its delay: what it will do when it applies (a move's timeline). */
export function effectPreview(rules: Rules, state: GameState, effect: Effect, neutral: boolean): PreviewLine[] {
  const lines: PreviewLine[] = [];
  effectLines(rules, state, effect, neutral, volatilityOf(rules, state), true, lines, null);
  return lines;
}

/** How a reaction's possible lines are weighed by its chance. */
interface Reacting {
  readonly chance: number;
  readonly note: string | undefined;
}

function effectLines(
  rules: Rules, state: GameState, effect: Effect, neutral: boolean, volatility: number, words: boolean, out: PreviewValue[], reacting: Reacting | null,
): void {
  switch (effect.kind) {
    case 'change': {
      const spread = effect.spread * volatility;
      const expected = line(rules, state, effect.target, effect.by - spread, effect.by + spread, 'direct', effect.by, words, out, reacting, undefined);
      if (neutral || effect.target.kind !== 'attitude' || expected <= 0) return;
      for (const share of couplingShares(rules, state, effect.target.actor, expected)) {
        line(rules, state, { kind: 'attitude', actor: share.rival }, -share.loss, -share.loss, 'coupling', (-share.loss + -share.loss) / 2, words, out,
          reacting, words ? `tension ${share.tension}` : undefined);
      }
      return;
    }
    case 'set': {
      const before = own(state.flags, effect.flag) ?? 0;
      const delta = effect.to - before;
      line(rules, state, { kind: 'flag', flag: effect.flag }, delta, delta, 'direct', (delta + delta) / 2, words, out, reacting, undefined);
      return;
    }
    case 'mediate':
    case 'advance': {
      const def = lookup(rules).track.get(effect.track);
      // a settled track takes no more pushes (see pushTrack): promise nothing
      if (!def || (own(state.tracks, effect.track)?.stage ?? 0) >= STAGES.length - 1) return;
      const factor = effect.kind === 'mediate' ? trustFactor(rules, state, def) : 1;
      const spread = effect.spread * volatility;
      const target: Ref = { kind: 'progress', track: effect.track };
      line(rules, state, target, (effect.progress - spread) * factor, (effect.progress + spread) * factor, 'mediation', effect.progress * factor, words, out,
        reacting, undefined);
      if (effect.kind !== 'mediate' || effect.progress <= 0) return;
      // a push before the parties are ready may cost their trust (premature.ts): say the chance
      for (const risk of prematureRisks(rules, state, effect.track)) {
        const note = words
          ? `${textOf(lookup(rules).actor.get(risk.actor)?.name ?? risk.actor)} may feel pushed before it is ready (chance ${Math.round(risk.chance * 100)}%)`
          : undefined;
        line(rules, state, { kind: 'trust', actor: risk.actor }, -risk.trust, 0, 'mediation', -risk.trust * risk.chance, words, out, reacting, note);
      }
      return;
    }
    case 'reveal':
      // sounding the parties out changes no number: what it shows is in readinessView
      return;
    case 'spoil': {
      const def = lookup(rules).track.get(effect.track);
      for (const actor of def?.parties ?? []) {
        line(rules, state, { kind: 'readiness', track: effect.track, actor }, effect.readiness, effect.readiness, 'mediation',
          (effect.readiness + effect.readiness) / 2, words, out, reacting, undefined);
      }
      return;
    }
  }
}

/**
 * Add a preview line whose range is what the number can actually move, given its bounds, labelled if `words`;
 * a reaction's line is widened to include no change when the reaction may not come, and its expectation
 * weighed by its chance. Returns the line's expected change before that weighing (coupling follows it).
 */
function line(
  rules: Rules, state: GameState, target: Ref, low: number, high: number, source: PreviewLine['source'], mid: number, words: boolean,
  out: PreviewValue[], reacting: Reacting | null, note: string | undefined,
): number {
  const value = readRef(rules, state, target);
  const [least, most] = refRange(rules, target);
  let min = round1(clamp(value + low, least, most) - value);
  let max = round1(clamp(value + high, least, most) - value);
  const direct = round1(clamp(value + mid, least, most) - value);
  let expected = direct;
  if (reacting !== null) {
    const { chance } = reacting;
    if (chance < 1) {
      min = Math.min(0, min);
      max = Math.max(0, max);
    }
    expected = round1(direct * chance);
    source = 'reaction';
    note = reacting.note;
  }
  if (!words) out.push({ target, min, max, expected, source });
  else if (note === undefined) out.push({ target, label: labelOf(rules, target), min, max, expected, source } as PreviewLine);
  else out.push({ target, label: labelOf(rules, target), min, max, expected, source, note } as PreviewLine);
  return direct;
}

const labels = new WeakMap<Rules, Map<string, string>>();

/** describeRef in English, remembered per rules: previews name the same few numbers on every move. */
function labelOf(rules: Rules, target: Ref): string {
  let known = labels.get(rules);
  if (!known) {
    known = new Map();
    labels.set(rules, known);
  }
  const key = refKey(target);
  let label = known.get(key);
  if (label === undefined) {
    label = describeRef(rules, target);
    known.set(key, label);
  }
  return label;
}
