// What a condition still needs, in a player's words: "Turkey's trust must be at least 50 (it is 32)", "only after
// “The coup attempt in Turkey”", "not before Spring 2016". A refused decision says this instead of "not possible
// now", in every front end, and names events, decisions, tracks and dates by their titles, never by their ids.
import { holds } from './condition.ts';
import { num } from './display.ts';
import { lookup } from './lookup.ts';
import { describeRef, readRef } from './refs.ts';
import { textOf } from './text.ts';
import { STAGES, type Comparison, type Condition, type GameState, type Ref, type Rules } from './types.ts';

type Clause = { readonly ref: Ref; readonly cmp: Comparison; readonly value: number };

/** The comparison that holds exactly when `cmp` does not (for `not`, pushed down to the comparisons). */
const NEGATED: Readonly<Record<Comparison, Comparison>> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '==': '!=', '!=': '==' };
/** The same comparison read from the other side (3 < x is x > 3). */
const MIRRORED: Readonly<Record<Comparison, Comparison>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

function compare(left: number, cmp: Comparison, right: number): boolean {
  switch (cmp) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '==':
      return left === right;
    case '!=':
      return left !== right;
  }
}

/**
 * How a clause is worded: `needs` says what a refused move still needs ("Turkey's trust must be at least 50
 * (it is 32)", "only after “The coup attempt”"); `state` says what a goal or a danger is made of, met or not
 * ("Turkey's trust at least 50 (now 32)", "after “The coup attempt”").
 */
export type Wording = 'needs' | 'state';

interface Words {
  readonly language: string;
  readonly wording: Wording;
  /** say the parts that hold too (a goal's checklist), not only those that do not (a refusal) */
  readonly everything: boolean;
}

/**
 * The unmet parts of `condition`, one phrase each (empty when it holds). Within `and`, each unmet part is said;
 * an unmet `or` is said as its alternatives joined by "or". Conditions are bounded by the checker (depth and
 * size), so walking them by recursion, as `holds` does, is safe.
 */
export function unmetNeeds(rules: Rules, state: GameState, condition: Condition, language = 'en'): string[] {
  return describe(rules, state, condition, false, { language, wording: 'needs', everything: false });
}

/** One part of a condition as a checklist line: its words, and whether it holds now. */
export interface ConditionPart {
  readonly words: string;
  readonly met: boolean;
}

/**
 * A condition as a checklist: the parts of a top-level `and` (all needed) or of a top-level `or` (any will do),
 * each worded whether it holds or not. `any` says which of the two the list is.
 */
export function conditionParts(rules: Rules, state: GameState, condition: Condition, language = 'en'): { readonly any: boolean; readonly parts: ConditionPart[] } {
  const words: Words = { language, wording: 'state', everything: true };
  const args = condition.op === 'and' || condition.op === 'or' ? condition.args : [condition];
  const parts = args.map((arg) => ({ words: describe(rules, state, arg, false, words).join(' and '), met: holds(rules, state, arg) }));
  return { any: condition.op === 'or', parts: parts.filter((p) => p.words !== '') };
}

function describe(rules: Rules, state: GameState, condition: Condition, negated: boolean, words: Words): string[] {
  switch (condition.op) {
    case 'true':
      return negated ? ['never'] : [];
    case 'not':
      return describe(rules, state, condition.arg, !negated, words);
    case 'and':
    case 'or': {
      // under a `not`, "a and b" needs "not a or not b" (De Morgan), and the other way round
      const all = (condition.op === 'and') !== negated;
      const parts = condition.args.map((arg) => describe(rules, state, arg, negated, words));
      if (all) return parts.flat();
      if (!words.everything && parts.some((p) => p.length === 0)) return [];
      return [parts.map((p) => p.join(' and ')).join(', or ')];
    }
    case 'cmp': {
      const cmp = negated ? NEGATED[condition.cmp] : condition.cmp;
      const { left, right } = condition;
      const leftValue = 'value' in left ? left.value : readRef(rules, state, left.ref);
      const rightValue = 'value' in right ? right.value : readRef(rules, state, right.ref);
      if (!words.everything && compare(leftValue, cmp, rightValue)) return [];
      if ('ref' in left && 'value' in right) return [clauseWords(rules, state, { ref: left.ref, cmp, value: right.value }, words)];
      if ('value' in left && 'ref' in right) return [clauseWords(rules, state, { ref: right.ref, cmp: MIRRORED[cmp], value: left.value }, words)];
      const now = `(${words.wording === 'needs' ? 'they are' : 'now'} ${num(leftValue)} and ${num(rightValue)})`;
      return [`${operandWords(rules, left, words.language)}${mustBe(words)} ${COMPARED[cmp]} ${operandWords(rules, right, words.language)} ${now}`];
    }
  }
}

/** " must be" for a refusal's needs; nothing for a goal's state ("Turkey's trust at least 50"). */
const mustBe = (words: Words) => (words.wording === 'needs' ? ' must be' : '');
/** "(it is 32)" for a refusal; "(now 32)" for a goal. */
const itIs = (words: Words, value: number) => `(${words.wording === 'needs' ? 'it is' : 'now'} ${num(value)})`;

const COMPARED: Readonly<Record<Comparison, string>> = {
  '<': 'below',
  '<=': 'at most',
  '>': 'above',
  '>=': 'at least',
  '==': 'exactly',
  '!=': 'other than',
};

function operandWords(rules: Rules, operand: { ref: Ref } | { value: number }, language: string): string {
  return 'value' in operand ? num(operand.value) : describeRef(rules, operand.ref, language);
}

