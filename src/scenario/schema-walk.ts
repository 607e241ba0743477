// Finding the part of the zod schema that governs a spot in the file, so a problem can be explained with the
// schema's own facts: a number's bounds, a mapping's known keys, the variants of an effect.
import { z } from 'zod';
import type { PathSegment } from './source-map.ts';

/** The schema for `path` inside data read by `root`; unions are resolved by the data found there. */
export function schemaAt(root: z.ZodType, path: readonly PathSegment[], data: unknown): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  let value: unknown = data;
  for (const segment of path) {
    schema = resolve(schema, value);
    if (!schema) return undefined;
    value = ownValue(value, segment);
    if (schema instanceof z.ZodObject) schema = ownValue(schema.shape, String(segment)) as z.ZodType | undefined;
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodTuple) schema = (schema.def.items as z.ZodType[])[Number(segment)];
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else return undefined;
  }
  return schema;
}

/** Optional wrappers removed, and a union narrowed to the variant the data is trying to be. */
export function resolve(schema: z.ZodType | undefined, value: unknown): z.ZodType | undefined {
  let current = unwrap(schema);
  if (current instanceof z.ZodUnion) current = unwrap(pickVariant(current.options as z.ZodType[], value).variant);
  return current;
}

export function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

export function isOptional(schema: z.ZodType | undefined): boolean {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault;
}

export interface VariantChoice {
  /** the variant the value is meant to be, when that can be told */
  readonly variant: z.ZodType | undefined;
  /** for mappings: the variants' distinguishing keys the value has (none or several is the problem to report) */
  readonly keysFound: readonly string[];
  /** every variant's distinguishing key, for messages */
  readonly keys: readonly string[];
}

/**
 * Which variant of a union a value is trying to be. A string or a mapping picks the variant of that kind; among
 * several mapping variants (the effects), the first key of each variant names it (change, set, mediate, ...).
 */
export function pickVariant(options: readonly z.ZodType[], value: unknown): VariantChoice {
  const objects = options.filter((o) => unwrap(o) instanceof z.ZodObject);
  const keys = objects.map((o) => Object.keys((unwrap(o) as z.ZodObject).shape)[0] ?? '');
  if (typeof value === 'string') return { variant: options.find((o) => unwrap(o) instanceof z.ZodString), keysFound: [], keys };
  if (isRecord(value)) {
    if (objects.length > 1) {
      const found = keys.filter((k) => k in value);
      const index = found.length === 1 ? keys.indexOf(found[0] ?? '') : -1;
      return { variant: index >= 0 ? objects[index] : undefined, keysFound: found, keys };
    }
    const mapping = options.find((o) => unwrap(o) instanceof z.ZodObject || unwrap(o) instanceof z.ZodRecord);
    return { variant: mapping, keysFound: [], keys };
  }
  return { variant: undefined, keysFound: [], keys };
}

/** The keys a mapping at this spot may have. */
export function knownKeys(schema: z.ZodType | undefined): string[] {
  const s = unwrap(schema);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** A number's bounds and whether it must be whole, when the schema says so. */
export function numberBounds(schema: z.ZodType | undefined): { min: number | null; max: number | null; int: boolean } | undefined {
  const s = unwrap(schema);
  if (!(s instanceof z.ZodNumber)) return undefined;
  const int = s.isInt === true || s instanceof z.ZodNumberFormat;
  const safe = (n: number | null) => (n === null || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? null : n);
  return { min: safe(s.minValue), max: safe(s.maxValue), int };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `container[key]` when the container has that key itself: never a built-in like an object's toString. */
export function ownValue(container: unknown, key: PathSegment): unknown {
  return typeof container === 'object' && container !== null && Object.hasOwn(container, key) ? (container as Record<PathSegment, unknown>)[key] : undefined;
}
