// Numbers as the player reads them: the same helpers the terminal uses, from the engine.
export { changeRange, num, signed } from '../engine/index.ts';
