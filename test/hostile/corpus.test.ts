/** The hostile corpus without its timed attacks (see corpus-suite.ts; those are in corpus-timed.test.ts). */
import { corpusSuite } from './corpus-suite.js';

corpusSuite('hostile corpus', false);
