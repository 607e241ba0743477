// Why a decision cannot be taken, as a player reads it: worded from the decision's own condition, with the
// figures of the game, naming events, decisions, tracks, flags and turns by their titles, never their ids.
import { describe, expect, test } from 'vitest';
import { decisionOptions, newGame, step, textOf, type GameState, type Rules } from '../../src/engine/index.ts';
import { own, put } from '../../src/engine/records.ts';
import { loadShipped, shippedScenarioFiles } from '../shipped.ts';

const jet = loadShipped('jet-crisis-2015.yaml');
const tutorial = loadShipped('tutorial.yaml');

/** A new game with its opening events answered (each by its first option), ready for decisions. */
function opened(rules: Rules, seed = 'refusals'): GameState {
  let state = newGame(rules, { seed }).state;
  for (let event = state.pending[0]; event !== undefined; event = state.pending[0]) {
    const option = rules.events.find((e) => e.id === event)?.choices[0]?.id ?? '';
    const answered = step(rules, state, { type: 'choose', event, option });
    if (!answered.ok) throw new Error(answered.rejected.message);
    state = answered.state;
  }
  return state;
}

const reasonFor = (rules: Rules, state: GameState, id: string) => {
  const option = decisionOptions(rules, state).find((o) => o.def.id === id);
  if (!option) throw new Error(`${id} is not listed`);
  return option.why?.message;
};

describe('why a decision cannot be taken', () => {
  test('a decision that needs trust says whose and how much, beside the figure now', () => {
    const state = opened(tutorial);
    own(state.actors, 'us')!.trust = 32;
    expect(reasonFor(tutorial, state, 'shuttle-envoy')).toContain("not possible now: United States' trust must be at least 40 (it is 32)");
  });

  test('a decision that waits for the talks to start names the talks and their stage', () => {
    const state = opened(jet);
    const needsContact = decisionOptions(jet, state).find((o) => o.why?.message.includes('reaches “contact”'))?.def;
    expect(needsContact, 'a jet-crisis decision that needs the talks at contact').toBeDefined();
    expect(reasonFor(jet, state, needsContact!.id)).toMatch(/only once the Russia–Turkey reconciliation reaches “contact” \(now at “none”\)/);
  });

  test('the visit to Ankara after the coup attempt is not listed before the coup, and is listed after it', () => {
    const before = opened(jet);
    expect(decisionOptions(jet, before).map((o) => o.def.id)).not.toContain('visit-ankara');
    const after = opened(jet);
    put(after.fired, 'coup-attempt', after.turn);
    expect(decisionOptions(jet, after).map((o) => o.def.id)).toContain('visit-ankara');
  });

  test('a decision held back until a later turn names that turn by its date', () => {
    const state = opened(tutorial);
    const wto = reasonFor(tutorial, state, 'wto-terms');
    expect(wto).toBe(`"Close the WTO accession deal" is not possible now: not before ${textOf(tutorial.calendar[2]!.label)}.`);
  });

  test('while an event waits for an answer, decisions wait too, with the event named', () => {
    const state = newGame(jet, { seed: 'refusals' }).state;
    expect(state.pending.length).toBeGreaterThan(0);
    const waiting = jet.events.find((e) => e.id === state.pending[0])!;
    const open = decisionOptions(jet, state).find((o) => o.why?.code === 'choice-pending');
    expect(open?.why?.message).toBe(`Answer "${textOf(waiting.title)}" before deciding anything else.`);
    const refused = step(jet, state, { type: 'decide', decision: open!.def.id });
    expect(refused.ok).toBe(false);
  });

  test('no reason a player reads names an event, a decision, a track or a flag by its id, in any shipped scenario', () => {
    for (const file of shippedScenarioFiles()) {
      const rules = loadShipped(file);
      const ids = [...rules.events, ...rules.decisions, ...rules.tracks, ...(rules.flags ?? [])].map((x) => x.id).filter((id) => id.includes('-'));
      for (const seed of ['a', 'b', 'c']) {
        // every turn of a game in which nothing is decided, where most decisions wait for something
        let state = newGame(rules, { seed }).state;
        for (let guard = 0; state.status === 'playing' && guard < 500; guard++) {
          for (const option of decisionOptions(rules, state)) {
            const message = option.why?.message ?? '';
            for (const id of ids) expect(message, `${file}: ${option.def.id}`).not.toMatch(new RegExp(`(^|[^\\p{L}-])${id}($|[^\\p{L}-])`, 'u'));
          }
          const event = state.pending[0];
          const option = event === undefined ? undefined : rules.events.find((e) => e.id === event)?.choices[0]?.id;
          const next = step(rules, state, event !== undefined && option !== undefined ? { type: 'choose', event, option } : { type: 'end-turn' });
          if (!next.ok) throw new Error(next.rejected.message);
          state = next.state;
        }
      }
    }
  });
});
