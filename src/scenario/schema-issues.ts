// Zod's issues, retold for a scenario author: at the right line and column, in the words of the game, with the
// schema's own facts (bounds, known keys) and a suggestion. Unions are resolved first: an effect with `change`
// is checked as a change, so its problems are the change's, not "matches none of five variants".
import { z } from 'zod';
import type { DiagnosticCode } from './diagnostic-codes.ts';
import type { DiagnosticList } from './diagnostic-list.ts';
import { placeName } from './places.ts';
import { RESERVED_HINT, isReservedId } from './reserved-ids.ts';
import { FORMAT_VERSION } from './schema.ts';
import { isRecord, knownKeys, numberBounds, ownValue, pickVariant, resolve, schemaAt, unwrap } from './schema-walk.ts';
import type { Location, PathSegment, SourceMap, Written } from './source-map.ts';
import { closest, slugify, unknownName } from './suggest.ts';

type Issue = z.core.$ZodIssue;

export function reportSchemaIssues(
  schema: z.ZodType,
  data: unknown,
  issues: readonly Issue[],
  map: SourceMap,
  problems: DiagnosticList,
): void {
  new IssueReporter(data, map, problems).report(schema, [], issues);
}

class IssueReporter {
  constructor(
    private readonly data: unknown,
    private readonly map: SourceMap,
    private readonly problems: DiagnosticList,
  ) {}

  /** Report `issues` of data at `base`, read by `schema` (the schema of that spot). */
  report(schema: z.ZodType, base: readonly PathSegment[], issues: readonly Issue[]): void {
    const misspelt = misspeltKeys(schema, base, issues, this.data);
    const unions = new Set<string>();
    for (const issue of issues) {
      const relative = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
      // zod reports a union's problems sometimes as the union's, sometimes as one variant's; here the variant is
      // chosen the same way each time, and all of the value's problems come from that one choice
      const union = this.unionAround(schema, base, relative);
      if (union) {
        const key = JSON.stringify(union.path);
        if (!unions.has(key)) this.union(union.schema, union.path, valueAt(this.data, union.path));
        unions.add(key);
        continue;
      }
      this.one(schema, base, issue, misspelt);
    }
  }

  /** The outermost union on the way to a problem, if any. */
  private unionAround(schema: z.ZodType, base: readonly PathSegment[], relative: readonly PathSegment[]): { schema: z.ZodType; path: PathSegment[] } | undefined {
    const data = valueAt(this.data, base);
    for (let k = 0; k <= relative.length; k++) {
      const spot = schemaAt(schema, relative.slice(0, k), data);
      if (unwrap(spot) instanceof z.ZodUnion && spot) return { schema: spot, path: [...base, ...relative.slice(0, k)] };
    }
    return undefined;
  }

