// The YAML tree to plain data, written by hand rather than with the library's toJS so that nothing in the file
// can reach an object's prototype: keys like __proto__ are refused before any object is built, mappings become
// prototype-less objects, aliases are expanded under a budget (no "billion laughs"), and only YAML's own core
// tags are accepted. Every mapping and list is registered in the source map for the checks' positions.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { DiagnosticList } from './diagnostic-list.ts';
import { MAX_DEPTH } from './nesting-depth.ts';
import { formatPath, type PathSegment, type SourceMap } from './source-map.ts';

/** Keys that name parts of JavaScript's object machinery; no scenario needs them and they can only do harm. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** A scenario's data is a few times its text at most; an alias that expands beyond this is an attack or a mistake. */
const ABSOLUTE_NODE_LIMIT = 1_000_000;

class Stop extends Error {}

export function yamlToPlain(doc: Document, map: SourceMap, problems: DiagnosticList): unknown {
  const budget = Math.min(ABSOLUTE_NODE_LIMIT, 2 * map.text.length + 1000);
  let nodes = 0;
  const expanding: Node[] = [];

  // where a problem is: the node's position, and the path of parent[key]
  const at = (node: Node | null | undefined, parent: object | undefined, key: PathSegment | undefined) => ({
    ...map.position(node?.range?.[0] ?? 0),
    path: parent === undefined ? '' : formatPath(map.pathOf(parent, key)),
  });
  // a node's range starts after its tag; point at the tag itself, which is what is wrong
  const tagProblem = (node: Node, parent: object | undefined, key: PathSegment | undefined) => {
    const start = node.range?.[0] ?? 0;
    let end = start;
    while (end > 0 && (map.text[end - 1] === ' ' || map.text[end - 1] === '\t')) end--;
    let tag = end;
    while (tag > 0 && !/\s/.test(map.text[tag - 1] ?? ' ')) tag--;
    const where = { ...at(node, parent, key), ...map.position(map.text[tag] === '!' ? tag : start) };
    problems.error('unsupported-tag', where, `the tag ${String(node.tag).replace('tag:yaml.org,2002:', '!!')} is not used in scenario files`, 'remove the tag');
  };

  const convert = (node: unknown, parent: object | undefined, key: PathSegment | undefined, depth: number): unknown => {
    if (++nodes > budget) {
      problems.error('alias-limit', at(node as Node, parent, key), 'aliases expand to far more data than the file holds (an alias bomb?)', 'use fewer aliases (*name), or none');
      throw new Stop();
    }
    if (depth > MAX_DEPTH) {
      problems.error('too-deep', at(node as Node, parent, key), `the data nests more than ${MAX_DEPTH} levels deep`, 'a scenario needs about eight levels');
      throw new Stop();
    }
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) {
        problems.error('yaml-syntax', at(node, parent, key), `the alias *${node.source} names no anchor`, `define &${node.source} before using *${node.source}`);
        return null;
      }
      if (expanding.includes(target)) {
        problems.error('alias-limit', at(node, parent, key), `the alias *${node.source} refers to a collection that contains it`, 'an alias cannot repeat its own parent');
        return null;
      }
      expanding.push(target);
      try {
        return convert(target, parent, key, depth);
      } finally {
        expanding.pop();
      }
    }
    if (isScalar(node)) {
      if (node.tag && !CORE_TAGS.has(node.tag)) {
        tagProblem(node, parent, key);
        return null;
      }
      return node.value;
    }
    if (isSeq(node)) {
      if (badTag(node)) tagProblem(node, parent, key);
      expanding.push(node);
      const list: unknown[] = [];
      map.register(list, node, parent, key);
      for (let i = 0; i < node.items.length; i++) list.push(convert(node.items[i], list, i, depth + 1));
      expanding.pop();
      return list;
    }
    if (isMap(node)) {
      if (badTag(node)) tagProblem(node, parent, key);
      expanding.push(node);
      const object: Record<string, unknown> = Object.create(null);
      map.register(object, node, parent, key);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key;
        if (keyNode !== null && !isScalar(keyNode)) {
          problems.error('wrong-type', at(keyNode as Node, object, undefined), 'a key must be a plain name, not a list or a mapping');
          continue;
        }
        const name = keyNode === null ? '' : String(keyNode.value);
        if (FORBIDDEN_KEYS.has(name)) {
          problems.error('forbidden-key', at(keyNode, object, name), `the key '${name}' is not allowed in a scenario file`, 'rename or remove it');
          continue;
        }
        object[name] = convert(pair.value, object, name, depth + 1);
      }
      expanding.pop();
      return object;
    }
    problems.error('wrong-type', at(node as Node, parent, key), 'this YAML value is not supported in a scenario file');
    return null;
  };

  try {
    return convert(doc.contents, undefined, undefined, 0);
  } catch (error) {
    if (error instanceof Stop) return undefined;
    throw error;
  }
}

function badTag(node: Node): boolean {
  return node.tag !== undefined && !CORE_TAGS.has(node.tag);
}
