/** The hostile corpus's size and backtracking attacks, each within its time (see corpus-suite.ts). */
import { corpusSuite } from './corpus-suite.js';

corpusSuite('hostile corpus: size and backtracking attacks', true);
