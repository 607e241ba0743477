// A small scenario that loads with no errors and no warnings, for tests to break one thing at a time, and the
// helpers those tests share: patch it (loudly, if the text to replace is missing), load it, find a spot in it.
import { expect } from 'vitest';
import { loadScenario, type Diagnostic } from '../../src/scenario/index.ts';

export const FILE = 'scenarios/minimal.yaml';

export const MINIMAL = `format: 1
id: minimal
title: A minimal scenario
period: Winter to summer 2015
summary: Two powers, a neighbour and a jet crisis.
briefing: Keep every side on board.
objectives:
  - Explain why no patron may dominate.
calendar:
  - { date: "2015-01-01", label: Winter }
  - { date: "2015-04-01", label: Spring }
  - { date: "2015-07-01", label: Summer }
kazakhstan:
  indicators: { economy: 50, stability: 50, sovereignty: 50, prestige: 50, security: 50 }
  capital: { start: 3, perTurn: 3, max: 6 }
actors:
  - id: russia
    name: Russia
    greatPower: true
    attitude: 20
    trust: 50
    reactions:
      - id: resents-deal
        to: china-deal
        effects:
          - change: attitude.russia
            by: -3
        reason: Moscow watches Beijing's reach.
    levers:
      - id: trucks
        kind: transit-slowdown
        below: -20
        severity: 5
        reason: Trucks wait at the border.
  - id: china
    name: China
    greatPower: true
    attitude: 10
    trust: 40
  - id: turkey
    name: Turkey
    attitude: 0
    trust: 45
tensions:
  - between: [russia, turkey]
    level: 60
tracks:
  - id: jet-crisis
    name: The jet crisis
    parties: [russia, turkey]
    readiness: { russia: 10, turkey: 20 }
    cost: 30
decisions:
  - id: host-talks
    title: Host talks
    text: Offer Astana as a venue.
    cost: 2
    neutral: true
    available: stage.jet-crisis < implementation
    effects:
      - mediate: jet-crisis
        progress: 30
  - id: pipeline
    title: Sign a pipeline deal
    text: Oil flows east.
    cost: 2
    tags: [china-deal]
    effects:
      - change: attitude.china
        by: 5
events:
  - id: jet-downed
    title: A jet is shot down
    text: Turkey shoots down a Russian jet.
    date: "2015-04-20"
    effects:
      - change: tension.russia.turkey
        by: 20
endings:
  - id: collapse
    kind: defeat
    title: Collapse
    text: The economy collapses.
    when: economy < 10
  - id: time-runs-out
    kind: draw
    title: Time runs out
    text: The calendar ends.
    atEnd: true
`;

/** The minimal scenario with `from` replaced by `to`; fails the test if `from` is not in it. */
export function patch(from: string, to: string, text = MINIMAL): string {
  if (!text.includes(from)) throw new Error(`the text to patch is not in the scenario: ${from}`);
  return text.replace(from, to);
}

/** The minimal scenario with `lines` added after the line that is exactly `after`. */
export function insertAfter(after: string, lines: string, text = MINIMAL): string {
  return patch(`\n${after}\n`, `\n${after}\n${lines.replace(/\n?$/, '\n')}`, text);
}

/**
 * Russia's demand that Kazakhstan join the sanctions on Turkey, as `moves:` lines for the minimal scenario's
 * Russia (insert them after the line `        reason: Trucks wait at the border.`, see withDemand). `when` and
 * `deadline` are left out unless given, so the defaults can be tested too.
 */
export function russianDemand(extra: { readonly when?: string; readonly deadline?: number } = {}): string {
  const when = extra.when === undefined ? '' : `\n        when: ${extra.when}`;
  const deadline = extra.deadline === undefined ? '' : `\n        deadline: ${extra.deadline}`;
  return `    moves:
      - id: join-sanctions
        kind: demand
        title: asks its allies to join the sanctions on Turkey
        text: The Kremlin asks its allies to join the sanctions on Turkey.${when}
        utility: 10${deadline}
        options:
          - id: comply
            label: Join the sanctions
            effects:
              - change: attitude.russia
                by: 5
          - id: keep-trade
            label: Keep trade with Turkey open
            effects:
              - change: prestige
                by: 2
        ignored:
          - change: attitude.russia
            by: -10
        ignoredText: you ignored its demand to join the sanctions`;
}

/** The minimal scenario with `moves` (by default, Russia's demand) given to Russia. */
export function withDemand(moves = russianDemand(), text = MINIMAL): string {
  return insertAfter('        reason: Trucks wait at the border.', moves, text);
}

/** `text` with titles for these flags (so that they raise no untitled-flag warning), at the end of the file. */
export function withFlagTitles(text: string, ...flags: readonly string[]): string {
  return `${text.replace(/\n?$/, '\n')}flags:\n${flags.map((flag) => `  - { id: ${flag}, title: the ${flag} flag }`).join('\n')}\n`;
}

export function load(text: string) {
  return loadScenario(text, FILE);
}

/** The 1-based line and column where `needle` first occurs (after `after`, when given). */
export function spot(text: string, needle: string, after?: string): { line: number; column: number } {
  const start = after === undefined ? 0 : text.indexOf(after);
  if (start < 0) throw new Error(`not in the text: ${after}`);
  const offset = text.indexOf(needle, start);
  if (offset < 0) throw new Error(`not in the text: ${needle}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

/** The only diagnostic with this code; fails the test (listing what there was) unless there is exactly one. */
export function only(diagnostics: readonly Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  expect(found, `diagnostics: ${diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join(' | ')}`).toHaveLength(1);
  return found[0] as Diagnostic;
}

/** "line:column code" for each diagnostic, for compact assertions. */
export function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}`);
}
