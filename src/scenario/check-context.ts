// What every meaning check reads: the scenario (as read from the file, so positions can be found), the source
// map, the notebook of problems, and the ids each kind of thing declares.
import type { DiagnosticList } from './diagnostic-list.ts';
import { ID_PATTERN, MAX_ID_LENGTH } from './reference.ts';
import { isReservedId } from './reserved-ids.ts';
import { isRecord } from './schema-walk.ts';
import type { ScenarioFile } from './schema.ts';
import type { SourceMap } from './source-map.ts';
import { closest, slugify, type SuggestionBudget } from './suggest.ts';

export interface KnownIds {
  readonly actors: ReadonlySet<string>;
  readonly tracks: ReadonlySet<string>;
  readonly decisions: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
  readonly endings: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  /** tags that some decision or choice carries */
  readonly tags: ReadonlySet<string>;
  /** each declared tension as 'a|b', the two ids in sorted order */
  readonly tensions: ReadonlySet<string>;
  /** each track's parties, by the track's id */
  readonly parties: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface CheckContext {
  readonly scenario: ScenarioFile;
  readonly map: SourceMap;
  readonly problems: DiagnosticList;
  readonly known: KnownIds;
  /** what "did you mean" may still cost in this load */
  readonly suggestions: SuggestionBudget;
  /**
   * Everything the file holds, broken entries included. Checks that conclude from something's absence ("nothing
   * sets this flag", "no final ending") look here, since the missing piece may sit in an entry left out for a
   * schema error (see prune.ts).
   */
  readonly raw: unknown;
}

/**
 * The ids of one kind. An entry left out for a schema error (see prune.ts) still declares its id, so references
 * to it are not reported on top of its own problem. When that id is itself malformed ("Jet Crisis"), what it was
 * meant to be is unknown, so any reference close to it is let pass too; iterating gives only valid ids, which
 * are what suggestions may offer.
 */
class KnownNames extends Set<string> {
  private readonly malformed: readonly string[];
  private readonly slugs: ReadonlySet<string>;

  constructor(
    declared: Iterable<string>,
    broken: Iterable<string>,
    private readonly suggestions: SuggestionBudget,
  ) {
    const all = [...broken];
    const wellFormed = (id: string) => id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id) && !isReservedId(id);
    super([...declared, ...all.filter(wellFormed)]);
    this.malformed = all.filter((id) => !wellFormed(id));
    this.slugs = new Set(this.malformed.map(slugify));
  }

  override has(id: string): boolean {
    if (super.has(id)) return true;
    if (this.malformed.length === 0) return false;
    if (this.slugs.has(id)) return true;
    return closest(id, this.malformed, this.suggestions) !== undefined;
  }
}

export function knownIds(s: ScenarioFile, broken: ReadonlyMap<string, ReadonlySet<string>>, raw: unknown, suggestions: SuggestionBudget): KnownIds {
  const ids = (list: readonly { id: string }[] | undefined, name: string) =>
    new KnownNames((list ?? []).map((x) => x.id), broken.get(name) ?? [], suggestions);
  const tags = new Set<string>();
  for (const d of entries(raw, 'decisions')) addStrings(tags, d.tags);
  for (const e of entries(raw, 'events')) for (const c of entries(e, 'choices')) addStrings(tags, c.tags);
  for (const a of entries(raw, 'actors')) for (const m of entries(a, 'moves')) for (const o of entries(m, 'options')) addStrings(tags, o.tags);
  return {
    actors: ids(s.actors, 'actors'),
    tracks: ids(s.tracks, 'tracks'),
    decisions: ids(s.decisions, 'decisions'),
    // an actor's move is answered like an event and read like one (fired.MOVE, history's choices)
    events: new KnownNames(
      [...(s.events ?? []).map((e) => e.id), ...s.actors.flatMap((a) => (a.moves ?? []).map((m) => m.id))],
      broken.get('events') ?? [],
      suggestions,
    ),
    endings: ids(s.endings, 'endings'),
    sources: ids(s.sources, 'sources'),
    tags,
    tensions: new Set((s.tensions ?? []).map((t) => tensionKey(t.between[0], t.between[1]))),
    parties: new Map((s.tracks ?? []).map((t) => [t.id, new Set(t.parties)])),
  };
}

/** One key for the tension between two actors, whichever is named first. */
export function tensionKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The mappings in `data[key]`, whatever else that list holds: for reading raw, unchecked data. */
export function entries(data: unknown, key: string): Record<string, unknown>[] {
  if (!isRecord(data)) return [];
  const list = data[key];
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

function addStrings(set: Set<string>, values: unknown): void {
  if (Array.isArray(values)) for (const v of values) if (typeof v === 'string') set.add(v);
}
