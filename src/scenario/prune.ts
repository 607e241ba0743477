// After the schema has found its problems, the meaning checks still have something to say about the rest of
// the file: "collect every problem". So the broken entries are left out of a copy (an actor with a bad
// attitude, an effect with two kinds, an unknown key) until the copy passes the schema, and the checks run on
// that. The ids of entries left out are remembered, so references to them are not reported a second time.
// When a required part at the top is broken, there is nothing sound to check, and the copy is given up.
import { z } from 'zod';
import { FORMAT_VERSION } from './schema.ts';
import { isOptional, isRecord, numberBounds, schemaAt, unwrap } from './schema-walk.ts';
import { valueAt } from './schema-issues.ts';
import type { PathSegment, SourceMap } from './source-map.ts';

export interface Pruned {
  readonly data: unknown;
  /** list name ("actors", "decisions") -> ids of entries left out */
  readonly broken: ReadonlyMap<string, ReadonlySet<string>>;
}

interface Plan {
  readonly drop: Map<object, Set<number>>;
  readonly remove: Map<object, Set<string>>;
  readonly replace: Map<object, Map<string, unknown>>;
}

const MAX_ROUNDS = 6;

export function pruneUntilValid(schema: z.ZodType, data: unknown, issues: readonly z.core.$ZodIssue[], map: SourceMap): Pruned | null {
  const broken = new Map<string, Set<string>>();
  let current = data;
  let open = issues;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const plan = planRepairs(schema, current, open, broken);
    if (!plan) return null;
    current = rebuild(current, plan, map);
    const result = schema.safeParse(current);
    if (result.success) return { data: current, broken };
    open = result.error.issues;
  }
  return null;
}

function planRepairs(schema: z.ZodType, data: unknown, issues: readonly z.core.$ZodIssue[], broken: Map<string, Set<string>>): Plan | null {
  const plan: Plan = { drop: new Map(), remove: new Map(), replace: new Map() };
  const add = <K, V>(m: Map<object, K>, owner: object, make: () => K, put: (k: K) => V) => {
    const entry = m.get(owner) ?? make();
    m.set(owner, entry);
    put(entry);
  };
  for (const issue of issues) {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const owner = valueAt(data, path);
      if (typeof owner === 'object' && owner !== null) add(plan.remove, owner, () => new Set<string>(), (s) => issue.keys.forEach((k) => s.add(k)));
      continue;
    }
    const entry = enclosingEntry(data, path);
    if (entry) {
      add(plan.drop, entry.list, () => new Set<number>(), (s) => s.add(entry.index));
      const element = (entry.list as unknown[])[entry.index];
      if (isRecord(element) && typeof element.id === 'string') {
        const ids = broken.get(entry.name) ?? new Set<string>();
        ids.add(element.id);
        broken.set(entry.name, ids);
      }
      continue;
    }
    const key = path[path.length - 1];
    const owner = valueAt(data, path.slice(0, -1));
    if (typeof key !== 'string' || !isRecord(owner)) return null;
    const spot = schemaAt(schema, path, data);
    if (isOptional(spot)) {
      add(plan.remove, owner, () => new Set<string>(), (s) => s.add(key));
      continue;
    }
    const fixed = stopgap(spot, path, owner[key]);
    if (fixed === undefined) return null;
    add(plan.replace, owner, () => new Map<string, unknown>(), (m) => m.set(key, fixed));
  }
  return plan;
}

/** The innermost list entry holding the problem: a mapping in a list, or the bad item itself. */
function enclosingEntry(data: unknown, path: readonly PathSegment[]): { list: object; index: number; name: string } | undefined {
  for (let k = path.length - 1; k >= 0; k--) {
    const index = path[k];
    if (typeof index !== 'number') continue;
    const list = valueAt(data, path.slice(0, k));
    const element = valueAt(data, path.slice(0, k + 1));
    if (!Array.isArray(list)) continue;
    if (isRecord(element) || k === path.length - 1) return { list, index, name: String(path[k - 1] ?? '') };
  }
  return undefined;
}

/** A stand-in for a required value the checks cannot do without: a number brought into range, the format. */
function stopgap(schema: z.ZodType | undefined, path: readonly PathSegment[], value: unknown): unknown {
  if (path.length === 1 && path[0] === 'format') return FORMAT_VERSION;
  const bare = unwrap(schema);
  // texts and ids: any valid stand-in will do, since no check reads what a title says
  if (bare instanceof z.ZodString || bare instanceof z.ZodUnion) return 'x';
  if (bare instanceof z.ZodBoolean) return false;
  const bounds = numberBounds(schema);
  if (!bounds) return undefined;
  const min = bounds.min ?? 0;
  const max = bounds.max ?? min;
  const n = typeof value === 'number' && Number.isFinite(value) ? value : min;
  const clamped = Math.min(max, Math.max(min, n));
  return bounds.int ? Math.round(clamped) : clamped;
}

function rebuild(value: unknown, plan: Plan, map: SourceMap): unknown {
  if (Array.isArray(value)) {
    const dropped = plan.drop.get(value);
    const copy = value.filter((_, i) => !dropped?.has(i)).map((item) => rebuild(item, plan, map));
    // a list with entries left out no longer matches its YAML items one to one, so it gets no position
    if (!dropped) map.alias(copy, value);
    return copy;
  }
  if (isRecord(value)) {
    const removed = plan.remove.get(value);
    const replaced = plan.replace.get(value);
    const copy: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value)) {
      if (removed?.has(key)) continue;
      copy[key] = replaced?.has(key) ? replaced.get(key) : rebuild(value[key], plan, map);
    }
    map.alias(copy, value);
    return copy;
  }
  return value;
}
