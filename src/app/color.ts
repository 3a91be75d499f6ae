import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour only when a person is looking: the stream is a terminal. `NO_COLOR` (non-empty) always
 * wins over a terminal; `FORCE_COLOR` turns colour on for CI logs that render ANSI. The decision is
 * explicit because chalk's own detection looks at `process`, not at the streams we were given.
 */
export function colorLevel(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): 0 | 1 {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force === '0' || force === 'false' ? 0 : 1;
  return stream.isTTY === true ? 1 : 0;
}

export function chalkFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ChalkInstance {
  return new Chalk({ level: colorLevel(stream, env) });
}
