// What every meaning check reads: the scenario (as read from the file, so positions can be found), the source
// map, the notebook of problems, and the ids each kind of thing declares.
import type { DiagnosticList } from './diagnostic-list.ts';
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
   * false when broken entries were left out (see prune.ts): then checks that conclude from something's absence
   * ("nothing sets this flag", "no final ending") stay quiet, since the missing piece may be in a broken entry.
   */
  readonly complete: boolean;
}

/**
 * The declared ids, plus those of entries left out because of a schema error (`broken`, by list name): a
 * reference to a broken actor is not also reported as a reference to a missing one.
 */
export function knownIds(s: ScenarioFile, broken: ReadonlyMap<string, ReadonlySet<string>>): KnownIds {
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
  for (const d of s.decisions) for (const t of d.tags ?? []) tags.add(t);
  for (const e of s.events ?? []) for (const c of e.choices ?? []) for (const t of c.tags ?? []) tags.add(t);
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
