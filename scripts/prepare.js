#!/usr/bin/env node
/**
 * `prepare`: npm runs it after `npm install` in a checkout, before `npm pack`, and when
 * `npm install -g <folder>` installs a folder. For that last case npm 11 links the folder into the
 * global node_modules, runs `prepare` (and `postinstall`) in it, and installs none of its
 * dependencies, dev or not: a fresh clone arrives here without esbuild or anything else.
 *
 * So: with the tools present (any checkout after `npm install`), this is `npm run build`. Without
 * them, in a source checkout, the locked dependencies are installed into the folder first (`npm ci`,
 * devDependencies included, scripts off so this file does not run again) — the linked command runs
 * from this folder and finds exceljs there too — and then it builds. A folder without sources (a
 * packed copy) has its build already and nothing is done. Installing from a tarball (`npm pack`, or
 * the registry) runs no `prepare`: the tarball ships dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What the build needs from node_modules: the tools, and the packages scripts/ load themselves. */
export const BUILD_NEEDS = ['esbuild', 'ajv/dist/2020.js', 'yaml', 'handlebars'];

/** The packages of BUILD_NEEDS that do not resolve from `dir`. */
export function missingForBuild(dir = root) {
  const require = createRequire(`${dir}/package.json`);
  return BUILD_NEEDS.filter((name) => {
    try {
      require.resolve(name);
      return false;
    } catch {
      return true;
    }
  });
}

/**
 * The environment for an npm run inside this one: without the settings that made the outer run
 * global (`npm install -g` passes its global prefix down as the local prefix too) or that choose
 * which dependencies to install, which the command line says.
 */
export function nestedNpmEnv(env = process.env) {
  const dropped = /^npm_config_(?:global|global_prefix|local_prefix|prefix|location|omit|include|only|production|dev|install_links|ignore_scripts|dry_run)$/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !dropped.test(key)));
}

function installTools() {
  const lock = existsSync(`${root}package-lock.json`);
  const args = [lock ? 'ci' : 'install', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'];
  // npm_execpath: the npm that is running this script (npm sets it); else the npm on the PATH
  const npm = process.env.npm_execpath;
  console.error(`rectify: installing the build tools into ${root} (npm ${args.join(' ')})`);
  const run = npm
    ? spawnSync(process.execPath, [npm, ...args], { cwd: root, stdio: 'inherit', env: nestedNpmEnv() })
    : spawnSync('npm', args, { cwd: root, stdio: 'inherit', env: nestedNpmEnv(), shell: process.platform === 'win32' });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${run.signal ?? `exit ${run.status}`})`);
}

async function prepare() {
  const isCheckout = existsSync(`${root}src/app/main.ts`);
  if (!isCheckout) return;
  if (missingForBuild().length > 0) installTools();
  const missing = missingForBuild();
  if (missing.length > 0) throw new Error(`still missing after installing: ${missing.join(', ')}`);
  const { build } = await import('./build.js');
  build();
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  prepare().catch((error) => {
    console.error(`rectify: prepare failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
