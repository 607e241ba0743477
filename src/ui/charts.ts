// Time-series charts for the debrief: Kazakhstan's indicators and each actor's attitude over the turns, the
// player's game as a solid line beside the historical line as a dashed one. uPlot draws on a canvas, so every
// chart also carries a summary for screen readers and its figures as a table: neither colour nor the canvas is
// ever the only carrier of a number.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './charts.css';
import { historicalSeries, INDICATORS, num, seriesOf, textOf, type GameSeries, type GameState, type Rules } from '../engine/index.ts';
import { own } from '../engine/records.ts';
import { el } from './dom.ts';

/** One number over the turns, in both lines. */
interface Quantity {
  readonly name: string;
  readonly yours: readonly number[];
  readonly history: readonly number[];
}

/** The words for the points of the x axis: point 0 is the start, point i the end of turn i. */
interface Points {
  readonly count: number;
  /** on the axis ticks, where room is short: the date part of a calendar label ("Spring 2014") */
  readonly tick: (i: number) => string;
  /** in tables and summaries: "turn 3, Early 2015: the union begins" (its end) */
  readonly full: (i: number) => string;
}

const YOU = { label: 'you', stroke: '#f2c14e', width: 2.5 } as const;
const HISTORY = { label: 'history', stroke: '#8ecae6', width: 2, dash: [7, 5] } as const;
const AXIS_STROKE = '#c5cfd9';
const GRID_STROKE = 'rgba(197, 207, 217, 0.16)';
const FONT = '12px "DejaVu Sans", system-ui, sans-serif';
/** the plot and its y axis, without the x axis (its height depends on the labels) */
const CHART_HEIGHT = 150;
const Y_AXIS_SIZE = 40;
const TICK_ANGLE = 40;
/** the least distance between two slanted labels' ticks, so that their lines do not touch */
const TICK_GAP = 26;

export function debriefCharts(rules: Rules, state: GameState): HTMLElement {
  const yours = seriesOf(rules, state);
  const history = historicalSeries(rules, state.seed, state.difficulty);
  const points = pointsOf(rules, Math.max(yours.turns, history.turns) + 1);
  const indicators: Quantity[] = INDICATORS.map((id) => ({ name: id, yours: yours.indicators[id], history: history.indicators[id] }));
  const attitudes: Quantity[] = rules.actors.map((a) => ({ name: textOf(a.name), yours: own(yours.attitude, a.id) ?? [], history: own(history.attitude, a.id) ?? [] }));
  return el(
    'section',
    { class: 'charts', 'aria-labelledby': 'charts-title' },
    el('h3', { id: 'charts-title' }, 'Your numbers beside history'),
    el(
      'p',
      {},
      'Solid line: your game. Dashed line: the historical line, what Kazakhstan actually did, played in this same world ',
      `(seed "${state.seed}", difficulty ${state.difficulty}). Each point is the end of a turn; the first is the start.`,
    ),
    historyEnding(rules, history, points),
    group('charts-indicators', "Kazakhstan's indicators", indicators, points, [0, 100]),
    group('charts-attitudes', 'Attitude toward Kazakhstan', attitudes, points, [-100, 100]),
  );
}

function historyEnding(rules: Rules, history: GameSeries, points: Points): HTMLElement | null {
  const ending = history.ending;
  if (!ending) return null;
  const def = rules.endings.find((e) => e.id === ending.id);
  return el(
    'p',
    { class: 'meta' },
    `The historical line ended after ${points.full(ending.turn + 1)} with “${def ? textOf(def.title) : ending.id}” (${ending.kind}), score ${ending.score}, grade ${ending.grade}.`,
  );
}

function pointsOf(rules: Rules, count: number): Points {
  const label = (i: number) => {
    const entry = rules.calendar[i - 1];
    return entry ? textOf(entry.label) : '';
  };
  return {
    count,
    tick: (i) => {
      if (i === 0) return 'start';
      const text = label(i).split(': ')[0] ?? '';
      return text.length > 24 ? `${text.slice(0, 23)}…` : text || `turn ${i}`;
    },
    full: (i) => (i === 0 ? 'start' : `turn ${i}${label(i) ? `, ${label(i)}` : ''}`),
  };
}

function group(id: string, title: string, quantities: readonly Quantity[], points: Points, domain: readonly [number, number]): HTMLElement {
  const range = sharedRange(quantities, domain);
  return el(
    'section',
    { 'aria-labelledby': id },
    el('h4', { id }, title),
    el('div', { class: 'chart-grid' }, quantities.map((q) => chart(q, points, range))),
  );
}

/** One y range for a whole group, so that its small charts can be compared at a glance. */
function sharedRange(quantities: readonly Quantity[], [low, high]: readonly [number, number]): [number, number] {
  const values = quantities.flatMap((q) => [...q.yours, ...q.history]);
  if (values.length === 0) return [low, high];
  let min = Math.max(low, Math.floor(Math.min(...values) / 10) * 10);
  let max = Math.min(high, Math.ceil(Math.max(...values) / 10) * 10);
  if (max - min < 20) {
    min = Math.max(low, min - 10);
    max = Math.min(high, max + 10);
  }
  return [min, max];
}

