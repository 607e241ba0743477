// The engine's public face. `ui`, `cli` and `scenario` import from here.
export * from './types.ts';
export { newGame, type NewGameOptions } from './new-game.ts';
export { step } from './step.ts';
export { decisionOptions, advise, type DecisionOption, type Advice } from './options.ts';
export { preview, type PreviewLine, type PreviewSubject } from './preview.ts';
export { textOf } from './text.ts';
export { describeRef, readRef, refRange, refKey, creditOf } from './refs.ts';
export { turnCauses, causesOf } from './ledger.ts';
export { trackBlocker } from './tracks.ts';
export { balanceOf, scoreOf, gradeOf } from './score.ts';
export { fingerprint, rulesFingerprint, canonicalJson } from './fingerprint.ts';
export { makeSave, replay, replayMoves, describeMove, parseSaveText, SAVE_FORMAT, SAVE_VERSION, SAVE_LIMITS, type SaveLimits, type SaveFile, type SaveRead, type ReplayResult, type ReplayFailure } from './save.ts';
export { boundsProblem, type Limits } from './bounded.ts';
export { parseStrategy, strategyName, nextMove, type Strategy } from './strategy.ts';
export { simulate, playOut, runSeed, type SimulationOptions, type SimulationReport, type Range } from './simulate.ts';
export { seriesOf, historicalSeries, type GameSeries } from './series.ts';
export { LEVER_HITS } from './world/levers.ts';
export { num, signed, changeRange } from './display.ts';
