export { loadLedger, YAML_OPTIONS, DEFAULT_MAX_ALIASES, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from './load.js';
export type { LoadedLedger, LoadOptions } from './load.js';
export type { LoadCode, LoadProblem } from './problem.js';
export { SourceMap, childPath, parentPath } from './source-map.js';
export type { Place, SourcePosition, ScalarSource } from './source-map.js';
export { decodeLedgerBytes, firstInvalidUtf8 } from './decode.js';
