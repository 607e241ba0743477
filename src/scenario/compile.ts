// A checked scenario file to the engine's rules: defaults filled in, conditions parsed, references resolved to
// the engine's Ref data, dates turned into turn numbers. Only ever given a file that validated without errors,
// so a condition that does not parse here is a bug in the checker, and throws.
import type {
  ActorDef,
  ActorMoveDef,
  AdvisorDef,
  ChoiceDef,
  Condition,
  DecisionDef,
  Effect,
  EffectKind,
  EndingDef,
  EventDef,
  EventTrigger,
  GradeDef,
  HistoryEntry,
  IndicatorId,
  Ref,
  RuleParams,
  Rules,
  TrackDef,
  UpkeepDef,
} from '../engine/types.ts';
import { INDICATORS, STAGES } from '../engine/types.ts';
import { turnOfDate } from './dates.ts';
import { parseCondition } from './expression.ts';
import { parseReference } from './reference.ts';
import type { FileEffect, FileUpkeep } from './scenario-sites.ts';
import type { ScenarioFile } from './schema.ts';
import { meanCost } from '../engine/track-costs.ts';

/** The defaults the format documents (docs/scenario-format.md); a file states only what differs. */
export const DEFAULTS = {
  drift: 0.1,
  dependence: 0,
  reactionChance: 1,
  leverChance: 0.5,
  leverCooldown: 2,
  decisionCooldown: 0,
  decisionsPerTurn: 3,
  moveChance: 1,
  moveCooldown: 0,
  /** turns Kazakhstan has to answer an actor's offer or demand */
  deadline: 2,
  spread: 0,
  costGrowth: 0,
  upkeepFrom: 1,
  /** how long sounding the parties out shows their readiness */
  revealTurns: 3,
  /** readiness needed to enter each stage, indexed by stage (none, contact, messages, formula, agreement, implementation) */
  thresholds: [0, 0, 10, 25, 40, 50],
  params: {
    coupling: 0.5,
    concentrationThreshold: 45,
    erosion: 1,
    ripeness: 1,
    trustPull: 1,
    randomEventChance: 0.3,
    memory: 0,
    memoryFade: 0.25,
    volatility: { calm: 0.6, tense: 1, volatile: 1.5 },
  } satisfies RuleParams,
  bands: [
    { grade: 'A', min: 80 },
    { grade: 'B', min: 65 },
    { grade: 'C', min: 50 },
    { grade: 'D', min: 35 },
    { grade: 'F', min: 0 },
  ],
} as const;

const ALWAYS: Condition = { op: 'true' };

export function compileScenario(s: ScenarioFile): Rules {
  const dates = s.calendar.map((c) => c.date);
  return {
    id: s.id,
    title: s.title,
    calendar: s.calendar.map((c) => ({ date: c.date, label: c.label })),
    actors: s.actors.map(compileActor),
    tensions: (s.tensions ?? []).map((t) => ({ a: t.between[0], b: t.between[1], level: t.level })),
    indicators: { ...s.kazakhstan.indicators },
    capital: { ...s.kazakhstan.capital },
    decisionsPerTurn: s.kazakhstan.decisionsPerTurn ?? DEFAULTS.decisionsPerTurn,
    params: compileParams(s.rules),
    decisions: s.decisions.map(compileDecision),
    events: (s.events ?? []).map((e) => compileEvent(e, dates)),
    tracks: (s.tracks ?? []).map(compileTrack),
    endings: s.endings.map(compileEnding),
    grade: compileGrade(s.grade),
    advisors: (s.advisors ?? []).map(compileAdvisor),
    ...(s.flags ? { flags: s.flags.map((f) => ({ id: f.id, title: f.title })) } : {}),
    history: (s.history ?? [])
      .map((h): HistoryEntry => ({
        turn: Math.max(0, turnOfDate(dates, h.date)),
        decisions: [...(h.decisions ?? [])],
        choices: { ...(h.choices ?? {}) },
        note: h.note,
      }))
      .sort((a, b) => a.turn - b.turn),
  };
}

