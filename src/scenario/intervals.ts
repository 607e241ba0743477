// Sets of numbers as sorted lists of intervals: the values a reference can take, narrowed by comparisons.
// Enough arithmetic to tell that "economy > 80 and economy < 20" or "stage.talks == 2.5" can never hold.
import type { Comparison } from '../engine/types.ts';

export interface Interval {
  readonly lo: number;
  readonly hi: number;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

export type IntervalSet = readonly Interval[];

export function between(lo: number, hi: number): IntervalSet {
  return [{ lo, hi, loOpen: false, hiOpen: false }];
}

export function points(values: Iterable<number>): IntervalSet {
  return [...new Set(values)].sort((a, b) => a - b).map((v) => ({ lo: v, hi: v, loOpen: false, hiOpen: false }));
}

/** The numbers x for which `x cmp value` holds. */
export function satisfying(cmp: Comparison, value: number): IntervalSet {
  const below = (open: boolean): Interval => ({ lo: -Infinity, hi: value, loOpen: true, hiOpen: open });
  const above = (open: boolean): Interval => ({ lo: value, hi: Infinity, loOpen: open, hiOpen: true });
  switch (cmp) {
    case '<':
      return [below(true)];
    case '<=':
      return [below(false)];
    case '>':
      return [above(true)];
    case '>=':
      return [above(false)];
    case '==':
      return [{ lo: value, hi: value, loOpen: false, hiOpen: false }];
    case '!=':
      return [below(true), above(true)];
  }
}

export function intersect(a: IntervalSet, b: IntervalSet): IntervalSet {
  const out: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const lo = Math.max(x.lo, y.lo);
      const hi = Math.min(x.hi, y.hi);
      const loOpen = (x.lo === lo && x.loOpen) || (y.lo === lo && y.loOpen);
      const hiOpen = (x.hi === hi && x.hiOpen) || (y.hi === hi && y.hiOpen);
      const interval = { lo, hi, loOpen, hiOpen };
      if (!emptyInterval(interval, false)) out.push(interval);
    }
  }
  return out.sort((p, q) => p.lo - q.lo);
}

/** No value left; for whole-number references (stages, turns, counts) an interval with no whole number is empty. */
export function isEmpty(set: IntervalSet, integer: boolean): boolean {
  return set.every((interval) => emptyInterval(interval, integer));
}

function emptyInterval(i: Interval, integer: boolean): boolean {
  if (integer) {
    const lo = i.loOpen ? Math.floor(i.lo) + 1 : Math.ceil(i.lo);
    const hi = i.hiOpen ? Math.ceil(i.hi) - 1 : Math.floor(i.hi);
    return lo > hi;
  }
  return i.lo > i.hi || (i.lo === i.hi && (i.loOpen || i.hiOpen));
}
