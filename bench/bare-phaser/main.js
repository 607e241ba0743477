// The baseline for the first-frame benchmark (bench/browser.js): Phaser alone, set up like the game's canvas
// (same renderer type, scale mode, transparent canvas and no multisampling, as src/ui/main.ts), drawing one
// rectangle. Whatever the game takes beyond this page is the game's own start-up cost.
import Phaser from 'phaser';

class Bare extends Phaser.Scene {
  create() {
    this.add.rectangle(200, 150, 160, 90, 0x3a86ff);
    // the first frame drawn after the scene exists, in ms since navigation (like the game's firstMenuFrame)
    this.game.events.once('postrender', () => {
      window.__bareFirstFrame ??= performance.now();
    });
  }
}

window.__bareFirstFrame = null;
const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'map',
  transparent: true,
  render: { antialiasGL: false },
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: [Bare],
  banner: false,
});
// so the benchmark can check that both pages really drew with WebGL, not the Canvas fallback
window.__bareRenderer = () => (game.renderer?.type === Phaser.WEBGL ? 'webgl' : game.renderer?.type === Phaser.CANVAS ? 'canvas' : 'none');
