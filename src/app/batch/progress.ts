/**
 * The batch progress bar: one line on a terminal's stderr, redrawn in place with `\r` and erased
 * when the batch ends, so the terminal keeps only diagnostics and the summary. Nothing at all when
 * stderr is not a terminal (CI logs, pipes): a log of redraws helps nobody.
 */
import { truncateDisplay } from '../report/stats/display-width.js';

const BAR_WIDTH = 20;

/** `[#####...............] 37/200 ledger.yaml` */
export function progressLine(done: number, total: number, label: string): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${label}`;
}

export interface Progress {
  /** One more ledger is done. */
  tick(label: string): void;
  /** Erase the bar (before printing other text, and at the end). */
  clear(): void;
}

const ERASE_LINE = '\r\x1b[K';

/** For one ledger, --quiet, or anything that is not a terminal. */
export const SILENT_PROGRESS: Progress = { tick() {}, clear() {} };

export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, total: number): Progress {
  if (stream.isTTY !== true || total < 2) return SILENT_PROGRESS;
  let done = 0;
  let shown = false;
  return {
    tick(label) {
      done += 1;
      // never wider than the terminal: a wrapped line cannot be redrawn with \r
      const width = Math.max(10, (stream.columns || 80) - 1);
      stream.write(`${ERASE_LINE}${truncateDisplay(progressLine(done, total, label), width)}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write(ERASE_LINE);
      shown = false;
    },
  };
}
