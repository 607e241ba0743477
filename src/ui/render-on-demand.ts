// A turn-based map changes only when a move is made: Phaser draws while something moves (a glide, a ring, the
// loader) and then stops, so an idle game costs no frames at all, which a classroom laptop on battery, or one
// drawing WebGL in software, notices. Anything that changes what the map shows wakes it first.
import Phaser from 'phaser';

/** Frames drawn after the last movement, so the final state is on screen before the loop sleeps. */
const SETTLE_FRAMES = 3;

export interface Renderer {
  /** Draw again from now until things are still. */
  wake(): void;
}

export function renderOnDemand(game: Phaser.Game, surface: HTMLElement): Renderer {
  let still = 0;
  // a scene that is loading (not yet among the running ones), booting, or has a tween running, is moving
  const moving = () =>
    game.scene.scenes.some((scene) => {
      const status = scene.sys.settings.status;
      if (status === Phaser.Scenes.LOADING || status === Phaser.Scenes.CREATING) return true;
      return status === Phaser.Scenes.RUNNING && (scene.sys.settings.key === 'Boot' || scene.tweens.getTweens().length > 0);
    });
  game.events.on('poststep', () => {
    still = moving() ? 0 : still + 1;
    if (still >= SETTLE_FRAMES) game.loop.sleep();
  });
  const wake = () => {
    still = 0;
    if (!game.loop.running) game.loop.wake(true);
  };
  // Phaser reads pointer input in its own step: wake it for a hover or a click on an actor
  for (const type of ['pointermove', 'pointerdown', 'pointerup', 'wheel']) surface.addEventListener(type, wake, { passive: true });
  window.addEventListener('resize', wake);
  // a lost and restored WebGL context must be drawn again, even if nothing in the game moved
  game.canvas?.addEventListener('webglcontextrestored', wake);
  return { wake };
}
