// The map's geography is fetched by Phaser's loader, which only starts once Phaser itself has loaded and booted.
// A <link rel="preload"> in the built page lets the browser fetch it alongside the scripts instead, so the
// preloader finds it already there. The file's name is hashed, so the link is written when the site is built.
import type { Plugin } from 'vite';

export function preloadGeography(pattern = /countries-110m-[^/]*\.json$/): Plugin {
  return {
    name: 'multivector-preload-geography',
    apply: 'build',
    transformIndexHtml(html, ctx) {
      const file = Object.keys(ctx.bundle ?? {}).find((name) => pattern.test(name));
      if (!file) return html;
      // crossorigin: Phaser's loader fetches with XMLHttpRequest in CORS mode, and a preload is used only by a
      // request of the same mode
      return [{ tag: 'link', attrs: { rel: 'preload', href: `./${file}`, as: 'fetch', crossorigin: '' }, injectTo: 'head' }];
    },
  };
}
