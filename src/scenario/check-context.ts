// What every meaning check reads: the scenario (as read from the file, so positions can be found), the source
// map, the notebook of problems, and the ids each kind of thing declares.
import type { DiagnosticList } from './diagnostic-list.ts';
import { isRecord } from './schema-walk.ts';
import { ID_PATTERN } from './reference.ts';
import type { ScenarioFile } from './schema.ts';
import type { SourceMap } from './source-map.ts';
import { slugify } from './suggest.ts';

export interface KnownIds {
  readonly actors: ReadonlySet<string>;
  readonly tracks: ReadonlySet<string>;
  readonly decisions: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
  readonly endings: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  /** tags that some decision or choice carries */
  readonly tags: ReadonlySet<string>;
}

export interface CheckContext {
  readonly scenario: ScenarioFile;
  readonly map: SourceMap;
  readonly problems: DiagnosticList;
  readonly known: KnownIds;
  /**
   * Everything the file holds, broken entries included. Checks that conclude from something's absence ("nothing
   * sets this flag", "no final ending") look here, since the missing piece may sit in an entry left out for a
   * schema error (see prune.ts).
   */
  readonly raw: unknown;
}

/**
 * The declared ids, plus those of entries left out because of a schema error (`broken`, by list name): a
 * reference to a broken actor is not also reported as a reference to a missing one.
 */
export function knownIds(s: ScenarioFile, broken: ReadonlyMap<string, ReadonlySet<string>>, raw: unknown): KnownIds {
  // a broken entry's id counts as declared (as written, if valid, and as the id it was probably meant to be),
  // so that references to it are not reported on top of the entry's own problem
  const ids = (list: readonly { id: string }[] | undefined, name: string) => {
    const set = new Set((list ?? []).map((x) => x.id));
    for (const id of broken.get(name) ?? []) {
      if (ID_PATTERN.test(id)) set.add(id);
      else if (slugify(id) !== '') set.add(slugify(id));
    }
    return set;
  };
  const tags = new Set<string>();
  for (const d of entries(raw, 'decisions')) addStrings(tags, d.tags);
  for (const e of entries(raw, 'events')) for (const c of entries(e, 'choices')) addStrings(tags, c.tags);
  return {
    actors: ids(s.actors, 'actors'),
    tracks: ids(s.tracks, 'tracks'),
    decisions: ids(s.decisions, 'decisions'),
    events: ids(s.events, 'events'),
    endings: ids(s.endings, 'endings'),
    sources: ids(s.sources, 'sources'),
    tags,
  };
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
