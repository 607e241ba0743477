// The actors' own moves in a scenario file: their names must name something, a move's id is unique among all
// moves, events and decisions (it is answered and read like an event), and an offer or demand needs options.
import { describe, expect, test } from 'vitest';
import { insertAfter, load, only, russianDemand, spot, withDemand } from './minimal.ts';

const DEMAND = russianDemand({ when: 'fired.jet-downed == 1', deadline: 2 });

const withMoves = (moves = DEMAND) => withDemand(moves);

describe("actors' moves in the file", () => {
  test('a demand with options, a condition on an event and a stated cost loads and compiles', () => {
    const { rules, diagnostics } = load(withMoves());
    expect(diagnostics).toEqual([]);
    const move = rules?.actors[0]?.moves?.[0];
    expect(move).toMatchObject({ id: 'join-sanctions', kind: 'demand', utility: 10, chance: 1, once: true, cooldown: 0, deadline: 2, ignoredText: 'you ignored its demand to join the sanctions' });
    expect(move?.options.map((o) => o.id)).toEqual(['comply', 'keep-trade']);
  });

  test('a bad reference in a move is pointed at', () => {
    const text = withMoves(DEMAND.replace('change: attitude.russia\n            by: -10', 'change: attitude.rusia\n            by: -10'));
    const d = only(load(text).diagnostics, 'unknown-reference');
    expect(d.message).toContain("unknown actor 'rusia'");
    expect(d).toMatchObject(spot(text, 'rusia'));
  });

  test('a demand with no options is an error', () => {
    const text = withMoves(DEMAND.replace(/        options:[\s\S]*?(?=        ignored:)/, ''));
    const d = only(load(text).diagnostics, 'move-without-options');
    expect(d.severity).toBe('error');
    expect(d.message).toBe("the demand 'join-sanctions' of actor 'russia' has no options, so Kazakhstan cannot answer it");
  });

  test("a move with an event's id is a duplicate id", () => {
    const text = withMoves(DEMAND.replace('id: join-sanctions', 'id: jet-downed').replace('fired.jet-downed == 1', 'economy > 0'));
    const d = only(load(text).diagnostics, 'duplicate-id');
    expect(d.message).toMatch(/^the actor move id 'jet-downed' is also the id of the event on line \d+$/);
  });

  test('a condition may ask whether a move was played, and the historical line may answer it', () => {
    const text = insertAfter('    atEnd: true', `history:
  - date: "2015-07-01"
    choices: { join-sanctions: keep-trade }
    note: Astana stayed out of the sanctions.`, withMoves()).replace('when: economy < 10', 'when: economy < 10 and fired.join-sanctions == 1');
    expect(load(text).diagnostics).toEqual([]);
    const wrong = text.replace('join-sanctions: keep-trade', 'join-sanctions: ignore');
    expect(only(load(wrong).diagnostics, 'unknown-reference').message).toContain("event 'join-sanctions' has no choice 'ignore'");
  });
});
