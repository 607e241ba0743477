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

/**
 * A reference's values narrowed by any number of comparisons, in time linear in their number: the bounds that
 * `<`, `>` and `==` set are kept as one interval and the values `!=` rules out as a list, and the two are put
 * together with the reference's domain only when asked whether anything is left. (Intersecting interval sets
 * comparison by comparison would grow the set by one interval with each `!=`, and take the square of their number.)
 */
export class Narrowing {
  private lo = -Infinity;
  private hi = Infinity;
  private loOpen = true;
  private hiOpen = true;
  private readonly excluded: number[] = [];

  constructor(
    private readonly domain: IntervalSet,
    private readonly integer: boolean,
  ) {}

  /** Keep only the values x for which `x cmp value` holds. */
  narrow(cmp: Comparison, value: number): void {
    if (cmp === '<' || cmp === '<=' || cmp === '==') this.below(value, cmp === '<');
    if (cmp === '>' || cmp === '>=' || cmp === '==') this.above(value, cmp === '>');
    if (cmp === '!=') this.excluded.push(value);
  }

  /** No value left; for whole-number references (stages, turns, counts) an interval with no whole number is empty. */
  isEmpty(): boolean {
    if (this.lo > this.hi) return true;
    const bounds: Interval = { lo: this.lo, hi: this.hi, loOpen: this.loOpen, hiOpen: this.hiOpen };
    // a flag's domain may hold thousands of values and be asked about once per alternative: only the part of
    // the (sorted) domain within the bounds is looked at, and only until one value is left
    const ruledOut = new Set(this.excluded);
    for (let k = firstReaching(this.domain, this.lo); k < this.domain.length; k++) {
      const d = this.domain[k]!;
      if (d.lo > this.hi) break;
      const left = overlap(d, bounds);
      if (!emptyInterval(left, this.integer) && !allRuledOut(left, ruledOut, this.integer)) return false;
    }
    return true;
  }

  private below(value: number, open: boolean): void {
    if (value < this.hi || (value === this.hi && open)) {
      this.hi = value;
      this.hiOpen = open;
    }
  }

  private above(value: number, open: boolean): void {
    if (value > this.lo || (value === this.lo && open)) {
      this.lo = value;
      this.loOpen = open;
    }
  }
}

/** The index of the first interval of a sorted set that reaches `lo` or beyond. */
function firstReaching(set: IntervalSet, lo: number): number {
  let from = 0;
  let to = set.length;
  while (from < to) {
    const middle = (from + to) >>> 1;
    if (set[middle]!.hi < lo) from = middle + 1;
    else to = middle;
  }
  return from;
}

function overlap(x: Interval, y: Interval): Interval {
  const lo = Math.max(x.lo, y.lo);
  const hi = Math.min(x.hi, y.hi);
  const loOpen = (x.lo === lo && x.loOpen) || (y.lo === lo && y.loOpen);
  const hiOpen = (x.hi === hi && x.hiOpen) || (y.hi === hi && y.hiOpen);
  return { lo, hi, loOpen, hiOpen };
}

/** Is every value of a non-empty interval among the points ruled out? */
function allRuledOut(interval: Interval, ruledOut: ReadonlySet<number>, integer: boolean): boolean {
  if (!integer) return interval.lo === interval.hi && ruledOut.has(interval.lo);
  const first = interval.loOpen ? Math.floor(interval.lo) + 1 : Math.ceil(interval.lo);
  const last = interval.hiOpen ? Math.ceil(interval.hi) - 1 : Math.floor(interval.hi);
  // more whole numbers than points ruled out: one is left, without counting them one by one
  if (last - first + 1 > ruledOut.size) return false;
  for (let n = first; n <= last; n++) if (!ruledOut.has(n)) return false;
  return true;
}

function emptyInterval(i: Interval, integer: boolean): boolean {
  if (integer) {
    const lo = i.loOpen ? Math.floor(i.lo) + 1 : Math.ceil(i.lo);
    const hi = i.hiOpen ? Math.ceil(i.hi) - 1 : Math.floor(i.hi);
    return lo > hi;
  }
  return i.lo > i.hi || (i.lo === i.hi && (i.loOpen || i.hiOpen));
}
