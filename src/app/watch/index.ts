export { classifyChange, interruptSignal, watchBuild, type Change, type WatchOptions, type WatchPlan } from './watch-files.js';
export { runWatch, type WatchSession } from './run-watch.js';
