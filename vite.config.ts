import { defineConfig } from 'vite';
import { preloadGeography } from './scripts/preload-plugin.ts';
import { shippedScenarios } from './scripts/scenarios-plugin.ts';

// The browser game: a static site with relative paths (it works from any web server, or a folder), Phaser in a
// chunk of its own so the application code stays small and cacheable apart from it. The scenarios are compiled
// into the bundle at build time (scripts/scenarios-plugin.ts).
export default defineConfig({
  base: './',
  plugins: [shippedScenarios(), preloadGeography()],
  build: {
    outDir: 'dist-web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
