// The turn's news in the panel, rendered from the presentation layer's news (src/present/news.ts): headlines
// first (each event with its story, what each power did, how the powers reacted, a talks' new stage), and the
// numbers that moved behind "Why?", grouped and summed by cause. Screen readers hear the headlines, not the ledger.
import type { Happening, Move, Rules } from '../engine/index.ts';
import { newsOf, type Headline, type WhyLine } from '../present/news.ts';
import { el, paragraphs } from './dom.ts';

const tone = (delta: number) => (delta > 0 ? 'up' : delta < 0 ? 'down' : '');

function headlineItem(h: Headline): HTMLElement {
  // a waiting event's story is in its own box below, with its choices: here its title is enough
  const story = h.story && !(h.kind === 'event' && h.waiting) ? paragraphs(h.story, { class: 'story' }) : null;
  const waiting = h.waiting ? el('span', { class: 'tag' }, h.kind === 'event' ? ' (waiting for your answer)' : '') : null;
  return el('li', { class: `headline ${h.kind}` }, el('strong', {}, h.title), waiting, story);
}

function whyItem(line: WhyLine): HTMLElement {
  // one part: "+2.4 because …"; the sign is written out, so colour is never the only cue
  const parts = line.parts.map((p) => `${p.change}: ${p.reason}`).join('; ');
  return el('li', { class: tone(line.total) }, el('strong', {}, line.summary), ` — ${parts}`);
}

/** The news of the last move (nothing before the first move of a game). */
export function newsSection(rules: Rules, happened: readonly Happening[], lastMove: Move | null | undefined): HTMLElement | null {
  if (happened.length === 0) return null;
  const news = newsOf(rules, happened);
  const title = lastMove?.type === 'end-turn' ? 'News' : 'What your move did';
  const why = el('ul', { class: 'why-list' }, news.why.map(whyItem));
  return el(
    'section',
    { class: 'summary card', 'aria-labelledby': 'summary-title' },
    // after End turn the focus comes here, to the news, the next thing to read (see main.ts)
    el('h2', { id: 'summary-title', 'data-focus': 'news', tabindex: '-1' }, title),
    news.headlines.length > 0 ? el('ul', { class: 'headlines' }, news.headlines.map(headlineItem)) : null,
    news.why.length === 0
      ? null
      : news.headlines.length === 0
        ? why
        : el('details', { class: 'why' }, el('summary', {}, `Why? What moved, and by how much (${news.why.length} ${news.why.length === 1 ? 'number' : 'numbers'})`), why),
  );
}

/** What a screen reader hears after a move: the headlines' titles, never the ledger. */
export function newsAnnouncement(rules: Rules, happened: readonly Happening[]): string {
  const news = newsOf(rules, happened);
  const titles = news.headlines.map((h) => h.title.replace(/[.!?]?$/, '.'));
  if (titles.length > 0) return titles.join(' ');
  return news.why.length > 0 ? `${news.why.map((w) => w.summary).join('; ')}.` : '';
}
