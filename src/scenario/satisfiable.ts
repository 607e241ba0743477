// Can a condition ever hold? The condition is put in disjunctive normal form (an "or" of "and"s of comparisons),
// and each "and" is checked by narrowing every reference's possible values. Comparisons between two different
// references are not analysed (they are assumed possible), so the answer "never" is always right, and a
// condition too large to expand is given the benefit of the doubt.
//
// The work is linear in the condition's size: the comparisons of a long "and" are gathered into one list as they
// come (copying the list for each one took the square of their number), alternatives are multiplied out only
// within a budget counted in comparisons, and each reference is narrowed in one pass (see Narrowing).
import type { Comparison, Condition, Ref } from '../engine/types.ts';
import { Narrowing, type IntervalSet } from './intervals.ts';
import { refId } from './reference.ts';

export interface Domain {
  readonly values: IntervalSet;
  /** stages, turns and counts are whole numbers */
  readonly integer: boolean;
}

export type DomainOf = (ref: Ref) => Domain;

/** Beyond this many alternatives the analysis stops and answers "possible". */
const MAX_ALTERNATIVES = 256;

type Atom = { readonly ref: Ref; readonly cmp: Comparison; readonly value: number } | { readonly constant: boolean };
type Conjunction = readonly Atom[];

const NEGATED: Readonly<Record<Comparison, Comparison>> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '==': '!=', '!=': '==' };
const MIRRORED: Readonly<Record<Comparison, Comparison>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

export function canHold(condition: Condition, domainOf: DomainOf): boolean {
  const alternatives = new Expansion(condition).normalForm(condition, false);
  if (alternatives === null) return true;
  return alternatives.some((conjunction) => possible(conjunction, domainOf));
}

/** Does the condition hold whatever the values (within their domains)? */
export function alwaysHolds(condition: Condition, domainOf: DomainOf): boolean {
  const alternatives = new Expansion(condition).normalForm(condition, true);
  if (alternatives === null) return false;
  return !alternatives.some((conjunction) => possible(conjunction, domainOf));
}

function possible(conjunction: Conjunction, domainOf: DomainOf): boolean {
  const narrowed = new Map<string, Narrowing>();
  for (const atom of conjunction) {
    if ('constant' in atom) {
      if (!atom.constant) return false;
      continue;
    }
    const key = refId(atom.ref);
    let narrowing = narrowed.get(key);
    if (!narrowing) {
      const domain = domainOf(atom.ref);
      narrowing = new Narrowing(domain.values, domain.integer);
      narrowed.set(key, narrowing);
    }
    narrowing.narrow(atom.cmp, atom.value);
  }
  for (const narrowing of narrowed.values()) if (narrowing.isEmpty()) return false;
  return true;
}

/** One condition's normal form, made within a budget: the comparisons it may hold, all alternatives together. */
class Expansion {
  private readonly budget: number;

  constructor(condition: Condition) {
    // room for each comparison in several alternatives, as "(a or b) and c and d" puts c and d in both
    this.budget = 8 * comparisons(condition) + 4096;
  }

  /** The alternatives, each a list of comparisons that must all hold; null when there would be too many. */
  normalForm(condition: Condition, negate: boolean): Conjunction[] | null {
    switch (condition.op) {
      case 'true':
        return negate ? [] : [[]];
      case 'not':
        return this.normalForm(condition.arg, !negate);
      case 'and':
      case 'or': {
        const parts: Conjunction[][] = [];
        for (const arg of condition.args) {
          const part = this.normalForm(arg, negate);
          if (part === null) return null;
          parts.push(part);
        }
        // "and" multiplies the alternatives, "or" adds them; negation swaps the two (De Morgan)
        return (condition.op === 'and') !== negate ? this.conjoin(parts) : disjoin(parts);
      }
      case 'cmp':
        return [[atom(condition, negate)]];
    }
  }

  private conjoin(parts: readonly Conjunction[][]): Conjunction[] | null {
    // parts with one alternative go into one shared list, gathered once; only the others multiply it
    const shared: Atom[] = [];
    const several: Conjunction[][] = [];
    for (const part of parts) {
      if (part.length === 0) return [];
      if (part.length === 1) for (const a of part[0] ?? []) shared.push(a);
      else several.push(part);
    }
    let product: Conjunction[] = [shared];
    let size = shared.length;
    for (const part of several) {
      if (product.length * part.length > MAX_ALTERNATIVES) return null;
      const next: Conjunction[] = [];
      size = 0;
      for (const left of product) {
        for (const right of part) {
          size += left.length + right.length;
          if (size > this.budget) return null;
          next.push(left.concat(right));
        }
      }
      product = next;
    }
    return size > this.budget ? null : product;
  }
}

function disjoin(parts: readonly Conjunction[][]): Conjunction[] | null {
  const alternatives: Conjunction[] = [];
  for (const part of parts) {
    if (alternatives.length + part.length > MAX_ALTERNATIVES) return null;
    for (const alternative of part) alternatives.push(alternative);
  }
  return alternatives;
}

function atom(condition: Extract<Condition, { op: 'cmp' }>, negate: boolean): Atom {
  const cmp = negate ? NEGATED[condition.cmp] : condition.cmp;
  const { left, right } = condition;
  if ('ref' in left && 'value' in right) return { ref: left.ref, cmp, value: right.value };
  if ('value' in left && 'ref' in right) return { ref: right.ref, cmp: MIRRORED[cmp], value: left.value };
  if ('value' in left && 'value' in right) return { constant: compare(left.value, cmp, right.value) };
  if ('ref' in left && 'ref' in right && refId(left.ref) === refId(right.ref)) return { constant: compare(0, cmp, 0) };
  // two different references: not analysed, so possible
  return { constant: true };
}

/** How many comparisons the condition holds. */
function comparisons(condition: Condition): number {
  switch (condition.op) {
    case 'true':
      return 0;
    case 'not':
      return comparisons(condition.arg);
    case 'and':
    case 'or':
      return condition.args.reduce((sum, arg) => sum + comparisons(arg), 0);
    case 'cmp':
      return 1;
  }
}

function compare(a: number, cmp: Comparison, b: number): boolean {
  switch (cmp) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}
