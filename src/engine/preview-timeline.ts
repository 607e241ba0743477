// What a move does over time, before it is taken: its effects now (preview.ts), its delayed effects on the turns
// they fall due, and its commitment's upkeep on every turn of its window, within the calendar. Ranges, never
// draws; a later line reads today's numbers, so it is a forecast, not a promise.
import { effectPreview, preview, subjectDef, type PreviewLine, type PreviewSubject } from './preview.ts';
import type { Effect, GameState, Rules, UpkeepDef } from './types.ts';

export interface TimelineEntry {
  /** the turn (0-based) at whose end these lines apply; the current turn for what the move does now */
  readonly turn: number;
  /** turns from now (0 = now) */
  readonly after: number;
  readonly lines: readonly PreviewLine[];
  /** what the lines are: 'now', 'delayed' (an effect with after) or 'upkeep' (a standing commitment) */
  readonly kind: 'now' | 'delayed' | 'upkeep';
}

export function previewTimeline(rules: Rules, state: GameState, subject: PreviewSubject): TimelineEntry[] {
  const found = subjectDef(rules, subject);
  if (!found) return [];
  const lastTurn = rules.calendar.length - 1;
  const entries: TimelineEntry[] = [];
  const now = preview(rules, state, subject);
  if (now.length > 0) entries.push({ turn: state.turn, after: 0, lines: now, kind: 'now' });
  const delayed = new Map<number, Effect[]>();
  for (const effect of found.effects) {
    if (effect.after) delayed.set(effect.after, [...(delayed.get(effect.after) ?? []), effect]);
  }
  for (const [after, effects] of [...delayed.entries()].sort((a, b) => a[0] - b[0])) {
    if (state.turn + after > lastTurn) continue;
    const lines = effects.flatMap((e) => effectPreview(rules, state, e, found.neutral));
    entries.push({ turn: state.turn + after, after, lines, kind: 'delayed' });
  }
  if (found.upkeep) entries.push(...upkeepEntries(rules, state, found.upkeep, lastTurn));
  return entries.sort((a, b) => a.after - b.after);
}

function upkeepEntries(rules: Rules, state: GameState, upkeep: UpkeepDef, lastTurn: number): TimelineEntry[] {
  const first = state.turn + upkeep.from;
  const last = Math.min(lastTurn, upkeep.turns === null ? lastTurn : first + upkeep.turns - 1);
  // an upkeep is not coupled (see world/delayed.ts): read as a neutral move's effects
  const lines = upkeep.effects.filter((e) => !e.after).flatMap((e) => effectPreview(rules, state, e, true));
  const entries: TimelineEntry[] = [];
  for (let turn = first; turn <= last; turn++) entries.push({ turn, after: turn - state.turn, lines, kind: 'upkeep' });
  return entries;
}
