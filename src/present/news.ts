// A move's or a turn's news, as a player reads it: headlines first (each event with its story, what each power
// did, how the powers reacted, a talks' new stage), then, behind "Why?", every number that moved with its changes
// grouped and summed by cause ("Russia's attitude +6 (to 41): +10 you joined the sanctions; -4 drifts back").
// Plain data with the words written, for the terminal and the browser alike.
import {
  actorMoves,
  describeRef,
  lookup,
  num,
  signed,
  STAGES,
  textOf,
  type Cause,
  type Happening,
  type Ref,
  type Rules,
} from '../engine/index.ts';

export type HeadlineKind = 'event' | 'power' | 'reaction' | 'stage';

export interface Headline {
  readonly kind: HeadlineKind;
  /** the headline itself: an event's title, "Russia: holds Turkish cargo at Upper Lars" */
  readonly title: string;
  /** the story under it (an event's text, a power's move), when there is one */
  readonly story?: string;
  /** an event, offer or demand that waits for the player's answer */
  readonly waiting?: boolean;
}

export interface WhyPart {
  readonly delta: number;
  /** "+10", "-0.6": the part's change as a player reads it */
  readonly change: string;
  readonly reason: string;
}

export interface WhyLine {
  /** what moved: "Russia's attitude", "economy" */
  readonly subject: string;
  readonly total: number;
  /** the number's value after the changes */
  readonly value: number;
  /** "Russia's attitude +6 (to 41)" */
  readonly summary: string;
  readonly parts: readonly WhyPart[];
}

export interface News {
  readonly headlines: readonly Headline[];
  readonly why: readonly WhyLine[];
}

const WAITS = { offer: 'an offer', demand: 'a demand' } as const;

/** A stable key for a reference, to group the changes to one number. */
function refKey(ref: Ref): string {
  return Object.values(ref).join('/');
}

/** The causes an ignored demand brought: those recorded under the move, right after its happening. */
function costOf(rules: Rules, happened: readonly Happening[], at: number, move: string): string {
  const parts: string[] = [];
  for (const h of happened.slice(at + 1)) {
    if (h.kind !== 'cause') break;
    const s = h.cause.source;
    if (s.kind === 'actor-move' && s.id === move) parts.push(`${describeRef(rules, h.cause.target)} ${signed(h.cause.delta)}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'nothing you can see';
}

/** The headlines of what happened, in order: events, the powers' moves, their reactions, the talks' stages. */
function headlinesOf(rules: Rules, happened: readonly Happening[]): Headline[] {
  const index = lookup(rules);
  const moves = actorMoves(rules);
  const events: Headline[] = [];
  const powers: Headline[] = [];
  const stages: Headline[] = [];
  // a reaction moves several numbers: one headline for it, with what it moved
  const reactions = new Map<string, { title: string; changes: string[] }>();
  happened.forEach((h, i) => {
    switch (h.kind) {
      case 'event': {
        const event = index.event.get(h.event);
        events.push({ kind: 'event', title: event ? textOf(event.title) : 'An event', ...(event ? { story: textOf(event.text) } : {}), waiting: h.needsChoice });
        return;
      }
      case 'actor-move': {
        const entry = moves.get(h.move);
        const name = entry ? textOf(entry.actor.name) : 'A power';
        const kind = entry?.move.kind;
        const waiting = kind === 'offer' || kind === 'demand';
        const title = `${name}: ${entry ? textOf(entry.move.title) : 'acts'}${waiting ? ` (${WAITS[kind]}, waiting for your answer)` : ''}`;
        powers.push({ kind: 'power', title, ...(entry ? { story: textOf(entry.move.text) } : {}), waiting });
        return;
      }
      case 'demand-ignored': {
        const entry = moves.get(h.move);
        const name = entry ? textOf(entry.actor.name) : 'A power';
        const what = entry?.move.ignoredText ? textOf(entry.move.ignoredText) : `you left "${entry ? textOf(entry.move.title) : 'its move'}" unanswered`;
        powers.push({ kind: 'power', title: `${name}: ${what}, and it cost ${costOf(rules, happened, i, h.move)}` });
        return;
      }
      case 'stage': {
        const track = index.track.get(h.track);
        stages.push({ kind: 'stage', title: `${track ? textOf(track.name) : 'The talks'} reach “${STAGES[h.stage] ?? h.stage}”` });
        return;
      }
      case 'cause': {
        const { source } = h.cause;
        if (source.kind !== 'reaction') return;
        const key = `${source.actor}/${source.id}`;
        const reaction = reactions.get(key) ?? { title: h.cause.reason, changes: [] };
        reaction.changes.push(`${describeRef(rules, h.cause.target)} ${signed(h.cause.delta)}`);
        reactions.set(key, reaction);
        return;
      }
      default:
        return;
    }
  });
  const reacted = [...reactions.values()].map((r): Headline => ({ kind: 'reaction', title: `${r.title} (${r.changes.join(', ')})` }));
  return [...events, ...powers, ...reacted, ...stages];
}

/** Every number that moved, its changes grouped by reason and summed, in the order the numbers first moved. */
function whyOf(rules: Rules, causes: readonly Cause[]): WhyLine[] {
  const groups = new Map<string, { ref: Ref; value: number; parts: Map<string, number> }>();
  for (const cause of causes) {
    const key = refKey(cause.target);
    const group = groups.get(key) ?? { ref: cause.target, value: cause.value, parts: new Map<string, number>() };
    group.value = cause.value;
    group.parts.set(cause.reason, (group.parts.get(cause.reason) ?? 0) + cause.delta);
    groups.set(key, group);
  }
  const lines: WhyLine[] = [];
  for (const group of groups.values()) {
    const subject = describeRef(rules, group.ref);
    const parts = [...group.parts].map(([reason, delta]): WhyPart => ({ delta, change: signed(delta), reason }));
    const total = parts.reduce((sum, p) => sum + p.delta, 0);
    lines.push({ subject, total, value: group.value, summary: `${subject} ${signed(total)} (to ${num(group.value)})`, parts });
  }
  return lines;
}

/** The happenings of a turn's end and of the next turn's start, apart: split where a new turn begins. */
export function byTurn(happened: readonly Happening[]): Happening[][] {
  const segments: Happening[][] = [[]];
  for (const h of happened) {
    if (h.kind === 'turn') segments.push([]);
    segments[segments.length - 1]?.push(h);
  }
  return segments.filter((s) => s.length > 0);
}

export function newsOf(rules: Rules, happened: readonly Happening[]): News {
  const causes = happened.flatMap((h) => (h.kind === 'cause' ? [h.cause] : []));
  return { headlines: headlinesOf(rules, happened), why: whyOf(rules, causes) };
}
