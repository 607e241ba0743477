// The source policy of the history brief, held for every scenario in scenarios/: reputable outlets, official
// sites and scholarly work; state media only as the voice of its government, and then marked so; no propaganda
// outlets, mirror sites or unknown blogs. Every file in the folder is read, so a new scenario is held to it too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { scenariosDir, shippedScenarioFiles } from '../shipped.ts';

/** Outlets the policy names as not used, and the mirrors and unknown sites found in earlier drafts. */
const DENIED_HOSTS = [
  'southfront.org', 'southfront.press', 'katehon.com',
  // Sputnik and Xinhua mirrors
  'noticiaslatam.lat', 'dailyfinland.fi', 'freenews-en.tk', 'spectroom.com', 'brics-info.org', 'thebricspost.com',
  'chinagate.cn', 'newslab.ru', 'censor.net', 'censor.net.ua', 'theglobepost.com', 'axar.az', 'aprc.kr',
  'kazworld.info', 'alanyadailynews.com',
];

/** State media and government-aligned papers: cited only for what their government said, and marked so. */
const STATE_MEDIA_HOSTS = [
  'tass.com', 'tass.ru', 'sputniknews.com', 'sputnikglobe.com', 'ria.ru', 'inform.kz', 'trtworld.com', 'aa.com.tr',
  'xinhuanet.com', 'news.cn', 'rg.ru', 'sana.sy', 'dailysabah.com', 'sabah.com.tr', 'kazakh-tv.kz',
];

/** "(state media)" or "(official)", alone or among the other notes in the title's brackets: "(TASS, state media)". */
const MARKED = /\([^()]*\b(?:state media|official)\b[^()]*\)/i;
/** A printed work may go without a URL when its title says it is one. */
const PRINTED = /\b(report|review|reviews|yearbook|book)\b/i;

interface Source { id: string; title: string; url?: string }

function onHost(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** What is wrong with one source under the policy, in words; empty when nothing is. */
function policyProblems(source: Source): string[] {
  const { id, title, url } = source;
  if (url === undefined) return PRINTED.test(title) ? [] : [`${id}: no URL, and its title does not name a printed report`];
  const host = hostOf(url);
  if (!url.startsWith('https://') || host === null) return [`${id}: "${url}" is not a full https URL`];
  const problems: string[] = [];
  if (new URL(url).pathname.replace(/\/+$/, '') === '') problems.push(`${id}: "${url}" is a site, not the page cited`);
  if (onHost(host, DENIED_HOSTS)) problems.push(`${id}: ${host} is an outlet the source policy does not use`);
  if (onHost(host, STATE_MEDIA_HOSTS) && !MARKED.test(title)) {
    problems.push(`${id}: ${host} is state media, so its title must say "(state media)" or "(official)"`);
  }
  return problems;
}

function isStateMedia(source: Source): boolean {
  const host = source.url === undefined ? null : hostOf(source.url);
  return host !== null && onHost(host, STATE_MEDIA_HOSTS);
}

function scenarioFile(file: string): { sources: Source[]; whatHappened: { text: unknown; sources?: string[] }[] } {
  const doc = parse(readFileSync(join(scenariosDir, file), 'utf8')) as Record<string, unknown>;
  return {
    sources: (doc['sources'] ?? []) as Source[],
    whatHappened: (doc['whatHappened'] ?? []) as { text: unknown; sources?: string[] }[],
  };
}

describe('the source policy', () => {
  test.each(shippedScenarioFiles())('%s cites only sources the source policy allows', (file) => {
    const problems = scenarioFile(file).sources.flatMap(policyProblems);
    expect(problems).toEqual([]);
  });

  test.each(shippedScenarioFiles())('no line of what really happened in %s rests on state media alone', (file) => {
    const { sources, whatHappened } = scenarioFile(file);
    const byId = new Map(sources.map((s) => [s.id, s]));
    const alone = whatHappened
      .filter((note) => (note.sources ?? []).length > 0)
      .filter((note) => (note.sources ?? []).every((id) => { const s = byId.get(id); return s !== undefined && isStateMedia(s); }))
      .map((note) => String(note.text).slice(0, 60));
    expect(alone).toEqual([]);
  });

  test('a propaganda site, a mirror, a bare domain, an http link and unmarked state media are each caught', () => {
    expect(policyProblems({ id: 'a', title: 'Russia and Turkey resume talks', url: 'https://southfront.org/x' })).toHaveLength(1);
    expect(policyProblems({ id: 'b', title: 'Nazarbayev on talks', url: 'https://noticiaslatam.lat/2015/x.html' })).toHaveLength(1);
    expect(policyProblems({ id: 'c', title: 'Kazinform on round 7', url: 'https://en.inform.kz' })).toHaveLength(2);
    expect(policyProblems({ id: 'd', title: 'A wire story', url: 'http://www.reuters.com/article/x' })).toHaveLength(1);
    expect(policyProblems({ id: 'e', title: 'Round 6 (TASS)', url: 'https://tass.com/world/965939' })).toHaveLength(1);
    expect(policyProblems({ id: 'f', title: 'The memorandum (TASS, state media)', url: 'https://tass.com/politics/944911' })).toEqual([]);
    expect(policyProblems({ id: 'g', title: 'A slug on a news site' })).toHaveLength(1);
    expect(policyProblems({ id: 'h', title: 'OECD Investment Policy Reviews, Kazakhstan 2017 (OECD report)' })).toEqual([]);
  });
});
