// What wins and what loses, in words, derived from the scenario's own endings (never written per scenario): each
// victory and defeat as a checklist of its condition's parts, met or not, with today's figures; the ending the game
// would reach if the calendar ran out now; and the score with what it is made of. Plain data, for the terminal
// and the browser alike: no DOM, no terminal codes.
import {
  balanceOf,
  conditionParts,
  endingNow,
  INDICATORS,
  num,
  signed,
  scoreOf,
  textOf,
  type ConditionPart,
  type EndingDef,
  type EndingKind,
  type GameState,
  type Rules,
} from '../engine/index.ts';

export interface GoalView {
  readonly id: string;
  readonly title: string;
  readonly kind: EndingKind;
  /** checked at the end of every turn, or only when the calendar runs out */
  readonly checked: 'every-turn' | 'at-the-end';
  /** whether any one part will do (a top-level `or`), or every part is needed */
  readonly any: boolean;
  readonly parts: readonly ConditionPart[];
  /** the condition holds now */
  readonly met: boolean;
  /** when it is judged and how its parts combine: "when the calendar runs out (June 2016), if all of these hold:" */
  readonly rule: string;
}

export interface ScorePart {
  readonly label: string;
  readonly value: number;
  readonly weight: number;
}

export interface GoalsView {
  readonly victories: readonly GoalView[];
  readonly defeats: readonly GoalView[];
  /** the calendar's last turn, as the calendar names it ("June 2016") */
  readonly lastTurn: string;
  /** the ending reached, or the one the game would reach if the calendar ran out now */
  readonly likely: { readonly title: string; readonly kind: EndingKind; readonly reached: boolean } | null;
  /** the score now (with the likely ending's bonus), and what it is made of */
  readonly score: { readonly total: number; readonly bonus: number; readonly parts: readonly ScorePart[] };
  /** "If the calendar ran out now: A frozen conflict at your door (a defeat). Score now 56." */
  readonly summary: string;
  /** "The score is the weighted mean of economy 54 ×2, …, -8 for that ending." */
  readonly scoreWords: string;
}

const KIND_WORDS: Readonly<Record<EndingKind, string>> = { victory: 'a victory', draw: 'a draw', defeat: 'a defeat' };

function ruleOf(ending: EndingDef, parts: number, any: boolean, lastTurn: string): string {
  const when = ending.atEnd ? `when the calendar runs out (${lastTurn})` : 'at the end of any turn';
  if (parts === 0) return `${when}, if no other ending is reached`;
  return `${when}, if ${parts === 1 ? 'this holds' : any ? 'any one of these holds' : 'all of these hold'}:`;
}

function goalOf(rules: Rules, state: GameState, ending: EndingDef, lastTurn: string, language: string): GoalView {
  const checklist = ending.when ? conditionParts(rules, state, ending.when, language) : { any: false, parts: [] };
  return {
    id: ending.id,
    title: textOf(ending.title, language),
    kind: ending.kind,
    checked: ending.atEnd ? 'at-the-end' : 'every-turn',
    any: checklist.any,
    parts: checklist.parts,
    met: checklist.any ? checklist.parts.some((p) => p.met) : checklist.parts.every((p) => p.met),
    rule: ruleOf(ending, checklist.parts.length, checklist.any, lastTurn),
  };
}

export function goalsView(rules: Rules, state: GameState, language = 'en'): GoalsView {
  const reached = state.ending ? rules.endings.find((e) => e.id === state.ending?.id) : undefined;
  const likely = reached ?? endingNow(rules, state, true);
  const bonus = likely?.bonus ?? 0;
  const parts: ScorePart[] = [];
  for (const indicator of INDICATORS) {
    const weight = rules.grade.weights[indicator] ?? 0;
    if (weight > 0) parts.push({ label: indicator, value: state.indicators[indicator], weight });
  }
  const balanceWeight = rules.grade.weights.balance ?? 0;
  if (balanceWeight > 0) parts.push({ label: 'balance between the great powers', value: Math.round(balanceOf(rules, state)), weight: balanceWeight });
  const last = rules.calendar[rules.calendar.length - 1];
  const lastTurn = last ? textOf(last.label, language) : '';
  const total = state.ending?.score ?? scoreOf(rules, state, bonus);
  const likelyWords = likely ? `${reached ? 'The game ended' : 'If the calendar ran out now'}: ${textOf(likely.title, language)} (${KIND_WORDS[likely.kind]}).` : '';
  const madeOf = parts.map((p) => `${p.label} ${num(p.value)}${p.weight !== 1 ? ` ×${num(p.weight)}` : ''}`).join(', ');
  return {
    victories: rules.endings.filter((e) => e.kind === 'victory').map((e) => goalOf(rules, state, e, lastTurn, language)),
    defeats: rules.endings.filter((e) => e.kind === 'defeat').map((e) => goalOf(rules, state, e, lastTurn, language)),
    lastTurn,
    likely: likely ? { title: textOf(likely.title, language), kind: likely.kind, reached: reached !== undefined } : null,
    score: { total, bonus, parts },
    summary: `${likelyWords} Score ${reached ? '' : 'now '}${num(total)}.`.trim(),
    scoreWords: `The score is the weighted mean of ${madeOf}${bonus === 0 ? '' : `, ${signed(bonus)} for ${reached ? 'the' : 'that'} ending`}.`,
  };
}
