// Phaser's part before a game: boot, the preloader with its progress bar (it fetches the map's geography), and
// the menu's backdrop (the same map, dimmed, in the page's backdrop canvas). The game's own map is in game-scene.ts.
import Phaser from 'phaser';
import { COUNTRIES_URL, loadedGeography } from './map-geography.ts';
import { FONT } from './map-labels.ts';
import { BACKDROP_KEY, paintBackdrop } from './map-backdrop.ts';
import { paintMap } from './map-paint.ts';
import { frameMap } from './map-projection.ts';

export { GameScene, type MapArea, type WorldView } from './game-scene.ts';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }
  create(): void {
    this.scene.start('Preloader');
  }
}

export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }
  preload(): void {
    const { width, height } = this.scale;
    const frame = this.add.rectangle(width / 2, height / 2, 320, 24).setStrokeStyle(2, 0xe8e2c8);
    const bar = this.add.rectangle(frame.x - 158, frame.y, 4, 18, 0xf2c14e).setOrigin(0, 0.5);
    const label = this.add.text(width / 2, height / 2 - 36, 'Loading the map', { fontFamily: FONT, fontSize: '18px', color: '#e8e2c8' }).setOrigin(0.5);
    this.load.on('progress', (share: number) => {
      bar.width = 4 + 312 * share;
      label.setText(`Loading the map: ${Math.round(share * 100)}%`);
    });
    // without the map the game is still playable: the panels hold everything, and the map draws a plain sea
    this.load.on('loaderror', () => label.setText('The map did not load; playing without it'));
    this.load.json('countries', COUNTRIES_URL);
  }
  create(): void {
    this.game.events.emit('mv-ready');
  }
}

export class MenuScene extends Phaser.Scene {
  constructor() {
    super('Menu');
  }
  create(): void {
    const draw = () => {
      const canvas = this.registry.get(BACKDROP_KEY) as HTMLCanvasElement | undefined;
      if (!canvas) return;
      const width = Math.max(1, Math.round(this.scale.width));
      const height = Math.max(1, Math.round(this.scale.height));
      // dimmed: the menu's text sits over it
      paintBackdrop(canvas, { x: 0, y: 0, width, height }, 0.55, (ctx) => paintMap(ctx, frameMap(width, height, []), loadedGeography(this), new Map()));
    };
    draw();
    this.game.events.emit('mv-menu');
    this.scale.on('resize', draw, this);
    this.events.once('shutdown', () => this.scale.off('resize', draw, this));
  }
}
