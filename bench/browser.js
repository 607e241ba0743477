// Browser benchmarks: figures, not pass/fail. Called at the end of bench/run.js; `node bench/browser.js` runs them alone.
//  - bundle: gzip size of the built site's application code, CSS, data and the Phaser chunk;
//  - start-up: time to the menu's first frame, against a bare Phaser page built and loaded in the same run;
//  - frame time: requestAnimationFrame deltas while turns end and the map's tweens play;
//  - memory: the JavaScript heap after a whole scenario, after a garbage collection.
// Drives Debian's Chromium with playwright-core (see docs in /work/shared/docs/stack.md); without it, only the
// bundle figures are printed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { playToEnd, screenOf } from '../scripts/browser-play.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bareRoot = fileURLToPath(new URL('./bare-phaser', import.meta.url));
// The same Chromium and flags as the browser tests: WebGL through SwiftShader, no warnings, no network.
const { executablePath: CHROMIUM, args: CHROMIUM_ARGS } = JSON.parse(readFileSync(join(root, 'scripts', 'chromium.json'), 'utf8'));
const VIEWPORT = { width: 1280, height: 720 };
const LOADS = 7; // fresh loads of each page for the first-frame medians
const TURNS = 10; // turns played while frame times are recorded
const SCENARIO = 'jet-crisis-2015';

