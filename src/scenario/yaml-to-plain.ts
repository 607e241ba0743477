// The YAML tree to plain data, written by hand rather than with the library's toJS so that nothing in the file
// can reach an object's prototype: keys like __proto__ are refused before any object is built, mappings become
// prototype-less objects, and only YAML's own core tags are accepted. Every mapping and list is registered in the
// source map for the checks' positions.
//
// It is one walk in document order, and its work is bounded by what it may build: anchors are remembered as they
// are met (the library's Alias.resolve searches the whole document for each alias), a key seen twice is found in
// the mapping being built (the parser's own check compares each key with every earlier one), and an alias is
// copied only once the copy's size, known from converting its anchor, fits the budget, so an alias bomb is refused
// before it is built.
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DiagnosticList } from './diagnostic-list.ts';
import { MAX_DEPTH } from './nesting-depth.ts';
import { formatPath, type PathSegment, type SourceMap } from './source-map.ts';

/** Keys that name parts of JavaScript's object machinery; no scenario needs them and they can only do harm. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** Values (scalars, lists and mappings) a file of this many characters may hold once its aliases are copied. */
export function valueBudget(length: number): number {
  // a value takes at least two characters without aliases; a few honest aliases fit easily in the rest
  return Math.min(1_000_000, 2 * length + 1000);
}

class Stop extends Error {}

export function yamlToPlain(doc: Document, map: SourceMap, problems: DiagnosticList): unknown {
  try {
    return new Converter(map, problems, valueBudget(map.text.length)).convert(doc.contents, undefined, undefined, 0);
  } catch (error) {
    if (error instanceof Stop) return undefined;
    throw error;
  }
}

class Converter {
  private values = 0;
  /** anchor name -> the node it names, as met in document order (outside copies, which meet no new anchors) */
  private readonly anchors = new Map<string, Node>();
  /** each alias's node, fixed where the alias stands, so a copy of a copy names what the file meant there */
  private readonly targets = new Map<Alias, Node | null>();
  /** how many values converting an anchored node made: what each copy of it costs */
  private readonly sizes = new Map<Node, number>();
  /** the lists and mappings being converted (the current node's ancestors): an alias to one would hold itself */
  private readonly open = new Set<Node>();
  /** aliases already reported, so a copy repeating a broken alias does not report it again */
  private readonly reported = new Set<Node>();
  private copying = 0;

  constructor(
    private readonly map: SourceMap,
    private readonly problems: DiagnosticList,
    private readonly budget: number,
  ) {}

  convert(node: unknown, parent: object | undefined, key: PathSegment | undefined, depth: number): unknown {
    if (++this.values > this.budget) {
      this.problems.error('too-large', this.at(node, parent, key), `the file holds more than ${this.budget.toLocaleString('en')} values, the most a file of its size may hold`, 'a scenario holds a few thousand values');
      throw new Stop();
    }
    if (depth > MAX_DEPTH) {
      this.problems.error('too-deep', this.at(node, parent, key), `the data nests more than ${MAX_DEPTH} levels deep`, 'a scenario needs about eight levels');
      throw new Stop();
    }
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return this.alias(node, parent, key, depth);
    if (!isScalar(node) && !isSeq(node) && !isMap(node)) {
      this.problems.error('wrong-type', this.at(node, parent, key), 'this YAML value is not supported in a scenario file');
      return null;
    }
    const before = this.values - 1;
    const anchor = this.copying === 0 ? node.anchor : undefined;
    if (anchor !== undefined) this.anchors.set(anchor, node);
    let value: unknown;
    if (isScalar(node)) value = this.scalar(node, parent, key);
    else {
      this.open.add(node);
      value = isSeq(node) ? this.list(node, parent, key, depth) : this.mapping(node, parent, key, depth);
      this.open.delete(node);
    }
    if (anchor !== undefined) this.sizes.set(node, this.values - before);
    return value;
  }

  private alias(node: Alias, parent: object | undefined, key: PathSegment | undefined, depth: number): unknown {
    let target = this.targets.get(node);
    if (target === undefined) {
      target = this.anchors.get(node.source) ?? null;
      this.targets.set(node, target);
    }
    if (!target) {
      this.once(node, () => this.problems.error('yaml-syntax', this.at(node, parent, key), `the alias *${node.source} names no anchor`, `define &${node.source} before using *${node.source}`));
      return null;
    }
    if (this.open.has(target)) {
      this.once(node, () => this.problems.error('alias-limit', this.at(node, parent, key), `the alias *${node.source} refers to a collection that contains it`, 'an alias cannot repeat its own parent'));
      return null;
    }
    // the anchored node came earlier in the document and is not open, so it has been converted and measured
    const size = this.sizes.get(target) ?? 1;
    if (this.values + size > this.budget) {
      this.problems.error(
        'alias-limit',
        this.at(node, parent, key),
        `with this alias the file's aliases expand to more than ${this.budget.toLocaleString('en')} values, the most a file of its size may hold (an alias bomb?)`,
        'use fewer aliases (*name), or none',
      );
      throw new Stop();
    }
    this.copying++;
    try {
      return this.convert(target, parent, key, depth);
    } finally {
      this.copying--;
    }
  }