/** Whether a clause on a yes/no reference (an event fired, a decision taken) asks for yes. */
const asksForYes = (clause: Clause) => compare(1, clause.cmp, clause.value) && !compare(0, clause.cmp, clause.value);

function clauseWords(rules: Rules, state: GameState, clause: Clause, words: Words): string {
  const index = lookup(rules);
  const { ref } = clause;
  const { language } = words;
  const needs = words.wording === 'needs';
  switch (ref.kind) {
    case 'fired': {
      const event = index.event.get(ref.event);
      const title = `“${event ? textOf(event.title, language) : ref.event}”`;
      if (asksForYes(clause)) return needs ? `only after ${title}` : `after ${title}`;
      return needs ? `no longer, after ${title}` : `before ${title}`;
    }
    case 'taken': {
      const decision = index.decision.get(ref.decision);
      const title = `“${decision ? textOf(decision.title, language) : ref.decision}”`;
      if (asksForYes(clause)) return needs ? `only once ${title} has been taken` : `${title} taken`;
      if (clause.value === 0 && (clause.cmp === '==' || clause.cmp === '<=')) return needs ? `not once ${title} has been taken` : `${title} not taken`;
      return `${title} taken ${COMPARED[clause.cmp]} ${num(clause.value)} times (so far ${num(readRef(rules, state, ref))})`;
    }
    case 'flag': {
      // a flag read as yes or no ("flag.hosted", "flag.caspian-route == 0") reads as the fact its title states
      const flag = index.flag.get(ref.flag);
      const isSet = clause.value === 0 && (clause.cmp === '!=' || clause.cmp === '>');
      const isUnset = clause.value === 0 && clause.cmp === '==';
      if (flag && isSet) return needs ? `only once ${textOf(flag.title, language)}` : textOf(flag.title, language);
      if (flag && isUnset) return needs ? `no longer, now that ${textOf(flag.title, language)}` : `not: ${textOf(flag.title, language)}`;
      return `${describeRef(rules, ref, language)}${mustBe(words)} ${COMPARED[clause.cmp]} ${num(clause.value)} ${itIs(words, readRef(rules, state, ref))}`;
    }
    case 'turn':
      return turnWords(rules, clause, language);
    case 'stage':
      return stageWords(rules, state, clause, words);
    default:
      return `${describeRef(rules, ref, language)}${mustBe(words)} ${COMPARED[clause.cmp]} ${num(clause.value)} ${itIs(words, readRef(rules, state, ref))}`;
  }
}

/** "not before Spring 2016", "only until Winter 2016", using the calendar's own labels for turns. */
function turnWords(rules: Rules, clause: Clause, language: string): string {
  // turn numbers count from 1 in conditions; the calendar from 0
  const label = (turn: number) => {
    const entry = rules.calendar[turn - 1];
    return entry ? textOf(entry.label, language) : `turn ${turn}`;
  };
  switch (clause.cmp) {
    case '>=':
      return `not before ${label(clause.value)}`;
    case '>':
      return `not before ${label(clause.value + 1)}`;
    case '<=':
      return `only until ${label(clause.value)}`;
    case '<':
      return `only until ${label(clause.value - 1)}`;
    case '==':
      return `only in ${label(clause.value)}`;
    case '!=':
      return `not in ${label(clause.value)}`;
  }
}

/**
 * A track's stage: "only once the Russia–Turkey reconciliation reaches “contact” (now at “none”)" for a refusal,
 * "the Russia–Turkey reconciliation at “agreement” or beyond (now at “formula”)" for a goal.
 */
function stageWords(rules: Rules, state: GameState, clause: Clause, words: Words): string {
  if (clause.ref.kind !== 'stage') return '';
  const track = lookup(rules).track.get(clause.ref.track);
  const name = track ? textOf(track.name, words.language) : clause.ref.track;
  const stage = (n: number) => `“${STAGES[Math.max(0, Math.min(STAGES.length - 1, n))]}”`;
  const now = `(now at ${stage(readRef(rules, state, clause.ref))})`;
  // every comparison as "at least" or "below" a stage, or at / not at one
  const atLeast = clause.cmp === '>=' ? clause.value : clause.cmp === '>' ? clause.value + 1 : undefined;
  const below = clause.cmp === '<' ? clause.value : clause.cmp === '<=' ? clause.value + 1 : undefined;
  const needs = words.wording === 'needs';
  if (atLeast !== undefined) return needs ? `only once ${name} reaches ${stage(atLeast)} ${now}` : `${name} at ${stage(atLeast)} or beyond ${now}`;
  if (below !== undefined) return needs ? `only until ${name} reaches ${stage(below)} ${now}` : `${name} short of ${stage(below)} ${now}`;
  if (clause.cmp === '==') return needs ? `only while ${name} is at ${stage(clause.value)} ${now}` : `${name} at ${stage(clause.value)} ${now}`;
  return `${needs ? 'not while' : 'not with'} ${name} at ${stage(clause.value)}`;
}

/**
 * Whether the condition waits for an event that has not happened yet: a part that every way of meeting it
 * needs (reached through `and` alone) asks for an event that has not fired. Such a decision is not listed at
 * all, so that the list of decisions never tells the future ("Be the first to visit Ankara after the coup").
 */
export function waitsForEvent(rules: Rules, state: GameState, condition: Condition): boolean {
  const stack: Condition[] = [condition];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.op === 'and') stack.push(...next.args);
    else if (next.op === 'cmp' && 'ref' in next.left && next.left.ref.kind === 'fired' && 'value' in next.right) {
      const clause: Clause = { ref: next.left.ref, cmp: next.cmp, value: next.right.value };
      if (asksForYes(clause) && readRef(rules, state, next.left.ref) === 0) return true;
    }
  }
  return false;
}
