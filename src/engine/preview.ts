// What a decision or an event's option is likely to do, before it is taken: direction and range, never the
// exact draw. The ranges come from the same rules the step applies.
import { couplingShares } from './coupling.ts';
import { demandOption } from './demands.ts';
import { lookup } from './lookup.ts';
import { trustFactor } from './tracks.ts';
import { prematureRisks } from './premature.ts';
import { clamp, round1 } from './numbers.ts';
import { describeRef, readRef, refRange } from './refs.ts';
import { volatilityOf } from './step.ts';
import { textOf } from './text.ts';
import { STAGES, type Effect, type GameState, type Ref, type Rules } from './types.ts';
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
  const index = lookup(rules);
  const found =
    'decision' in subject
      ? index.decision.get(subject.decision)
      : (index.event.get(subject.event)?.choices.find((c) => c.id === subject.option) ??
        demandOption(rules, subject.event, subject.option));
  if (!found) return [];
  const lines: PreviewLine[] = [];
  if ('cost' in found && found.cost > 0) {
    lines.push(line(rules, state, { kind: 'capital' }, -found.cost, -found.cost, 'direct'));
  }
  // delayed effects come later (see previewTimeline in preview-timeline.ts), not with what the move does now
  for (const effect of found.effects) if (!effect.after) lines.push(...effectLines(rules, state, effect, found.neutral));
  for (const tag of found.tags) {
    for (const actor of rules.actors) {
      for (const reaction of actor.reactions) {
        if (reaction.to !== tag) continue;
        const note = `${textOf(actor.name)} may react: ${textOf(reaction.reason)}`;
        for (const effect of reaction.effects) {
          if (effect.after) continue;
          for (const l of effectLines(rules, state, effect, true)) {
            const expected = round1(l.expected * reaction.chance);
            lines.push({ ...l, min: reaction.chance < 1 ? Math.min(0, l.min) : l.min,
              max: reaction.chance < 1 ? Math.max(0, l.max) : l.max, expected, source: 'reaction', note });
          }
        }
      }
    }
  }
  return lines;
}

export function effectLines(rules: Rules, state: GameState, effect: Effect, neutral: boolean): PreviewLine[] {
  const volatility = volatilityOf(rules, state);
  switch (effect.kind) {
    case 'change': {
      const spread = effect.spread * volatility;
      const direct = line(rules, state, effect.target, effect.by - spread, effect.by + spread, 'direct', effect.by);
      if (neutral || effect.target.kind !== 'attitude' || direct.expected <= 0) return [direct];
      const coupled = couplingShares(rules, state, effect.target.actor, direct.expected).map((share) => ({
        ...line(rules, state, { kind: 'attitude', actor: share.rival } as Ref, -share.loss, -share.loss, 'coupling'),
        note: `tension ${share.tension}`,
      }));
      return [direct, ...coupled];
    }
    case 'set': {
      const before = own(state.flags, effect.flag) ?? 0;
      return [line(rules, state, { kind: 'flag', flag: effect.flag }, effect.to - before, effect.to - before, 'direct')];
    }
    case 'mediate':
    case 'advance': {
      const def = lookup(rules).track.get(effect.track);
      // a settled track takes no more pushes (see pushTrack): promise nothing
      if (!def || readRef(rules, state, { kind: 'stage', track: effect.track }) >= STAGES.length - 1) return [];
      const factor = effect.kind === 'mediate' ? trustFactor(rules, state, def) : 1;
      const spread = effect.spread * volatility;
      const target: Ref = { kind: 'progress', track: effect.track };
      const push = line(rules, state, target, (effect.progress - spread) * factor, (effect.progress + spread) * factor, 'mediation', effect.progress * factor);
      if (effect.kind !== 'mediate' || effect.progress <= 0) return [push];
      // a push before the parties are ready may cost their trust (premature.ts): say the chance
      const risks = prematureRisks(rules, state, effect.track).map((risk) => ({
        ...line(rules, state, { kind: 'trust', actor: risk.actor }, -risk.trust, 0, 'mediation', -risk.trust * risk.chance),
        note: `${textOf(lookup(rules).actor.get(risk.actor)?.name ?? risk.actor)} may feel pushed before it is ready (chance ${Math.round(risk.chance * 100)}%)`,
      }));
      return [push, ...risks];
    }
    case 'reveal':
      // sounding the parties out changes no number: what it shows is in readinessView
      return [];
    case 'spoil': {
      const def = lookup(rules).track.get(effect.track);
      return (def?.parties ?? []).map((actor) =>
        line(rules, state, { kind: 'readiness', track: effect.track, actor }, effect.readiness, effect.readiness, 'mediation'),
      );
    }
  }
}

/** A preview line whose range is what the number can actually move, given its bounds. */
function line(rules: Rules, state: GameState, target: Ref, low: number, high: number, source: PreviewLine['source'], mid = (low + high) / 2): PreviewLine {
  const value = readRef(rules, state, target);
  const [min, max] = refRange(rules, target);
  const bound = (delta: number) => round1(clamp(value + delta, min, max) - value);
  return { target, label: describeRef(rules, target), min: bound(low), max: bound(high), expected: bound(mid), source };
}
