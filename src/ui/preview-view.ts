// A choice's likely effects, one line a number it moves, totalled (src/present/choice-preview.ts): coloured by
// whether the change is good or bad for Kazakhstan, with a sign and a word beside the colour, so that colour is
// never the only cue; the reasons behind a total (a rivalry, a power that may react) in smaller type under it.
import type { GameState, PreviewSubject, Rules } from '../engine/index.ts';
import { previewTotals, type Tone } from '../present/choice-preview.ts';
import { el } from './dom.ts';

const MARK: Readonly<Record<Tone, string>> = { good: '✔', bad: '✖', neutral: '•' };

export function choicePreview(rules: Rules, state: GameState, subject: PreviewSubject): HTMLElement | null {
  const totals = previewTotals(rules, state, subject);
  if (totals.length === 0) return null;
  return el(
    'ul',
    { class: 'preview', 'aria-label': 'Likely effects' },
    totals.map((t) =>
      el(
        'li',
        { class: t.tone },
        el('span', { class: 'mark', 'aria-hidden': 'true' }, `${MARK[t.tone]} `),
        `${t.subject} ${t.change}`,
        t.toneWord ? el('span', { class: 'tone' }, ` (${t.toneWord})`) : null,
        t.reasons.length > 0 ? el('span', { class: 'reasons' }, ` — ${t.reasons.join('; ')}`) : null,
      ),
    ),
  );
}