const line = (what, figure) => console.log(`browser     ${what}: ${figure}`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The names of the chunks Vite wrote, by file name, from what build() returns. */
function chunkNames(result) {
  const outputs = Array.isArray(result) ? result : [result];
  return new Map(outputs.flatMap((o) => o.output ?? []).filter((f) => f.type === 'chunk').map((c) => [c.fileName, c.name]));
}

/** Bundle sizes of the built site: what a player downloads, split by what changes with the game and what does not. */
function reportBundle(outDir, names) {
  const assets = join(outDir, 'assets');
  const files = readdirSync(assets);
  // the Phaser chunk is found by its chunk name (vite.config.ts), not by guessing at file names
  const isPhaser = (f) => names.get(`assets/${f}`) === 'phaser';
  const sum = (list) => list.reduce((total, f) => total + gzipped(join(assets, f)), 0);
  const js = files.filter((f) => f.endsWith('.js'));
  const app = js.filter((f) => !isPhaser(f));
  const phaser = js.filter(isPhaser);
  const css = files.filter((f) => f.endsWith('.css'));
  const data = files.filter((f) => !f.endsWith('.js') && !f.endsWith('.css') && !f.endsWith('.map'));
  line(`bundle, application JS (${app.length} file${app.length === 1 ? '' : 's'}, gzip)`, `${kb(sum(app))} (aim: at most 150 KB)`);
  line('bundle, CSS (gzip)', kb(sum(css)));
  line('bundle, static data assets (gzip)', data.length > 0 ? `${kb(sum(data))} in ${data.join(', ')}` : 'none');
  line('bundle, Phaser chunk (gzip)', phaser.length > 0 ? kb(sum(phaser)) : 'missing: no chunk named "phaser" (check vite.config.ts)');
}

/** A fresh context (empty cache, no save) and a page that keeps its errors. */
async function freshPage(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

async function waitForGame(page, errors) {
  try {
    await page.waitForFunction(() => window.__multivector?.ready === true, null, { timeout: 15_000 });
  } catch (error) {
    throw new Error(`the game page did not get ready: ${errors.join('; ') || 'no errors logged'}`, { cause: error });
  }
}

/** One cold load: ms from navigation to the first frame, and which renderer drew it. */
async function firstFrame(browser, url, bare) {
  const { page, errors, close } = await freshPage(browser, url);
  try {
    const read = bare ? () => window.__bareFirstFrame : () => window.__multivector?.firstMenuFrame;
    const handle = await page.waitForFunction(read, null, { timeout: 15_000 }).catch((error) => {
      throw new Error(`no first frame on ${bare ? 'the bare Phaser page' : 'the game menu'}: ${errors.join('; ') || 'no errors logged'}`, { cause: error });
    });
    const ms = await handle.jsonValue();
    const renderer = await page.evaluate(bare ? () => window.__bareRenderer() : () => window.__multivector.renderer);
    return { ms, renderer };
  } finally {
    await close();
  }
}

async function reportFirstFrames(browser, gameUrl, bareUrl) {
  const bare = [];
  const game = [];
  const renderers = new Set();
  // alternate the two pages so that any drift of the machine during the run touches both alike
  for (let i = 0; i < LOADS; i++) {
    for (const [isBare, url, into] of [[true, bareUrl, bare], [false, gameUrl, game]]) {
      const { ms, renderer } = await firstFrame(browser, url, isBare);
      into.push(ms);
      renderers.add(renderer);
    }
  }
  const b = median(bare);
  const g = median(game);
  line(`first frame, bare Phaser page (median of ${LOADS} cold loads)`, `${Math.round(b)} ms`);
  line(`first frame, game menu (median of ${LOADS} cold loads)`, `${Math.round(g)} ms`);
  line('first frame, game menu / bare Phaser', `${(g / b).toFixed(2)}x (aim: at most 1.5x)`);
  // a Canvas fallback would make every browser figure meaningless: say so rather than print them quietly
  if (renderers.size !== 1 || !renderers.has('webgl')) line('warning', `renderers seen: ${[...renderers].join(', ')} (expected webgl only)`);
}


/** Answer every open event dialog with its first choice. */
async function answerDialogs(page) {
  for (let i = 0; i < 20; i++) {
    const choice = page.locator('[role="dialog"] button').first();
    if ((await choice.count()) === 0) return;
    await choice.click();
  }
}

/** Open a scenario from its URL and press Begin: the game screen, with the map drawn. */
async function openScenario(browser, gameUrl) {
  const opened = await freshPage(browser, new URL(`./?scenario=${SCENARIO}&seed=bench`, gameUrl).toString());
  await waitForGame(opened.page, opened.errors);
  await opened.page.getByRole('button', { name: 'Begin' }).click();
  if ((await screenOf(opened.page)) !== 'game') throw new Error(`Begin did not open the game: screen is ${await screenOf(opened.page)}`);
  return opened;
}

async function reportFrameTimes(browser, gameUrl) {
  const { page, errors, close } = await openScenario(browser, gameUrl);
  try {
    // rAF deltas measured inside the page, so Playwright's round trips are not counted; long frames keep their
    // time and the last action, to tell what a slow frame was doing
    await page.evaluate(() => {
      const frames = (window.__benchFrames = { deltas: [], drawn: [], glide: [], long: [], action: 'start', stop: false });
      let last = null;
      // frames since the last click: the first two hold the move itself (the engine, the panel, the new map)
      let sinceClick = Infinity;
      document.addEventListener('click', () => (sinceClick = 0), true);
      const tick = (t) => {
        if (last !== null) {
          frames.deltas.push(t - last);
          sinceClick++;
          // the frames in which Phaser drew (a glide, a ring): the map sleeps while it is still
          if (window.__multivector?.drawing) frames.drawn.push(t - last);
          if (window.__multivector?.drawing && sinceClick > 2) frames.glide.push(t - last);
          if (t - last > 20) frames.long.push({ ms: t - last, after: frames.action });
        }
        last = t;
        if (!frames.stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const mark = (action) => page.evaluate((a) => (window.__benchFrames.action = a), action);
    let turns = 0;
    for (; turns < TURNS && (await screenOf(page)) === 'game'; turns++) {
      await mark('event answer');
      await answerDialogs(page);
      const decision = page.locator('.decisions button:not([disabled])').first();
      if (turns % 2 === 0 && (await decision.count()) > 0) {
        await mark('decision');
        await decision.click();
        await answerDialogs(page);
      }
      await mark('end turn');
      await page.getByRole('button', { name: 'End turn' }).click();
      // let the map's tweens after the turn (rings ~0.9 s, labels ~1.8 s) run while frames are recorded
      await mark('tweens');
      await page.waitForTimeout(1000);
    }
    const { deltas, drawn, glide, long } = await page.evaluate(() => {
      window.__benchFrames.stop = true;
      return window.__benchFrames;
    });
    line(`frame time over ${turns} turns (${deltas.length} frames), p95`, `${percentile(deltas, 95).toFixed(1)} ms (aim: at most 20 ms)`);
    line('frame time, median', `${median(deltas).toFixed(1)} ms`);
    if (drawn.length > 0) {
      line(`frame time while the map animates (${drawn.length} frames), p95`, `${percentile(drawn, 95).toFixed(1)} ms, median ${median(drawn).toFixed(1)} ms`);
    }
    if (glide.length > 0) {
      line(`frame time of the glides, after each move's own two frames (${glide.length} frames), p95`, `${percentile(glide, 95).toFixed(1)} ms, median ${median(glide).toFixed(1)} ms`);
    }
    if (long.length > 0) {
      // grouped by hand: Object.groupBy needs Node 21
      const groups = new Map();
      for (const f of long) groups.set(f.after, [...(groups.get(f.after) ?? []), f.ms]);
      const by = [...groups].map(([after, ms]) => `${ms.length} after ${after} (worst ${Math.round(Math.max(...ms))} ms)`);
      line('frames over 20 ms', `${long.length}: ${by.join(', ')}`);
    }
    if (errors.length > 0) line('page errors while playing', errors.join('; '));
  } finally {
    await close();
  }
}

async function reportHeap(browser, gameUrl) {
  const { page, errors, close } = await openScenario(browser, gameUrl);
  try {
    await playToEnd(page);
    await page.getByRole('heading', { name: /Debrief/ }).waitFor({ timeout: 10_000 });
    // collect first, so the figure is what the page holds on to, not garbage not yet collected
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    line(`JS heap after the whole of ${SCENARIO}, after GC`, `${mb(usedSize)} used of ${mb(totalSize)} (aim: at most 80 MB)`);
    if (errors.length > 0) line('page errors while playing', errors.join('; '));
  } finally {
    await close();
  }
}

export async function browserBench() {
  const started = performance.now();
  const temporary = [];
  const servers = [];
  let browser = null;
  try {
    // a build of the site as shipped (vite.config.ts), into a directory of its own so as not to race a test run
    // that is building or serving dist-web
    const gameDir = mkdtempSync(join(tmpdir(), 'multivector-bench-web-'));
    temporary.push(gameDir);
    const configFile = join(root, 'vite.config.ts');
    const result = await build({ root, configFile, logLevel: 'warn', build: { outDir: gameDir, emptyOutDir: true } });
    reportBundle(gameDir, chunkNames(result));

    if (!existsSync(CHROMIUM)) {
      line('skipped: no Chromium', `${CHROMIUM} is missing (first frame, frame time and heap not measured)`);
      return;
    }

    // the baseline page, built the same way (relative paths, minified) but with none of the game's configuration
    const bareDir = mkdtempSync(join(tmpdir(), 'multivector-bench-bare-'));
    temporary.push(bareDir);
    await build({ root: bareRoot, base: './', configFile: false, logLevel: 'warn', build: { outDir: bareDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 } });

    const serve = async (options) => {
      const server = await preview({ ...options, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
      servers.push(server);
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error('the preview server has no address');
      return url;
    };
    const gameUrl = await serve({ root, configFile, build: { outDir: gameDir } });
    const bareUrl = await serve({ root: bareRoot, base: './', configFile: false, build: { outDir: bareDir } });

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    await reportFirstFrames(browser, gameUrl, bareUrl);
    await reportFrameTimes(browser, gameUrl);
    await reportHeap(browser, gameUrl);
    line('wall clock of the browser benchmarks', `${Math.round((performance.now() - started) / 1000)} s`);
  } finally {
    // close everything, or Node stays alive on the servers and the browser
    await browser?.close();
    for (const server of servers) await server.close();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  }
}

// run alone: `node bench/browser.js`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await browserBench();
