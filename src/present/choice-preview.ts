// A choice at a glance: its preview totalled per number it moves ("Russia's attitude -44 to -30, likely -37.6"),
// each judged good or bad for Kazakhstan (a rise in dependence or tension is bad, a rise in attitude or trust good,
// whatever the sign), with the parts that make the total as its reasons. Plain data for both front ends.
import { changeRange, preview, refKey, signed, type GameState, type PreviewLine, type PreviewSubject, type Ref, type Rules } from '../engine/index.ts';

/** Whether a change is good or bad for Kazakhstan, or neither (a flag, the price in capital, a conflict's cost). */
export type Tone = 'good' | 'bad' | 'neutral';

export interface PreviewTotal {
  /** what moves: "Russia's attitude" */
  readonly subject: string;
  readonly min: number;
  readonly max: number;
  readonly likely: number;
  /** "-44 to -30, likely -37.6", or "+3" when it is certain */
  readonly change: string;
  readonly tone: Tone;
  /** the word beside the colour: "good", "bad", "cost" or "" */
  readonly toneWord: string;
  /** where the total comes from, when more than the move itself: "rivalry: tension 60", "Russia may react: …" */
  readonly reasons: readonly string[];
}

/** Which way is good for Kazakhstan, for each kind of number: up (1), down (-1), or neither (0). */
function goodWay(ref: Ref): 1 | -1 | 0 {
  switch (ref.kind) {
    case 'indicator':
    case 'attitude':
    case 'trust':
    case 'progress':
    case 'readiness':
    case 'credit':
    case 'stage':
      return 1;
    case 'dependence':
    case 'memory':
    case 'tension':
      return -1;
    default:
      return 0;
  }
}

function reasonOf(line: PreviewLine): string | undefined {
  if (line.source === 'coupling') return `rivalry: ${line.note ?? ''}`;
  return line.note;
}

export function previewTotals(rules: Rules, state: GameState, subject: PreviewSubject): PreviewTotal[] {
  const groups = new Map<string, { lines: PreviewLine[] }>();
  for (const line of preview(rules, state, subject)) {
    const key = refKey(line.target);
    const group = groups.get(key);
    if (group) group.lines.push(line);
    else groups.set(key, { lines: [line] });
  }
  const totals: PreviewTotal[] = [];
  for (const { lines } of groups.values()) {
    const first = lines[0] as PreviewLine;
    const min = lines.reduce((s, l) => s + l.min, 0);
    const max = lines.reduce((s, l) => s + l.max, 0);
    const likely = lines.reduce((s, l) => s + l.expected, 0);
    const certain = changeRange(min, max) === signed(min);
    const way = goodWay(first.target) * Math.sign(likely);
    const tone: Tone = first.target.kind === 'capital' || way === 0 ? 'neutral' : way > 0 ? 'good' : 'bad';
    const toneWord = first.target.kind === 'capital' && likely < 0 ? 'cost' : tone === 'neutral' ? '' : tone;
    const reasons = lines.flatMap((l) => {
      const reason = reasonOf(l);
      return reason ? [`${reason}${lines.length > 1 ? ` (${changeRange(l.min, l.max)})` : ''}`] : [];
    });
    totals.push({ subject: first.label, min, max, likely, change: certain ? signed(min) : `${changeRange(min, max)}, likely ${signed(likely)}`, tone, toneWord, reasons });
  }
  return totals;
}
