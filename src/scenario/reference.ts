// References name the world's numbers in conditions and effects: "attitude.russia", "tension.russia.turkey",
// "stage.jet-crisis", "flag.letter-sent". This file knows their shapes; whether the named actor or track
// exists is the checks' business (see check-references.ts), since it needs the whole scenario.
import { INDICATORS, type Ref } from '../engine/types.ts';
import { refKey } from '../engine/refs.ts';
import { RESERVED_HINT, isReservedId, reservedMessage } from './reserved-ids.ts';
import { closest } from './suggest.ts';

export const ID_PATTERN = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
/** Ids are names a writer types; a longer one is a mistake or an attack on the "did you mean" search. */
export const MAX_ID_LENGTH = 64;

/** What each dotted part after the kind names. */
export type PartKind = 'actor' | 'track' | 'flag' | 'event' | 'decision';

export interface RefPart {
  readonly kind: PartKind;
  readonly id: string;
  /** character offset of this part within the text the reference was read from */
  readonly offset: number;
}

export interface RefUse {
  readonly ref: Ref;
  readonly text: string;
  readonly offset: number;
  readonly parts: readonly RefPart[];
}

export interface SyntaxProblem {
  readonly code: 'bad-condition' | 'bad-reference' | 'unknown-reference';
  readonly message: string;
  /** character offset within the text that was parsed */
  readonly offset: number;
  readonly hint?: string;
}

interface Shape {
  readonly parts: readonly PartKind[];
  readonly make: (ids: readonly string[]) => Ref;
}

const at = (ids: readonly string[], i: number) => ids[i] ?? '';

// a Map, so that a word like 'constructor' or 'toString' is no kind at all rather than an object's built-in
const SHAPES: ReadonlyMap<string, Shape> = new Map<string, Shape>([
  ...INDICATORS.map((indicator): [string, Shape] => [indicator, { parts: [], make: () => ({ kind: 'indicator', indicator }) }]),
  ['capital', { parts: [], make: () => ({ kind: 'capital' }) }],
  ['turn', { parts: [], make: () => ({ kind: 'turn' }) }],
  ['attitude', { parts: ['actor'], make: (ids) => ({ kind: 'attitude', actor: at(ids, 0) }) }],
  ['trust', { parts: ['actor'], make: (ids) => ({ kind: 'trust', actor: at(ids, 0) }) }],
  ['dependence', { parts: ['actor'], make: (ids) => ({ kind: 'dependence', actor: at(ids, 0) }) }],
  ['memory', { parts: ['actor'], make: (ids) => ({ kind: 'memory', actor: at(ids, 0) }) }],
  ['tension', { parts: ['actor', 'actor'], make: (ids) => ({ kind: 'tension', a: at(ids, 0), b: at(ids, 1) }) }],
  ['stage', { parts: ['track'], make: (ids) => ({ kind: 'stage', track: at(ids, 0) }) }],
  ['progress', { parts: ['track'], make: (ids) => ({ kind: 'progress', track: at(ids, 0) }) }],
  ['readiness', { parts: ['track', 'actor'], make: (ids) => ({ kind: 'readiness', track: at(ids, 0), actor: at(ids, 1) }) }],
  ['cost', { parts: ['track'], make: (ids) => ({ kind: 'cost', track: at(ids, 0) }) }],
  ['credit', { parts: ['track'], make: (ids) => ({ kind: 'credit', track: at(ids, 0) }) }],
  ['held', { parts: ['track'], make: (ids) => ({ kind: 'held', track: at(ids, 0) }) }],
  ['flag', { parts: ['flag'], make: (ids) => ({ kind: 'flag', flag: at(ids, 0) }) }],
  ['fired', { parts: ['event'], make: (ids) => ({ kind: 'fired', event: at(ids, 0) }) }],
  ['taken', { parts: ['decision'], make: (ids) => ({ kind: 'taken', decision: at(ids, 0) }) }],
]);

export const REFERENCE_KINDS: readonly string[] = [...SHAPES.keys()];

