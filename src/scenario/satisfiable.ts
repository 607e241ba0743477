// Can a condition ever hold? The condition is put in disjunctive normal form (an "or" of "and"s of comparisons),
// and each "and" is checked by narrowing every reference's possible values. Comparisons between two different
// references are not analysed (they are assumed possible), so the answer "never" is always right, and a
// condition too large to expand is given the benefit of the doubt.
import type { Comparison, Condition, Ref } from '../engine/types.ts';
import { intersect, isEmpty, satisfying, type IntervalSet } from './intervals.ts';
import { refId } from './reference.ts';

export interface Domain {
  readonly values: IntervalSet;
  /** stages, turns and counts are whole numbers */
  readonly integer: boolean;
}

export type DomainOf = (ref: Ref) => Domain;

/** Beyond this many alternatives the analysis stops and answers "possible". */
const MAX_ALTERNATIVES = 256;

type Atom = { readonly ref: Ref; readonly values: IntervalSet } | { readonly constant: boolean };
type Conjunction = readonly Atom[];

const NEGATED: Readonly<Record<Comparison, Comparison>> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '==': '!=', '!=': '==' };
const MIRRORED: Readonly<Record<Comparison, Comparison>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

export function canHold(condition: Condition, domainOf: DomainOf): boolean {
  const alternatives = normalForm(condition, false);
  if (alternatives === null) return true;
  return alternatives.some((conjunction) => possible(conjunction, domainOf));
}

/** Does the condition hold whatever the values (within their domains)? */
export function alwaysHolds(condition: Condition, domainOf: DomainOf): boolean {
  const alternatives = normalForm(condition, true);
  if (alternatives === null) return false;
  return !alternatives.some((conjunction) => possible(conjunction, domainOf));
}

function possible(conjunction: Conjunction, domainOf: DomainOf): boolean {
  const narrowed = new Map<string, { values: IntervalSet; integer: boolean }>();
  for (const atom of conjunction) {
    if ('constant' in atom) {
      if (!atom.constant) return false;
      continue;
    }
    const key = refId(atom.ref);
    const current = narrowed.get(key) ?? domainOf(atom.ref);
    const values = intersect(current.values, atom.values);
    if (isEmpty(values, current.integer)) return false;
    narrowed.set(key, { values, integer: current.integer });
  }
  return true;
}

function normalForm(condition: Condition, negate: boolean): Conjunction[] | null {
  switch (condition.op) {
    case 'true':
      return negate ? [] : [[]];
    case 'not':
      return normalForm(condition.arg, !negate);
    case 'and':
    case 'or': {
      const parts: Conjunction[][] = [];
      for (const arg of condition.args) {
        const part = normalForm(arg, negate);
        if (part === null) return null;
        parts.push(part);
      }
      // "and" multiplies the alternatives, "or" adds them; negation swaps the two (De Morgan)
      const conjoin = (condition.op === 'and') !== negate;
      if (!conjoin) return parts.flat().length > MAX_ALTERNATIVES ? null : parts.flat();
      let product: Conjunction[] = [[]];
      for (const part of parts) {
        const next: Conjunction[] = [];
        for (const left of product) for (const right of part) next.push([...left, ...right]);
        if (next.length > MAX_ALTERNATIVES) return null;
        product = next;
      }
      return product;
    }
    case 'cmp': {
      const cmp = negate ? NEGATED[condition.cmp] : condition.cmp;
      const { left, right } = condition;
      if ('ref' in left && 'value' in right) return [[{ ref: left.ref, values: satisfying(cmp, right.value) }]];
      if ('value' in left && 'ref' in right) return [[{ ref: right.ref, values: satisfying(MIRRORED[cmp], left.value) }]];
      if ('value' in left && 'value' in right) return [[{ constant: compare(left.value, cmp, right.value) }]];
      if ('ref' in left && 'ref' in right && refId(left.ref) === refId(right.ref)) return [[{ constant: compare(0, cmp, 0) }]];
      return [[]];
    }
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
