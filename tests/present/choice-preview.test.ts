// A choice at a glance: one line a number it moves, totalled from the engine's own preview, judged good or bad for
// Kazakhstan by what the number is, not by its sign.
import { expect, test } from 'vitest';
import { newGame, preview, refKey } from '../../src/engine/index.ts';
import { previewTotals } from '../../src/present/choice-preview.ts';
import { loadShipped, shippedScenarioFiles } from '../shipped.ts';

test('every total is the sum of the preview lines of its number, one total a number, in every shipped scenario', () => {
  for (const file of shippedScenarioFiles()) {
    const rules = loadShipped(file);
    const state = newGame(rules, { seed: 'glance' }).state;
    for (const def of rules.decisions) {
      const lines = preview(rules, state, { decision: def.id });
      const totals = previewTotals(rules, state, { decision: def.id });
      expect(totals.length, `${file}: ${def.id}`).toBe(new Set(lines.map((l) => refKey(l.target))).size);
      for (const total of totals) {
        const mine = lines.filter((l) => l.label === total.subject);
        expect(total.likely).toBeCloseTo(mine.reduce((s, l) => s + l.expected, 0), 9);
        expect(total.min).toBeCloseTo(mine.reduce((s, l) => s + l.min, 0), 9);
      }
    }
  }
});

test('in the tutorial, a deal that deepens a dependence is bad for it, good for the attitudes it raises, and its price in capital is a cost', () => {
  const rules = loadShipped('tutorial.yaml');
  const state = newGame(rules, { seed: 'glance' }).state;
  const deal = rules.decisions.find((d) => d.effects.some((e) => e.kind === 'change' && e.target.kind === 'dependence' && e.by > 0));
  expect(deal, 'a decision that deepens dependence').toBeDefined();
  const totals = previewTotals(rules, state, { decision: deal!.id });
  const dependence = totals.find((t) => t.subject.startsWith('dependence on'));
  expect(dependence).toMatchObject({ tone: 'bad', toneWord: 'bad' });
  expect(totals.find((t) => t.subject === 'diplomatic capital')).toMatchObject({ tone: 'neutral', toneWord: 'cost' });
  expect(totals.filter((t) => t.subject.endsWith('attitude') && t.likely > 0).every((t) => t.tone === 'good')).toBe(true);
});