function chart(q: Quantity, points: Points, range: [number, number]): HTMLElement {
  const plot = el('div', { class: 'chart-plot', role: 'img', 'aria-label': summaryOf(q, points) });
  mountWhenSized(plot, (width) => new uPlot(options(points, range, width), dataOf(q, points), plot));
  return el('figure', { class: 'chart' }, el('figcaption', {}, q.name), plot, figures(q, points));
}

function dataOf(q: Quantity, points: Points): uPlot.AlignedData {
  const column = (values: readonly number[]) => Array.from({ length: points.count }, (_, i) => values[i] ?? null);
  return [Array.from({ length: points.count }, (_, i) => i), column(q.yours), column(q.history)];
}

function options(points: Points, range: [number, number], width: number): uPlot.Options {
  const ticks = tickLayout(points, width);
  const value = (_: uPlot, v: number | null) => (v === null || v === undefined ? '–' : num(v));
  const axis = { stroke: AXIS_STROKE, font: FONT, grid: { stroke: GRID_STROKE, width: 1 }, ticks: { stroke: GRID_STROKE, width: 1 } };
  return {
    width,
    height: CHART_HEIGHT + ticks.size,
    padding: [12, 14, 0, ticks.left],
    scales: { x: { time: false, range: [0, Math.max(1, points.count - 1)] }, y: { range } },
    axes: [
      {
        ...axis,
        // a grid line at every turn; a label at every turn there is room for
        space: 4,
        incrs: [1],
        rotate: TICK_ANGLE,
        size: ticks.size,
        values: (_, splits) => splits.map((i) => (Number.isInteger(i) && i % ticks.every === 0 ? points.tick(i) : null)),
      },
      { ...axis, size: Y_AXIS_SIZE, space: 30, values: (_, splits) => splits.map((v) => num(v)) },
    ],
    series: [
      { label: 'turn', value: (_, v) => (v === null || v === undefined ? '–' : points.tick(v)) },
      { ...YOU, value },
      { ...HISTORY, dash: [...HISTORY.dash], value },
    ],
    legend: { markers: { width: 3, dash: (u, i) => (u.series[i]?.dash ? 'dashed' : 'solid') } },
    cursor: { drag: { x: false, y: false, setScale: false } },
  };
}

/**
 * The x axis's labels are the calendar's, too long to stand side by side, so they are slanted and, where turns are
 * close together, only every second or third is written. Works out how many, the axis's height, and the room the
 * first labels need on the left, which hang down-left from their ticks into the y axis's margin.
 */
function tickLayout(points: Points, width: number): { every: number; size: number; left: number } {
  const slant = Math.cos((TICK_ANGLE * Math.PI) / 180);
  const perTurn = (width - Y_AXIS_SIZE - 20) / Math.max(1, points.count - 1);
  const every = Math.max(1, Math.ceil(TICK_GAP / Math.max(1, perTurn)));
  let widest = 0;
  let left = 4;
  for (let i = 0; i < points.count; i += every) {
    const w = textWidth(points.tick(i)) * slant;
    widest = Math.max(widest, w);
    left = Math.max(left, Math.ceil(w - i * perTurn - Y_AXIS_SIZE + 6));
  }
  return { every, size: Math.ceil(widest + 22), left };
}

let measure: CanvasRenderingContext2D | null = null;

function textWidth(text: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * 7;
  measure.font = FONT;
  return measure.measureText(text).width;
}

/**
 * Draw the chart once its container is on the page and has a width, and draw it again when the width changes.
 * The drawing waits for the next frame so that the chart's own growth is not reported back as a resize loop.
 */
function mountWhenSized(target: HTMLElement, make: (width: number) => uPlot): void {
  let chart: uPlot | null = null;
  let width = 0;
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (!target.isConnected) {
        chart?.destroy();
        observer.disconnect();
        return;
      }
      const now = Math.floor(target.clientWidth);
      if (now === 0 || now === width) return;
      width = now;
      // made again rather than resized: how many labels fit, and where, depends on the width
      chart?.destroy();
      chart = make(width);
    });
  });
  observer.observe(target);
}

/** What the chart shows, in words, for a screen reader. */
function summaryOf(q: Quantity, points: Points): string {
  const line = (who: string, values: readonly number[]) => {
    if (values.length === 0) return `${who}: no figures`;
    const first = values[0] as number;
    const last = values[values.length - 1] as number;
    return `${who} from ${num(first)} to ${num(last)} by the end of ${points.full(values.length - 1)}, lowest ${num(Math.min(...values))}, highest ${num(Math.max(...values))}`;
  };
  return `${q.name} over the turns. ${line('Your game', q.yours)}. ${line('The historical line', q.history)}.`;
}

/** The chart's numbers as a table, for anyone who would rather read them. */
function figures(q: Quantity, points: Points): HTMLElement {
  const cell = (values: readonly number[], i: number) => {
    const v = values[i];
    return el('td', {}, v === undefined ? '(ended)' : num(v));
  };
  return el(
    'details',
    { class: 'figures' },
    el('summary', {}, 'The figures as a table', el('span', { class: 'visually-hidden' }, `: ${q.name}`)),
    el(
      'table',
      {},
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'turn'), el('th', { scope: 'col' }, 'you'), el('th', { scope: 'col' }, 'history'))),
      el(
        'tbody',
        {},
        Array.from({ length: points.count }, (_, i) => el('tr', {}, el('th', { scope: 'row' }, points.full(i)), cell(q.yours, i), cell(q.history, i))),
      ),
    ),
  );
}
