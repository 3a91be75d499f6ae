/** Problems as the user reads them, for tests that assert wording: the app's catalogue, as main() words them. */
import { word, type Diagnostic, type Lang } from '../../src/app/messages/index.js';
import type { Problem } from '../../src/model/problem.js';

export function worded(problems: readonly Problem[], lang: Lang = 'zh'): Diagnostic[] {
  return problems.map((p) => word(p, lang));
}