  private scalar(node: Scalar, parent: object | undefined, key: PathSegment | undefined): unknown {
    if (badTag(node)) {
      this.tagProblem(node, parent, key);
      return null;
    }
    return node.value;
  }

  private list(node: YAMLSeq, parent: object | undefined, key: PathSegment | undefined, depth: number): unknown[] {
    if (badTag(node)) this.tagProblem(node, parent, key);
    const list: unknown[] = [];
    this.map.register(list, node, parent, key);
    for (let i = 0; i < node.items.length; i++) list.push(this.convert(node.items[i], list, i, depth + 1));
    return list;
  }

  private mapping(node: YAMLMap, parent: object | undefined, key: PathSegment | undefined, depth: number): Record<string, unknown> {
    if (badTag(node)) this.tagProblem(node, parent, key);
    const object: Record<string, unknown> = Object.create(null);
    this.map.register(object, node, parent, key);
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key;
      if (keyNode !== null && !isScalar(keyNode)) {
        this.problems.error('wrong-type', this.at(keyNode as Node, object, undefined), 'a key must be a plain name, not a list or a mapping');
        continue;
      }
      if (keyNode?.anchor !== undefined && this.copying === 0) {
        this.anchors.set(keyNode.anchor, keyNode);
        this.sizes.set(keyNode, 1);
      }
      const name = keyNode === null ? '' : String(keyNode.value);
      if (FORBIDDEN_KEYS.has(name)) {
        this.problems.error('forbidden-key', this.at(keyNode, object, name), `the key '${name}' is not allowed in a scenario file`, 'rename or remove it');
        continue;
      }
      if (Object.hasOwn(object, name)) {
        // a copy repeats its anchor's keys, so only the anchor's own mapping reports them
        if (this.copying === 0) this.problems.error('duplicate-key', this.at(keyNode, object, undefined), `the key '${name}' appears twice in the same mapping`, 'remove or rename one of them');
        continue;
      }
      object[name] = this.convert(pair.value, object, name, depth + 1);
    }
    return object;
  }

  // where a problem is: the node's position, and the path of parent[key]
  private at(node: unknown, parent: object | undefined, key: PathSegment | undefined) {
    return {
      ...this.map.position((node as Node | null)?.range?.[0] ?? 0),
      path: parent === undefined ? '' : formatPath(this.map.pathOf(parent, key)),
    };
  }

  private tagProblem(node: Node, parent: object | undefined, key: PathSegment | undefined): void {
    this.once(node, () => this.reportTag(node, parent, key));
  }

  // a node's range starts after its tag; point at the tag itself, which is what is wrong
  private reportTag(node: Node, parent: object | undefined, key: PathSegment | undefined): void {
    const text = this.map.text;
    const start = node.range?.[0] ?? 0;
    let end = start;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    // the walk stops where a tag cannot continue, so 100,000 tags on one line are not each walked back to its start
    let tag = end;
    const farthest = Math.max(0, end - MAX_TAG_LENGTH);
    while (tag > farthest && !TAG_STOPS.has(text[tag - 1] ?? ' ')) tag--;
    const where = { ...this.at(node, parent, key), ...this.map.position(text[tag] === '!' ? tag : start) };
    this.problems.error('unsupported-tag', where, `the tag ${String(node.tag).replace('tag:yaml.org,2002:', '!!')} is not used in scenario files`, 'remove the tag');
  }

  private once(node: Node, report: () => void): void {
    if (this.reported.has(node)) return;
    this.reported.add(node);
    report();
  }
}

/** Longer than any tag a writer would type by mistake; a longer one is reported at its node instead. */
const MAX_TAG_LENGTH = 256;
const TAG_STOPS: ReadonlySet<string> = new Set([' ', '\t', '\n', '\r', ',', '[', ']', '{', '}']);

function badTag(node: Node): boolean {
  return node.tag !== undefined && !CORE_TAGS.has(node.tag);
}