function compileActor(a: ScenarioFile['actors'][number]): ActorDef {
  return {
    id: a.id,
    name: a.name,
    greatPower: a.greatPower ?? false,
    attitude: a.attitude,
    baseline: a.baseline ?? a.attitude,
    drift: a.drift ?? DEFAULTS.drift,
    trust: a.trust,
    dependence: a.dependence ?? DEFAULTS.dependence,
    position: a.position ? { lon: a.position.lon, lat: a.position.lat } : null,
    interests: [...(a.interests ?? [])],
    reactions: (a.reactions ?? []).map((r) => ({
      id: r.id,
      to: r.to,
      chance: r.chance ?? DEFAULTS.reactionChance,
      effects: r.effects.map(compileEffect),
      reason: r.reason,
    })),
    levers: (a.levers ?? []).map((l) => ({
      id: l.id,
      kind: l.kind,
      below: l.below,
      severity: l.severity,
      chance: l.chance ?? DEFAULTS.leverChance,
      cooldown: l.cooldown ?? DEFAULTS.leverCooldown,
      reason: l.reason,
    })),
    // absent rather than empty, so an actor without moves compiles as it always did
    ...(a.moves && a.moves.length > 0 ? { moves: a.moves.map(compileActorMove) } : {}),
  };
}

function compileActorMove(m: NonNullable<ScenarioFile['actors'][number]['moves']>[number]): ActorMoveDef {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    text: m.text,
    when: m.when === undefined ? ALWAYS : condition(m.when),
    utility: m.utility,
    chance: m.chance ?? DEFAULTS.moveChance,
    once: m.once ?? m.kind !== 'action',
    cooldown: m.cooldown ?? DEFAULTS.moveCooldown,
    effects: (m.effects ?? []).map(compileEffect),
    options: (m.options ?? []).map(compileChoice),
    deadline: m.deadline ?? DEFAULTS.deadline,
    ignored: (m.ignored ?? []).map(compileEffect),
    ignoredText: m.ignoredText ?? null,
  };
}

function compileParams(r: ScenarioFile['rules']): RuleParams {
  const d = DEFAULTS.params;
  const v = r?.volatility;
  return {
    coupling: r?.coupling ?? d.coupling,
    concentrationThreshold: r?.concentrationThreshold ?? d.concentrationThreshold,
    erosion: r?.erosion ?? d.erosion,
    ripeness: r?.ripeness ?? d.ripeness,
    trustPull: r?.trustPull ?? d.trustPull,
    // the mediation model's switches are kept out of the rules when the file does not set them
    ...(r?.trustCredit !== undefined && { trustCredit: r.trustCredit }),
    ...(r?.prematureRisk !== undefined && { prematureRisk: r.prematureRisk }),
    ...(r?.prematureTrust !== undefined && { prematureTrust: r.prematureTrust }),
    ...(r?.holdCap !== undefined && { holdCap: r.holdCap }),
    randomEventChance: r?.randomEventChance ?? d.randomEventChance,
    // absent means 0: levers hit as hard whatever the dependence, as they always did
    ...(r?.leverDependence !== undefined ? { leverDependence: r.leverDependence } : {}),
    memory: r?.memory ?? d.memory,
    memoryFade: r?.memoryFade ?? d.memoryFade,
    volatility: {
      calm: v?.calm ?? d.volatility.calm,
      tense: v?.tense ?? d.volatility.tense,
      volatile: v?.volatile ?? d.volatility.volatile,
    },
  };
}

function compileDecision(d: ScenarioFile['decisions'][number]): DecisionDef {
  return {
    id: d.id,
    title: d.title,
    text: d.text,
    cost: d.cost,
    tags: [...(d.tags ?? [])],
    neutral: d.neutral ?? false,
    available: d.available === undefined ? ALWAYS : condition(d.available),
    once: d.once ?? false,
    cooldown: d.cooldown ?? DEFAULTS.decisionCooldown,
    effects: d.effects.map(compileEffect),
    upkeep: compileUpkeep(d.upkeep),
  };
}

function compileUpkeep(u: FileUpkeep | undefined): UpkeepDef | null {
  if (u === undefined) return null;
  return { from: u.from ?? DEFAULTS.upkeepFrom, turns: u.turns ?? null, effects: u.effects.map(compileEffect), reason: u.reason };
}

function compileEvent(e: NonNullable<ScenarioFile['events']>[number], dates: readonly string[]): EventDef {
  let trigger: EventTrigger;
  if (e.date !== undefined) trigger = { kind: 'dated', turn: Math.max(0, turnOfDate(dates, e.date)) };
  else if (e.weight !== undefined) trigger = { kind: 'random', weight: e.weight, when: e.when === undefined ? ALWAYS : condition(e.when) };
  else trigger = { kind: 'conditional', when: e.when === undefined ? ALWAYS : condition(e.when) };
  return {
    id: e.id,
    title: e.title,
    text: e.text,
    trigger,
    // a beat of history or a situation happens once; a random event may recur
    once: e.once ?? trigger.kind !== 'random',
    effects: (e.effects ?? []).map(compileEffect),
    choices: (e.choices ?? []).map(compileChoice),
  };
}

