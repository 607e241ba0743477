// The browser may take back the map's WebGL context (too many contexts, a GPU reset) and give it back later. Until
// it does, the canvas would show a blank white map: it is hidden instead, so the still land and sea beneath show,
// and a notice says that the map is paused. The panels hold the whole game meanwhile.
import type { Notices } from './notices.ts';

export function pauseMapWhenLost(canvas: HTMLCanvasElement, notices: Notices, changed: () => void): void {
  canvas.addEventListener('webglcontextlost', () => {
    canvas.style.visibility = 'hidden';
    notices.set('map', {
      tone: 'status',
      title: 'The map is paused:',
      lines: ['the browser has taken back its graphics for a moment. The map returns by itself; play on in the panel.'],
    });
    changed();
  });
  canvas.addEventListener('webglcontextrestored', () => {
    canvas.style.visibility = '';
    notices.set('map', null);
    changed();
  });
}
