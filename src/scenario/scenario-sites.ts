// Every place in a scenario that holds a condition or an effect, with what it belongs to, so the checks for
// conditions and effects are written once instead of once per section.
import type { ScenarioFile } from './schema.ts';

export type FileEffect = ScenarioFile['decisions'][number]['effects'][number];
export type FileUpkeep = NonNullable<ScenarioFile['decisions'][number]['upkeep']>;

export type ConditionRole = 'decision' | 'event' | 'ending' | 'advice';

export interface ConditionSite {
  /** the mapping that holds the condition, and its key */
  readonly owner: object;
  readonly key: 'available' | 'when';
  readonly text: string;
  readonly role: ConditionRole;
  /** "decision 'host-talks'", for messages */
  readonly label: string;
}

export interface EffectSite {
  readonly effect: FileEffect;
  readonly label: string;
}

export function conditionSites(s: ScenarioFile): ConditionSite[] {
  const sites: ConditionSite[] = [];
  for (const d of s.decisions) {
    if (d.available !== undefined) sites.push({ owner: d, key: 'available', text: d.available, role: 'decision', label: `decision '${d.id}'` });
  }
  for (const e of s.events ?? []) {
    if (e.when !== undefined) sites.push({ owner: e, key: 'when', text: e.when, role: 'event', label: `event '${e.id}'` });
  }
  for (const a of s.actors) {
    for (const m of a.moves ?? []) {
      // an actor's move happens when its condition holds, like a conditional event
      if (m.when !== undefined) sites.push({ owner: m, key: 'when', text: m.when, role: 'event', label: `move '${m.id}' of actor '${a.id}'` });
    }
  }
  for (const e of s.endings) {
    if (e.when !== undefined) sites.push({ owner: e, key: 'when', text: e.when, role: 'ending', label: `ending '${e.id}'` });
  }
  for (const a of s.advisors ?? []) {
    for (const advice of a.advice) {
      if (advice.when !== undefined) {
        sites.push({ owner: advice, key: 'when', text: advice.when, role: 'advice', label: `advisor '${a.id}' on '${advice.decision}'` });
      }
    }
  }
  return sites;
}

export function effectSites(s: ScenarioFile): EffectSite[] {
  const sites: EffectSite[] = [];
  const add = (effects: readonly FileEffect[] | undefined, label: string) => {
    for (const effect of effects ?? []) sites.push({ effect, label });
  };
  for (const d of s.decisions) {
    add(d.effects, `decision '${d.id}'`);
    add(d.upkeep?.effects, `the upkeep of decision '${d.id}'`);
  }
  for (const e of s.events ?? []) {
    add(e.effects, `event '${e.id}'`);
    for (const c of e.choices ?? []) {
      add(c.effects, `choice '${c.id}' of event '${e.id}'`);
      add(c.upkeep?.effects, `the upkeep of choice '${c.id}' of event '${e.id}'`);
    }
  }
  for (const a of s.actors) for (const r of a.reactions ?? []) add(r.effects, `reaction '${r.id}' of actor '${a.id}'`);
  for (const a of s.actors) {
    for (const m of a.moves ?? []) {
      const label = `move '${m.id}' of actor '${a.id}'`;
      add(m.effects, label);
      for (const o of m.options ?? []) {
        add(o.effects, `option '${o.id}' of ${label}`);
        add(o.upkeep?.effects, `the upkeep of option '${o.id}' of ${label}`);
      }
      add(m.ignored, `what ignoring ${label} costs`);
    }
  }
  return sites;
}
