// The simulation report as a scenario author reads it: where games end, how they score, how the numbers move
// turn by turn, which content fires, which never does, and which decisions dominate.
import { INDICATORS, type Rules, type SimulationReport } from '../engine/index.ts';
import { num, percent, table, shown } from './format.ts';

/** A decision taken on more than this share of turns is flagged as dominant. */
export const DOMINANT_SHARE = 0.8;

export function simulationReportLines(rules: Rules, report: SimulationReport): string[] {
  return [
    ...endingLines(rules, report),
    '',
    ...summaryLines(report),
    '',
    ...indicatorLines(rules, report),
    '',
    ...eventLines(rules, report),
    '',
    ...decisionLines(rules, report),
    '',
    ...neverLines(report),
  ];
}

function endingLines(rules: Rules, report: SimulationReport): string[] {
  const rows = rules.endings.map((e) => {
    const count = report.endings[e.id] ?? 0;
    return [shown(e.id), e.kind, shown(e.title), String(count), percent(count / report.runs)];
  });
  return ['Endings', ...indent(table([['ending', 'kind', 'title', 'runs', 'share'], ...rows], ['left', 'left', 'left', 'right', 'right']))];
}

function summaryLines(report: SimulationReport): string[] {
  const grades = Object.entries(report.grades)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([grade, count]) => `${shown(grade)} ${count} (${percent(count / report.runs)})`);
  const kinds = Object.entries(report.endingKinds).map(([kind, count]) => `${kind} ${percent(count / report.runs)}`);
  return [
    `Win rate: ${percent(report.winRate)} (${kinds.join(', ')})`,
    `Mean length: ${num(report.meanTurns)} turns`,
    `Mean score: ${num(report.meanScore)}`,
    `Grades: ${grades.length > 0 ? grades.join(', ') : 'none'}`,
  ];
}

function indicatorLines(rules: Rules, report: SimulationReport): string[] {
  const header = ['turn', 'date', 'runs', ...INDICATORS];
  const rows = report.indicatorsByTurn.map((t) => [
    String(t.turn),
    rules.calendar[t.turn - 1] ? shown(rules.calendar[t.turn - 1]!.label) : '',
    String(t.runs),
    ...INDICATORS.map((id) => {
      const r = t.values[id];
      return `${Math.round(r.min)}-${Math.round(r.max)} (${Math.round(r.mean)})`;
    }),
  ]);
  return [
    'Indicators at the end of each turn: min-max (mean), over the runs that reached it',
    ...indent(table([header, ...rows], ['right', 'left', 'right'])),
  ];
}

function eventLines(rules: Rules, report: SimulationReport): string[] {
  if (rules.events.length === 0) return ['Events: the scenario has none'];
  const rows = rules.events.map((e) => {
    const count = report.eventsFired[e.id] ?? 0;
    return [shown(e.id), e.trigger.kind, String(count), percent(count / report.runs)];
  });
  return ['Events: the runs in which each fired', ...indent(table([['event', 'trigger', 'runs', 'share'], ...rows], ['left', 'left', 'right', 'right']))];
}

function decisionLines(rules: Rules, report: SimulationReport): string[] {
  const rows = rules.decisions.map((d) => {
    const share = report.decisionShare[d.id] ?? 0;
    const flag = share > DOMINANT_SHARE ? `DOMINANT: taken on more than ${percent(DOMINANT_SHARE)} of turns` : '';
    return [shown(d.id), String(report.decisionsTaken[d.id] ?? 0), percent(share), flag];
  });
  const dominant = rows.filter((r) => r[3] !== '').length;
  return [
    'Decisions: times taken, and the share of turns played on which each was taken',
    ...indent(table([['decision', 'taken', 'of turns', ''], ...rows], ['left', 'right', 'right'])),
    ...(dominant > 0 ? [`  ${dominant} dominant decision${dominant === 1 ? '' : 's'}: a choice players hardly ever skip is not much of a choice`] : []),
  ];
}

function neverLines(report: SimulationReport): string[] {
  const list = (ids: readonly string[]) => (ids.length === 0 ? 'none' : ids.map((id) => shown(id)).join(', '));
  return [
    'Never happened in any run',
    `  events:    ${list(report.never.events)}`,
    `  decisions: ${list(report.never.decisions)}`,
    `  endings:   ${list(report.never.endings)}`,
  ];
}

function indent(lines: readonly string[]): string[] {
  return lines.map((l) => `  ${l}`);
}
