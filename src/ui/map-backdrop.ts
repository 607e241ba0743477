// The map's land, sea and tensions are painted into a plain canvas element under Phaser's transparent canvas.
// They change only when a move is made, and the browser composites a still canvas for free; as a texture in
// Phaser they would be redrawn every frame, and with software WebGL (headless Chromium, many school laptops)
// that one large picture cost more than everything else on the map together.

export interface BackdropBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page's backdrop canvas, which main.ts hands to the scenes through Phaser's registry. */
export const BACKDROP_KEY = 'backdrop';

/** Size a canvas for `width` x `height` CSS pixels, sharp on high-density screens, and paint it in CSS pixels. */
export function paintCanvas(canvas: HTMLCanvasElement, width: number, height: number, paint: (ctx: CanvasRenderingContext2D) => void): void {
  const ratio = Math.min(2, window.devicePixelRatio || 1);
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  paint(ctx);
}

/** Paint the page's backdrop canvas and place it over `box` (in window pixels). */
export function paintBackdrop(canvas: HTMLCanvasElement, box: BackdropBox, opacity: number, paint: (ctx: CanvasRenderingContext2D) => void): void {
  paintCanvas(canvas, box.width, box.height, paint);
  Object.assign(canvas.style, { left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px`, opacity: String(opacity) });
}
