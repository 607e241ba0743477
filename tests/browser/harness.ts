// Build the site once, serve it with Vite's preview server, and drive Debian's Chromium (see docs/stack.md).
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostileScenario } from './hostile.ts';

const root = join(import.meta.dirname, '..', '..');

/** The launch flags and path, shared with the browser benchmarks (scripts/chromium.json). */
const chromiumSettings = JSON.parse(readFileSync(join(root, 'scripts', 'chromium.json'), 'utf8')) as { executablePath: string; args: string[] };
export const CHROMIUM_ARGS = chromiumSettings.args;

let built: Promise<void> | null = null;

/**
 * Vitest sets NODE_ENV to 'test', and Vite builds whatever NODE_ENV says: without this the tests would drive a
 * development bundle (Phaser's debug code in, the offline worker off), not the site `npm run build` ships.
 */
async function buildAsShipped(options: Parameters<typeof build>[0]): Promise<void> {
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build(options);
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
}

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  url: string;
  close(): Promise<void>;
}

/**
 * The site as shipped; or, with `hostile`, a build that also carries the hostile-text scenario; or, with
 * 'test-worlds', one that also carries the scenarios in tests/browser/fixtures (test-only modes).
 */
export async function startHarness(hostile: boolean | 'test-worlds' = false): Promise<Harness> {
  const configFile = join(root, 'vite.config.ts');
  let outDir = 'dist-web';
  if (hostile === 'test-worlds') {
    outDir = 'dist-web-test-worlds';
    await buildAsShipped({ root, configFile, mode: 'test-worlds', logLevel: 'warn', build: { outDir } });
  } else if (hostile) {
    const dir = join(root, 'tests', 'browser', 'generated');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'hostile.yaml'), hostileScenario(readFileSync(join(root, 'scenarios', 'tutorial.yaml'), 'utf8')));
    outDir = 'dist-web-hostile';
    await buildAsShipped({ root, configFile, mode: 'hostile-text', logLevel: 'warn', build: { outDir } });
  } else {
    built ??= buildAsShipped({ root, logLevel: 'warn', configFile });
    await built;
  }
  const server = await preview({ root, configFile, build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  const browser = await chromium.launch({ executablePath: chromiumSettings.executablePath, args: CHROMIUM_ARGS });
  return {
    browser,
    server,
    url,
    async close() {
      await browser.close();
      // a test may have stopped the server already (the offline test does)
      await server.close().catch(() => undefined);
    },
  };
}

/** A page that records console errors and page errors. */
export async function openPage(h: Harness, path: string, viewport = { width: 1280, height: 720 }): Promise<{ page: Page; errors: string[] }> {
  const context = await h.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(path, h.url).toString());
  try {
    await whenReady(page);
  } catch (error) {
    throw new Error(`the page did not get ready: ${errors.join('; ')}`, { cause: error });
  }
  return { page, errors };
}

export { playToEnd, screenOf } from '../../scripts/browser-play.js';

/** Wait until the page (after a load or a reload) has booted Phaser and shown its first screen. */
export async function whenReady(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __multivector?: { ready: boolean } }).__multivector?.ready === true, null, { timeout });
}

/** The fingerprint of the game on screen, as the page computes it. */
export function fingerprintOf(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as { __multivector: { fingerprint: string | null } }).__multivector.fingerprint);
}

/** Wait until what the last action changed has been painted: two animation frames (the first comes before the paint). */
export function painted(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** One move with the mouse, once the page has drawn the last: an event's first choice if one waits, else End turn. */
export async function playOneMove(page: Page): Promise<void> {
  const choice = page.locator('[role="dialog"] button').first();
  if ((await choice.count()) > 0) await choice.click();
  else await page.getByRole('button', { name: 'End turn' }).click();
  await painted(page);
}

/** Make the browser take back the map's WebGL context, or give it back, as it does when graphics memory runs short. */
export function mapContext(page: Page, what: 'loseContext' | 'restoreContext'): Promise<void> {
  return page.evaluate((w) => {
    // a lost context gives no extensions: the one that lost it is kept to restore it
    const held = window as unknown as { mapContext?: WEBGL_lose_context };
    if (!held.mapContext) {
      const canvas = document.querySelector<HTMLCanvasElement>('#map canvas')!;
      held.mapContext = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!.getExtension('WEBGL_lose_context')!;
    }
    held.mapContext[w]();
  }, what);
}
