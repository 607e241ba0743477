// Numbers as a player reads them, written once for every front end (the terminal and the browser show the
// same "+3", "-2.5", "±0"), and effects in words. Pure formatting beside describeRef and textOf; no rule lives here.
import { describeRef } from './refs.ts';
import { textOf } from './text.ts';
import type { Effect, Rules } from './types.ts';

/** One decimal, without a trailing ".0": 3, -2.5. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** A change with its sign: "+3", "-2.5", "±0". */
export function signed(value: number): string {
  const text = num(value);
  if (text === '0') return '±0';
  return value > 0 ? `+${text}` : text;
}

/** A range of possible changes: "+2 to +6", or just "+4" when it is certain. */
export function changeRange(min: number, max: number): string {
  return num(min) === num(max) ? signed(min) : `${signed(min)} to ${signed(max)}`;
}

/** "economy -3", "Kazakhstan pushes the jet crisis talks +30": an effect in words, before its spread. */
export function effectWords(rules: Rules, effect: Effect): string {
  const track = (id: string) => textOf(rules.tracks.find((t) => t.id === id)?.name ?? id);
  switch (effect.kind) {
    case 'change':
      return `${describeRef(rules, effect.target)} ${signed(effect.by)}`;
    case 'set':
      return `${describeRef(rules, { kind: 'flag', flag: effect.flag })} set to ${num(effect.to)}`;
    case 'mediate':
      return `Kazakhstan pushes ${track(effect.track)} +${num(effect.progress)}`;
    case 'advance':
      return `another channel pushes ${track(effect.track)} +${num(effect.progress)}`;
    case 'spoil':
      return `a spoiler hits ${track(effect.track)} (readiness ${signed(effect.readiness)})`;
    case 'reveal':
      return `the parties to ${track(effect.track)} are sounded out (their readiness shown for ${num(effect.turns)} turns)`;
  }
}
