// Once opened from a web server, the game keeps itself for offline play (public/sw.js). Nothing is sent
// anywhere: the worker only caches this site's own files. Not in the dev server, where files change as you edit.

/**
 * Register the worker and, once the game has loaded everything it needs (`loaded`), tell it which files this
 * build uses: those the page fetched, and `alsoKeep` (the map's geography, which Phaser's loader fetches late).
 */
export function keepForOffline(loaded: Promise<void>, alsoKeep: readonly string[]): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const registered = navigator.serviceWorker.register('./sw.js').then(() => navigator.serviceWorker.ready);
  Promise.all([registered, loaded])
    .then(([registration]) => {
      const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
      const keep = [...new Set([location.href.split(/[?#]/)[0]!, ...fetched, ...alsoKeep.map((u) => new URL(u, location.href).href)])];
      registration.active?.postMessage({ keep });
    })
    .catch(() => {
      // no offline copy (storage refused, or a browser without workers): the game plays on as it is
    });
}
