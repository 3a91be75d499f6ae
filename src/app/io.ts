/**
 * The streams and environment a command may touch. Commands never reach for `process` directly,
 * so tests can run `main` in-process with captured streams.
 */
import { Failure, placeIn, problem } from '../model/problem.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Which of the two output streams a stream is, once guarded: a failed write is told by its name. */
const STREAM_NAMES = new WeakMap<object, 'stdout' | 'stderr'>();

/**
 * `io` whose output streams never end the process with an unhandled 'error' event (a stack trace
 * and exit 1 on a full disk): each gets a listener as it is first used (streams stay lazy), and a
 * failed write is reported where it was made (writeText).
 */
export function guardedIo(io: CliIo): CliIo {
  const guard = <S extends NodeJS.WritableStream>(name: 'stdout' | 'stderr', stream: S): S => {
    if (!STREAM_NAMES.has(stream)) {
      STREAM_NAMES.set(stream, name);
      stream.on('error', () => {});
    }
    return stream;
  };
  return {
    get stdin() {
      return io.stdin;
    },
    get stdout() {
      return guard('stdout', io.stdout);
    },
    get stderr() {
      return guard('stderr', io.stderr);
    },
    env: io.env,
    cwd: io.cwd,
  };
}

/** A closed pipe (`rectify … | head`): the reader has what it wanted; a quiet exit. */
export function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'EPIPE';
}

/**
 * Write text (or bytes) and wait until the stream has taken it, so piped output is complete
 * before exit. A write that fails (a full disk: ENOSPC) is a `stream-failed` problem naming the
 * stream; a closed pipe is passed on as it is, for main to end quietly.
 */
export function writeText(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.write(text, (err?: Error | null) => {
      if (!err) return resolve();
      if (isClosedPipe(err)) return reject(err);
      const code = (err as NodeJS.ErrnoException).code ?? err.message;
      reject(new Failure([problem('stream-failed', placeIn(''), { stream: STREAM_NAMES.get(stream) ?? 'stdout', reason: code })]));
    });
  });
}