  private one(schema: z.ZodType, base: readonly PathSegment[], issue: Issue, misspelt: ReadonlySet<string>): void {
    const relative = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    const path = [...base, ...relative];
    const spotSchema = () => schemaAt(schema, relative, valueAt(this.data, base));
    const value = valueAt(this.data, path);
    const key = path[path.length - 1];
    const at = (part: 'key' | 'value' = 'value') => this.locate(path, part);
    // a missing key that is only misspelt is reported once, as the misspelling
    if (issue.code === 'invalid_type' && value === undefined && misspelt.has(JSON.stringify(path))) return;

    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(resolve(spotSchema(), value));
        for (const extra of issue.keys) {
          const { message, hint } = unknownName(extra, known, 'key');
          this.problems.error('unknown-key', this.locate([...path, extra], 'key'), `${message.replace(/^unknown key '[^']*'/, `unknown key '${extra}' in ${placeName(path)}`)}`, hint);
        }
        return;
      }
      case 'invalid_type':
        return this.wrongType(spotSchema(), path, value, issue.expected);
      case 'too_small':
      case 'too_big':
        return this.size(spotSchema(), path, value, issue);
      case 'invalid_format': {
        if (issue.message.startsWith('a text may not')) {
          // never echo the text itself: printing its escape codes is the harm being prevented
          this.problems.error('bad-value', at(), `this text holds control characters (such as terminal escape codes or text-direction overrides)`, 'remove them: a text may hold only printable characters, new lines and tabs');
          return;
        }
        const text = typeof value === 'string' ? value : describeValue(value);
        const { code, what } = formatKind(issue.message);
        const slug = code === 'bad-id' ? slugify(text) : '';
        this.problems.error(code, at(), `'${text}' is not ${what}: ${issue.message}`, slug && slug !== text ? `like '${slug}'` : undefined);
        return;
      }
      case 'invalid_value': {
        if (path.length === 1 && key === 'format' && value !== undefined) return this.formatVersion(path, value);
        // a list, a mapping or nothing where one of some words belongs is of the wrong kind, not an unknown word
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return this.wrongType(spotSchema(), path, value, 'value');
        const allowed = issue.values.map(String);
        const meant = closest(String(value), allowed);
        const message = `unknown ${String(key ?? 'value')} '${String(value)}' in ${placeName(path.slice(0, -1))}`;
        this.problems.error('bad-value', at(), meant ? `${message}: did you mean '${meant}'?` : message, meant ? undefined : `expected one of: ${allowed.join(', ')}`);
        return;
      }
      case 'invalid_key': {
        const nested = issue.issues[0];
        const reason = nested?.message ?? 'not allowed here';
        const reserved = typeof key === 'string' && isReservedId(key);
        this.problems.error(reserved ? 'bad-id' : formatKind(reason).code, at('key'), `'${String(key)}' cannot be a key here: ${reason}`, reserved ? RESERVED_HINT : undefined);
        return;
      }
      case 'custom':
        if (typeof value === 'string' && isReservedId(value)) this.problems.error('bad-id', at(), issue.message, RESERVED_HINT);
        else this.problems.error('empty-value', at(), issue.message);
        return;
      default:
        this.problems.error('invalid', at(), issue.message);
    }
  }

  private union(schema: z.ZodType | undefined, path: readonly PathSegment[], value: unknown): void {
    const union = unwrap(schema);
    if (!(union instanceof z.ZodUnion)) {
      this.problems.error('invalid', this.locate(path), `this value does not match ${describeExpected(schema)}`);
      return;
    }
    if (value === undefined) return this.wrongType(schema, path, value, 'value');
    const choice = pickVariant(union.options as z.ZodType[], value);
    if (choice.variant) {
      const result = choice.variant.safeParse(value);
      if (!result.success) this.report(choice.variant, path, result.error.issues);
      return;
    }
    if (isRecord(value) && choice.keys.length > 1) return this.effectKind(choice.keys, choice.keysFound, path, value);
    const quote = typeof value === 'number' || typeof value === 'boolean' ? `YAML read this as ${typeof value === 'number' ? 'a number' : 'true/false'}; put it in quotes: "${String(value)}"` : undefined;
    this.problems.error('wrong-type', this.locate(path), `expected ${describeExpected(schema)}, got ${this.shown(path, value)}`, quote);
  }

  /** An effect names what it does by one key; none or several of them is one clear problem. */
  private effectKind(keys: readonly string[], found: readonly string[], path: readonly PathSegment[], value: Record<string, unknown>): void {
    const list = `${keys.slice(0, -1).join(', ')} or ${keys[keys.length - 1]}`;
    if (found.length > 1) {
      this.problems.error('bad-effect', this.locate(path), `${placeName(path)} has both '${found[0]}' and '${found[1]}': each effect does exactly one thing`, 'split it into separate effects, one a list entry');
      return;
    }
    const misspelt = Object.keys(value)
      .map((k) => ({ k, guess: closest(k, keys) }))
      .find((g) => g.guess !== undefined);
    const message = misspelt
      ? `${placeName(path)} needs one of ${list}; '${misspelt.k}' is not one of them: did you mean '${misspelt.guess}'?`
      : `${placeName(path)} needs one of ${list}`;
    this.problems.error('bad-effect', misspelt ? this.locate([...path, misspelt.k], 'key') : this.locate(path), message, 'like: - change: attitude.russia  by: 5');
  }

  private wrongType(schema: z.ZodType | undefined, path: readonly PathSegment[], value: unknown, expected: string): void {
    const key = path[path.length - 1];
    const parentPath = path.slice(0, -1);
    if (value === undefined && key !== undefined && typeof key === 'string') {
      if (path.length === 1 && key === 'format') {
        this.problems.error('format-version', this.locate(path), `the file does not say which scenario format it is written in`, `add format: ${FORMAT_VERSION} at the top`);
        return;
      }
      const description = unwrap(schema)?.description ?? schema?.description;
      // "effects: effects, applied in order" says nothing; "trust: trust in Kazakhstan ..." does
      const telling = description && !new RegExp(`^${key}[,.]`, 'i').test(description);
      this.problems.error('missing-key', this.locate(path), `${placeName(parentPath)} needs '${key}'`, telling ? `${key}: ${lowerFirst(description)}` : undefined);
      return;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      this.problems.error('wrong-type', this.locate(path), `${this.shown(path, value)} is not a finite number`, describeRange(schema));
      return;
    }
    if (expected === 'int' && typeof value === 'number') {
      this.problems.error('wrong-type', this.locate(path), `expected a whole number, got ${value}`, describeRange(schema));
      return;
    }
    const wanted = describeExpected(schema);
    let hint: string | undefined;
    if (unwrap(schema) instanceof z.ZodString && (typeof value === 'number' || typeof value === 'boolean')) {
      hint = `YAML read this as ${typeof value === 'number' ? 'a number' : 'true/false'}; put it in quotes: "${String(value)}"`;
    }
    this.problems.error('wrong-type', this.locate(path), `expected ${wanted}, got ${this.shown(path, value)}`, hint);
  }

  private size(schema: z.ZodType | undefined, path: readonly PathSegment[], value: unknown, issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): void {
    const key = path[path.length - 1];
    const small = issue.code === 'too_small';
    const limit = Number(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
    if (issue.origin === 'array' || Array.isArray(value)) {
      const count = (n: number) => (n === 1 ? 'one entry' : `${n} entries`);
      const what = typeof key === 'string' ? `'${key}'` : 'this list';
      this.problems.error(small ? 'too-few' : 'too-many', this.locate(path), `${what} needs ${small ? 'at least' : 'at most'} ${count(limit)}, and has ${Array.isArray(value) ? value.length : 0}`);
      return;
    }
    if (issue.origin === 'string' || typeof value === 'string') {
      if (small && limit <= 1) this.problems.error('empty-value', this.locate(path), `'${String(key)}' must not be empty`);
      else this.problems.error(small ? 'too-short' : 'too-long', this.locate(path), `'${String(value)}' is too ${small ? 'short' : 'long'}: ${small ? 'at least' : 'at most'} ${limit} characters`);
      return;
    }
    this.problems.error('out-of-range', this.locate(path), `expected ${describeExpected(schema)}, got ${describeValue(value)}`, hintOf(schema));
  }

  /**
   * format: 1 is the number one. Anything else is told as the file has it, and a text that reads as the right
   * number ("1", or !!str 1) is told that it is a text, and why.
   */
  private formatVersion(path: readonly PathSegment[], value: unknown): void {
    const reads = `this game reads scenario format ${FORMAT_VERSION}`;
    let hint = `write format: ${FORMAT_VERSION}, or use the version of the game the file was written for`;
    let message: string;
    if (typeof value === 'string') {
      const written = this.writtenAt(path);
      const how = written?.tag !== undefined ? ` (tagged ${written.tag})` : written?.quoted ? ' (in quotes)' : '';
      message = `${reads}, the number ${FORMAT_VERSION}, but the file's format is the text '${value}'${how}`;
      if (value.trim() !== '' && Number.isFinite(Number(value))) hint = `write format: ${FORMAT_VERSION}, a number: without quotes or a tag`;
    } else if (typeof value === 'number') {
      message = `${reads}, but the file says format: ${this.writtenAt(path)?.text ?? describeValue(value)}${Number.isFinite(value) ? '' : ', which is not a finite number'}`;
    } else {
      message = `${reads}, the number ${FORMAT_VERSION}, but the file's format is ${describeValue(value)}`;
    }
    this.problems.error('format-version', this.locate(path), message, hint);
  }

  /** A value in a message: a number as the file writes it (1e999, not Infinity), anything else described. */
  private shown(path: readonly PathSegment[], value: unknown): string {
    const written = typeof value === 'number' ? this.writtenAt(path) : undefined;
    if (!written) return describeValue(value);
    return Number.isFinite(value) ? written.text : `'${written.text}'`;
  }

  private writtenAt(path: readonly PathSegment[]): Written | undefined {
    const owner = valueAt(this.data, path.slice(0, -1));
    const key = path[path.length - 1];
    return isContainer(owner) && key !== undefined ? this.map.written(owner, key) : undefined;
  }

  /** Where a path points: its value (or key), or the nearest mapping that exists when the key is missing. */
  private locate(path: readonly PathSegment[], part: 'key' | 'value' = 'value'): Location {
    let owner: object | undefined;
    let current: unknown = this.data;
    let i = 0;
    for (; i < path.length - 1; i++) {
      if (!isContainer(current)) break;
      owner = current;
      current = ownValue(current, path[i] as PathSegment);
    }
    if (i === path.length - 1 && isContainer(current)) return this.map.locate(current, path[i], { part });
    if (owner) return this.map.locate(owner, path[i - 1]);
    return isContainer(this.data) && path.length === 0 ? this.map.locate(this.data) : this.map.top();
  }
}