const PART_NAMES: Readonly<Record<PartKind, string>> = {
  actor: 'ACTOR',
  track: 'TRACK',
  flag: 'NAME',
  event: 'EVENT',
  decision: 'DECISION',
};

/** How a reference of this kind is written, for messages: "readiness.TRACK.ACTOR". */
function referenceForm(kind: string): string {
  const shape = SHAPES.get(kind);
  return shape ? [kind, ...shape.parts.map((p) => PART_NAMES[p])].join('.') : kind;
}

export type RefResult = { readonly ok: true; readonly use: RefUse } | { readonly ok: false; readonly problem: SyntaxProblem };

/** Read one reference; `base` is its offset within a larger text (a condition), so problems point into that. */
export function parseReference(text: string, base = 0): RefResult {
  const segments = text.split('.');
  const offsets: number[] = [];
  let offset = base;
  for (const segment of segments) {
    offsets.push(offset);
    offset += segment.length + 1;
  }
  const kind = segments[0] ?? '';
  const shape = SHAPES.get(kind);
  if (!shape) {
    const fail = (message: string, hint?: string): RefResult => ({
      ok: false,
      problem: hint ? { code: 'unknown-reference', message, offset: base, hint } : { code: 'unknown-reference', message, offset: base },
    });
    const guess = closest(kind, REFERENCE_KINDS) ?? (kind !== kind.toLowerCase() && SHAPES.has(kind.toLowerCase()) ? kind.toLowerCase() : undefined);
    if (guess !== undefined) {
      return fail(`unknown reference '${text}': did you mean '${[guess, ...segments.slice(1)].join('.')}'?`);
    }
    return fail(`unknown reference '${text}'`, `a reference is one of ${REFERENCE_KINDS.map(referenceForm).join(', ')}`);
  }
  const ids = segments.slice(1);
  // cost.TRACK is the parties' mean cost; cost.TRACK.ACTOR one party's own
  if (kind === 'cost' && ids.length === 2) return parseReferenceAs(COST_OF_PARTY, text, ids, offsets, base);
  if (ids.length !== shape.parts.length) {
    const form = referenceForm(kind);
    const message =
      shape.parts.length === 0
        ? `'${kind}' takes nothing after it, but '${text}' adds '.${ids.join('.')}'`
        : `'${text}' is incomplete: write ${form}`;
    return { ok: false, problem: { code: 'bad-reference', message, offset: ids.length > shape.parts.length ? (offsets[shape.parts.length + 1] ?? base) : base, hint: `write ${form}` } };
  }
  return parseReferenceAs(shape, text, ids, offsets, base);
}

const COST_OF_PARTY: Shape = { parts: ['track', 'actor'], make: (ids) => ({ kind: 'cost', track: at(ids, 0), actor: at(ids, 1) }) };

function parseReferenceAs(shape: Shape, text: string, ids: readonly string[], offsets: readonly number[], base: number): RefResult {
  const parts: RefPart[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? '';
    const partKind = shape.parts[i] ?? 'actor';
    const partOffset = offsets[i + 1] ?? base;
    if (isReservedId(id)) {
      return { ok: false, problem: { code: 'bad-reference', message: `${reservedMessage(id, partKind)} (in '${text}')`, offset: partOffset, hint: RESERVED_HINT } };
    }
    if (!ID_PATTERN.test(id)) {
      const lower = id.toLowerCase();
      const hint = id !== lower && ID_PATTERN.test(lower) ? `ids are lower case: did you mean '${lower}'?` : 'ids are lower case letters and digits joined by - or _';
      return { ok: false, problem: { code: 'bad-reference', message: `'${id}' is not a valid ${partKind} id in '${text}'`, offset: partOffset, hint } };
    }
    parts.push({ kind: partKind, id, offset: partOffset });
  }
  return { ok: true, use: { ref: shape.make(ids), text, offset: base, parts } };
}

/** A stable key for a reference, so the checks can group facts about the same number. */
export function refId(ref: Ref): string {
  // either order names the same tension
  if (ref.kind === 'tension') return ref.a < ref.b ? `tension.${ref.a}.${ref.b}` : `tension.${ref.b}.${ref.a}`;
  return refKey(ref);
}