function compileChoice(c: NonNullable<NonNullable<ScenarioFile['events']>[number]['choices']>[number]): ChoiceDef {
  return {
    id: c.id,
    label: c.label,
    text: c.text ?? null,
    tags: [...(c.tags ?? [])],
    neutral: c.neutral ?? false,
    effects: c.effects.map(compileEffect),
    upkeep: compileUpkeep(c.upkeep),
  };
}

function compileTrack(t: NonNullable<ScenarioFile['tracks']>[number]): TrackDef {
  const given = (t.thresholds ?? {}) as Partial<Record<string, number>>;
  return {
    id: t.id,
    name: t.name,
    parties: [...t.parties],
    // own keys only: an actor may be called 'constructor', which every object inherits
    readiness: Object.fromEntries(t.parties.map((p) => [p, Object.hasOwn(t.readiness, p) ? (t.readiness[p] ?? 0) : 0])),
    ...compileCosts(t),
    costGrowth: t.costGrowth ?? DEFAULTS.costGrowth,
    ...(t.tensionCost !== undefined && t.tensionCost > 0 && { tensionCost: t.tensionCost }),
    thresholds: STAGES.map((stage, i) => (i === 0 ? 0 : (given[stage] ?? DEFAULTS.thresholds[i] ?? 0))),
  };
}

/** One cost for all parties, or each party's own (a party the map leaves out starts at 0) and their mean. */
function compileCosts(t: NonNullable<ScenarioFile['tracks']>[number]): Pick<TrackDef, 'cost' | 'costs'> {
  if (typeof t.cost === 'number') return { cost: t.cost };
  const map = t.cost;
  const costs = Object.fromEntries(t.parties.map((p) => [p, Object.hasOwn(map, p) ? (map[p] ?? 0) : 0]));
  return { cost: meanCost(costs), costs };
}

function compileEnding(e: ScenarioFile['endings'][number]): EndingDef {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    text: e.text,
    when: e.when === undefined ? null : condition(e.when),
    atEnd: e.atEnd ?? false,
    bonus: e.bonus ?? 0,
  };
}

function compileGrade(g: ScenarioFile['grade']): GradeDef {
  const weights: Partial<Record<IndicatorId | 'balance', number>> = {};
  for (const key of [...INDICATORS, 'balance'] as const) {
    const given = (g?.weights as Partial<Record<string, number>> | undefined)?.[key];
    weights[key] = given ?? 1;
  }
  const bands = g?.bands && g.bands.length > 0 ? g.bands : DEFAULTS.bands;
  return { weights, bands: bands.map((b) => ({ grade: b.grade, min: b.min })) };
}

function compileAdvisor(a: NonNullable<ScenarioFile['advisors']>[number]): AdvisorDef {
  return {
    id: a.id,
    name: a.name,
    role: a.role,
    advice: a.advice.map((x) => ({ decision: x.decision, when: x.when === undefined ? ALWAYS : condition(x.when), why: x.why })),
  };
}

function compileEffect(e: FileEffect): Effect {
  const kind = compileEffectKind(e);
  return e.after === undefined ? kind : { ...kind, after: e.after };
}

function compileEffectKind(e: FileEffect): EffectKind {
  if ('change' in e) return { kind: 'change', target: reference(e.change), by: e.by, spread: e.spread ?? DEFAULTS.spread };
  if ('set' in e) {
    const target = reference(e.set);
    if (target.kind !== 'flag') throw new Error(`set names a ${target.kind}, not a flag: ${e.set}`);
    return { kind: 'set', flag: target.flag, to: e.to };
  }
  if ('mediate' in e) return { kind: 'mediate', track: e.mediate, progress: e.progress, spread: e.spread ?? DEFAULTS.spread };
  if ('advance' in e) return { kind: 'advance', track: e.advance, progress: e.progress, spread: e.spread ?? DEFAULTS.spread };
  if ('reveal' in e) return { kind: 'reveal', track: e.reveal, turns: e.turns ?? DEFAULTS.revealTurns };
  return { kind: 'spoil', track: e.spoil, readiness: e.readiness, setback: e.setback ?? false };
}

function condition(text: string): Condition {
  const result = parseCondition(text);
  if (!result.ok) throw new Error(`compiling a condition the checker accepted failed: ${result.problem.message} in "${text}"`);
  return result.condition;
}

function reference(text: string): Ref {
  const result = parseReference(text.trim());
  if (!result.ok) throw new Error(`compiling a reference the checker accepted failed: ${result.problem.message}`);
  return result.use.ref;
}
