// Where each part of the scenario came from in the file. The plain objects the checks read remember their YAML
// node (by identity), so a check that finds a bad value in `decision.effects[1]` can point at its
// line and column without threading positions through every check.
import { isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

export type PathSegment = string | number;

export interface Location {
  readonly line: number;
  readonly column: number;
  readonly path: string;
}

export interface Written {
  readonly text: string;
  readonly quoted: boolean;
  /** the tag written before it, like !!str */
  readonly tag: string | undefined;
}

interface Origin {
  readonly node: YAMLMap | YAMLSeq;
  /** the mapping or list holding this one, and its key there: the path is built only when a message needs it */
  readonly parent: object | undefined;
  readonly key: PathSegment | undefined;
}

export class SourceMap {
  // a Map, not a WeakMap: it lives exactly as long as one load, and is several times faster to fill
  private readonly origins = new Map<object, Origin>();
  /** each mapping's pairs by key, made when a problem first points into it, so a thousand problems in one mapping do not each search it */
  private readonly pairIndex = new Map<YAMLMap, Map<string, Pair>>();
  private readonly alignments = new Map<Scalar, Alignment>();

  constructor(
    readonly text: string,
    private readonly lines: LineCounter,
  ) {}

  /** Remember that a plain object or array was read from this YAML node, as `parent[key]` (or the top). */
  register(value: object, node: YAMLMap | YAMLSeq, parent?: object, key?: PathSegment): void {
    this.origins.set(value, { node, parent, key });
  }

  /** A copy made while checking (say, with a broken entry left out) still points where the original came from. */
  alias(copy: object, original: object): void {
    const origin = this.origins.get(original);
    if (origin) this.origins.set(copy, origin);
  }

  pathOf(owner: object, key?: PathSegment): PathSegment[] {
    const path: PathSegment[] = key === undefined ? [] : [key];
    let origin = this.origins.get(owner);
    while (origin && origin.parent !== undefined && origin.key !== undefined) {
      path.push(origin.key);
      origin = this.origins.get(origin.parent);
    }
    return path.reverse();
  }

  /** The YAML node a key of `owner` holds (aliases followed), or undefined when the key is missing. */
  valueNode(owner: object, key: PathSegment): Node | undefined {
    const node = this.origins.get(owner)?.node;
    if (!node) return undefined;
    if (isSeq(node)) {
      const item = typeof key === 'number' ? node.items[key] : undefined;
      return isNodeLike(item) ? (item as Node) : undefined;
    }
    const pair = this.pairOf(node, key);
    return pair && isNodeLike(pair.value) ? (pair.value as Node) : undefined;
  }

  /** How a scalar at `owner[key]` is written: its text in the file, and whether it is quoted or tagged (!!str). */
  written(owner: object, key: PathSegment): Written | undefined {
    const node = this.valueNode(owner, key);
    if (!node || !isScalar(node) || !node.range) return undefined;
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const tag = node.tag === undefined ? undefined : node.tag.replace('tag:yaml.org,2002:', '!!');
    return { text: this.text.slice(node.range[0], node.range[1]), quoted, tag };
  }

  private keyNode(owner: object, key: PathSegment): Node | undefined {
    const node = this.origins.get(owner)?.node;
    if (!node || isSeq(node)) return undefined;
    const pair = this.pairOf(node, key);
    return pair && isNodeLike(pair.key) ? (pair.key as Node) : undefined;
  }

  /**
   * Where to point for `owner[key]`: its value, or its key (for a key that should not be there), or the owner
   * itself when the key is missing. `offset` is a character offset inside a scalar's text (a condition's
   * column); it is mapped through quotes and folded lines back to the file.
   */
  locate(owner: object, key?: PathSegment, options: { part?: 'key' | 'value'; offset?: number } = {}): Location {
    const path = formatPath(this.pathOf(owner, key));
    const origin = this.origins.get(owner);
    let node: Node | undefined;
    if (key !== undefined) node = options.part === 'key' ? this.keyNode(owner, key) : this.valueNode(owner, key);
    let start = node?.range?.[0] ?? origin?.node.range?.[0] ?? 0;
    if (node && options.offset !== undefined && isScalar(node)) start = this.offsetInScalar(node, options.offset);
    return { ...this.position(start), path };
  }

  private pairOf(node: YAMLMap, key: PathSegment): Pair | undefined {
    // most mappings hold a few keys, where a search is quicker than building an index
    if (node.items.length <= 16) return node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
    let index = this.pairIndex.get(node);
    if (!index) {
      index = new Map();
      for (const item of node.items) {
        // the first of two equal keys is the one the data holds
        if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
      }
      this.pairIndex.set(node, index);
    }
    return index.get(String(key));
  }

  /** The location of the whole file (its first line), for problems that belong to no node. */
  top(): Location {
    return { line: 1, column: 1, path: '' };
  }

  position(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** The file offset of character `offset` of a scalar's value, or the scalar's start when they cannot be matched. */
  offsetInScalar(node: Scalar, offset: number): number {
    const range = node.range;
    if (!range) return 0;
    const value = typeof node.value === 'string' ? node.value : String(node.value);
    let at = range[0];
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') at += 1;
    else if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
      // the text starts on the line after the "|" or ">" header
      const headerEnd = this.text.indexOf('\n', at);
      if (headerEnd === -1 || headerEnd >= range[1]) return range[0];
      at = headerEnd + 1;
      while (at < range[1] && this.text[at] === ' ') at++;
    }
    // problems in one long condition come in order along it, so each walk goes on from where the last one stopped
    const last = this.alignments.get(node);
    if (last && 'brokenAt' in last && offset > last.brokenAt) return range[0];
    const from = last && 'v' in last && last.v <= offset ? last : { s: at, v: 0 };
    const found = alignOffset(this.text, from, range[1], value, offset, node.type === 'QUOTE_SINGLE');
    this.alignments.set(node, found);
    return 'brokenAt' in found ? range[0] : found.s;
  }
}

/** Where a walk along a scalar stopped: at character v of the value and s of the file, or the character of the value where the two part ways. */
type Alignment = { readonly s: number; readonly v: number } | { readonly brokenAt: number };

/**
 * Walks the value and its source text side by side to find where character `offset` of the value is in the file.
 * Line breaks and indentation fold into single spaces (or stay line breaks) in the value, so a run of white space
 * in one matches a run in the other. An escape sequence breaks the match, and the caller falls back to the start.
 */
function alignOffset(text: string, from: { s: number; v: number }, to: number, value: string, offset: number, singleQuoted: boolean): Alignment {
  let { s, v } = from;
  while (v < offset) {
    if (s >= to) return { brokenAt: v };
    const vc = value[v];
    const sc = text[s];
    if (singleQuoted && vc === "'" && text.slice(s, s + 2) === "''") {
      v++;
      s += 2;
    } else if (vc === sc && !isWhite(vc)) {
      v++;
      s++;
    } else if (isWhite(vc) && isWhite(sc)) {
      while (v < value.length && isWhite(value[v])) v++;
      while (s < to && isWhite(text[s])) s++;
    } else return { brokenAt: v };
  }
  return { s, v };
}

function isWhite(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}

function isNodeLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (isScalar(value) || isMap(value) || isSeq(value) || isAlias(value));
}


/** `actors[2].levers[0].kind`: the path as an author would write it to find the spot. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