/** Paths of required keys that are missing because an unknown key beside them is their misspelling. */
function misspeltKeys(schema: z.ZodType, base: readonly PathSegment[], issues: readonly Issue[], data: unknown): Set<string> {
  const found = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const relative = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    const path = [...base, ...relative];
    const known = knownKeys(resolve(schemaAt(schema, relative, valueAt(data, base)), valueAt(data, path)));
    for (const extra of issue.keys) {
      const meant = closest(extra, known);
      if (meant !== undefined) found.add(JSON.stringify([...path, meant]));
    }
  }
  return found;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) current = ownValue(current, segment);
  return current;
}

/** In a message: "the text 'abc'", "a list", "150". */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `the text '${value.length > 40 ? `${value.slice(0, 37)}...` : value}'`;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return "'.nan'";
    if (!Number.isFinite(value)) return value > 0 ? "'.inf'" : "'-.inf'";
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

/** In a message: "a number from -100 to 100", "a list", "a text, or a map of language code to text". */
function describeExpected(schema: z.ZodType | undefined): string {
  const s = unwrap(schema);
  if (s instanceof z.ZodNumber) return describeRange(s) ?? 'a number';
  if (s instanceof z.ZodString) {
    const description = s.description ?? '';
    if (description.startsWith('A condition')) return 'a condition (a text like "economy > 40")';
    if (/id:/.test(description)) return 'an id';
    return 'a text';
  }
  if (s instanceof z.ZodBoolean) return 'true or false';
  if (s instanceof z.ZodArray || s instanceof z.ZodTuple) return 'a list (lines starting with "- ", or [a, b])';
  if (s instanceof z.ZodObject || s instanceof z.ZodRecord) return 'a mapping (lines of key: value)';
  if (s instanceof z.ZodEnum) return `one of ${(s.options as unknown[]).map(String).join(', ')}`;
  if (s instanceof z.ZodLiteral) return (s.values ? [...s.values] : []).map(String).join(' or ');
  if (s instanceof z.ZodUnion) {
    const options = (s.options as z.ZodType[]).map(unwrap);
    if (options.some((o) => o instanceof z.ZodString) && options.some((o) => o instanceof z.ZodRecord)) {
      return 'a text, or a map of language code to text';
    }
    if (options.every((o) => o instanceof z.ZodObject)) {
      const keys = options.map((o) => Object.keys((o as z.ZodObject).shape)[0]);
      return `an effect (a mapping with one of ${keys.join(', ')})`;
    }
  }
  return 'something else';
}

function describeRange(schema: z.ZodType | undefined): string | undefined {
  const bounds = numberBounds(schema);
  if (!bounds) return undefined;
  const noun = bounds.int ? 'a whole number' : 'a number';
  if (bounds.min !== null && bounds.max !== null) return `${noun} from ${bounds.min} to ${bounds.max}`;
  if (bounds.min !== null) return `${noun} of at least ${bounds.min}`;
  if (bounds.max !== null) return `${noun} of at most ${bounds.max}`;
  return noun;
}

function hintOf(schema: z.ZodType | undefined): string | undefined {
  const description = unwrap(schema)?.description ?? schema?.description;
  return description ? lowerFirst(description.replace(/\s*\([^)]*\)\s*$/, '')) : undefined;
}

function formatKind(message: string): { code: DiagnosticCode; what: string } {
  if (message.startsWith('a date')) return { code: 'bad-date', what: 'a date' };
  if (message.startsWith('a language code')) return { code: 'bad-language', what: 'a language code' };
  const id = /^an? ([a-z]+) id/.exec(message);
  return { code: 'bad-id', what: id ? `a valid ${id[1]} id` : 'valid here' };
}

function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
