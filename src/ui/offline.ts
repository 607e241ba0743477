// Once opened from a web server, the game keeps itself for offline play (public/sw.js). Nothing is sent
// anywhere: the worker only caches this site's own files. Not in the dev server, where files change as you edit.
export function keepForOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
        registration.active?.postMessage({ keep: [location.href.split(/[?#]/)[0], ...loaded] });
      })
      .catch(() => {
        // no offline copy (storage refused, or a browser without workers): the game plays on as it is
      });
  });
}
