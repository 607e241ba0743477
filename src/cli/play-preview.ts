// A choice's likely effects in the terminal, one line a number it moves, totalled (src/present/choice-preview.ts):
// "Russia's attitude -44 to -30, likely -37.6 (bad; rivalry: tension 60 (-4.8); …)". The word says good or bad
// for Kazakhstan, so colour (where the terminal has it) is never the only cue.
import type { GameState, PreviewSubject } from '../engine/index.ts';
import { previewTotals } from '../present/choice-preview.ts';
import { shown } from './format.ts';
import type { Screen } from './play-screen.ts';

const TONE_SIGN = { good: 1, bad: -1, neutral: 0 } as const;

export function printChoicePreview(screen: Screen, state: GameState, subject: PreviewSubject, indent: string): void {
  for (const total of previewTotals(screen.rules, state, subject)) {
    const change = screen.style.change(total.change, TONE_SIGN[total.tone]);
    const notes = [total.toneWord, ...total.reasons].filter(Boolean).join('; ');
    screen.print(`${indent}${shown(total.subject)} ${change}${notes ? ` (${shown(notes)})` : ''}`);
  }
}
