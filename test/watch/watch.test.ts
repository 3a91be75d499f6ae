/**
 * `rectify build --watch`: the real binary in a subprocess on a temp folder. It rebuilds when the
 * ledger or a template changes, never because of the files it writes itself, and ends with exit 0
 * on Ctrl+C (SIGINT).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyChange, watchBuild, type WatchPlan } from '../../src/app/watch/watch-files.js';
import { shippedTemplateSetDir } from '../../src/host/template-set.js';
import { BIN, ensureBuilt, ROOT } from '../cli/run-cli.js';

const example = readFileSync(join(ROOT, 'examples/justice-bureau/ledger.yaml'), 'utf8');
const root = mkdtempSync(join(tmpdir(), 'rectify-watch-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(() => ensureBuilt());
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('which events rebuild', () => {
  const plan: WatchPlan = {
    ledgers: ['/w/jb.yaml', '/w/other/b.yaml'],
    templateDir: '/w/tpl',
    outputs: new Set(['/w/jb.md', '/w/jb.docx', '/w/tpl/out.md']),
  };
  it('a ledger rebuilds itself, a template file rebuilds all; outputs, temp files and strangers do nothing', () => {
    expect(classifyChange('/w', 'jb.yaml', plan)).toEqual({ kind: 'ledger', path: '/w/jb.yaml' });
    expect(classifyChange('/w/other', 'b.yaml', plan)).toEqual({ kind: 'ledger', path: '/w/other/b.yaml' });
    expect(classifyChange('/w/tpl', 'report.md.hbs', plan)).toEqual({ kind: 'templates' });
    expect(classifyChange('/w/tpl', 'partials/opening.hbs', plan)).toEqual({ kind: 'templates' });
    for (const [dir, name] of [
      ['/w', 'jb.md'],
      ['/w', 'jb.docx'],
      ['/w', '.jb.md.123.ab12cd.tmp'],
      ['/w', 'notes.yaml'],
      ['/w/other', 'jb.yaml'],
      ['/w/tpl', 'out.md'],
      ['/w/tpl', '.report.md.hbs.swp'],
      ['/w/tpl', 'report.md.hbs~'],
      ['/w/tpl', '4913'],
      ['/w/tpl', 'partials/.opening.hbs.swp'],
    ] as const) {
      expect(classifyChange(dir, name, plan), `${dir}/${name}`).toBeUndefined();
    }
    expect(classifyChange('/w', null, plan)).toBeUndefined();
  });
});

describe('the watch and its first build', () => {
  it('watches before the first build: a ledger saved while it runs is built after it, not missed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rectify-watch-first-'));
    try {
      const ledger = join(dir, 'jb.yaml');
      writeFileSync(ledger, 'a\n');
      mkdirSync(join(dir, 'tpl'));
      const controller = new AbortController();
      const rebuilt: string[][] = [];
      const done = watchBuild({
        plan: { ledgers: [ledger], templateDir: join(dir, 'tpl'), outputs: new Set() },
        signal: controller.signal,
        debounceMs: 20,
        // the user saves the ledger while the first build runs
        initial: async () => {
          writeFileSync(ledger, 'b\n');
          await sleep(200);
        },
        rebuild: async (change) => {
          rebuilt.push(change.ledgers);
          controller.abort();
        },
      });
      await done;
      expect(rebuilt).toEqual([[ledger]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends with the error of a build that throws', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rectify-watch-error-'));
    try {
      const done = watchBuild({
        plan: { ledgers: [join(dir, 'jb.yaml')], templateDir: dir, outputs: new Set() },
        signal: new AbortController().signal,
        initial: async () => {
          throw new Error('a bug');
        },
        rebuild: async () => {},
      });
      await expect(done).rejects.toThrow('a bug');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rectify build --watch', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('rebuilds on a ledger or template change, not on its own outputs, and exits 0 on SIGINT', async () => {
    const cwd = join(root, 'w');
    mkdirSync(cwd);
    writeFileSync(join(cwd, 'jb.yaml'), example);
    cpSync(shippedTemplateSetDir('default'), join(cwd, 'tpl'), { recursive: true });

    let stderr = '';
    child = spawn(process.execPath, [BIN, '--lang', 'en', 'build', 'jb.yaml', '--templates', 'tpl', '--format', 'md,docx', '--watch'], {
      cwd,
      env: { PATH: process.env.PATH ?? '' },
    });
    child.stderr!.on('data', (c) => (stderr += String(c)));
    const exited = new Promise<number | null>((r) => child!.on('exit', (code) => r(code)));
    const rebuilds = () => stderr.split('\n').filter((l) => /\] wrote jb\.md, jb\.docx$/.test(l)).length;
    const waitFor = async (what: () => boolean, label: string) => {
      // generous: a loaded CI machine may take many seconds to notice and rebuild
      for (let i = 0; i < 1200 && !what(); i++) await sleep(50);
      if (!what()) throw new Error(`timed out waiting for ${label}; stderr:\n${stderr}`);
    };

    await waitFor(() => stderr.includes('watching 1 ledger(s) and the templates in tpl'), 'the watch to start');
    expect(rebuilds()).toBe(1);
    expect(readFileSync(join(cwd, 'jb.md'), 'utf8')).toContain('# 青禾县司法局');

    // the ledger changes: one rebuild, the new title in the report
    writeFileSync(join(cwd, 'jb.yaml'), example.replace(/^(\s+title: )(.*)$/m, '$1$2（修订）'));
    await waitFor(() => rebuilds() === 2, 'the rebuild after the ledger changed');
    expect(readFileSync(join(cwd, 'jb.md'), 'utf8')).toMatch(/^# .*（修订）$/m);

    // the outputs it just wrote must not set off another build
    await sleep(1000);
    expect(rebuilds()).toBe(2);

    // a template changes: rebuilt with the new text
    const main = join(cwd, 'tpl/report.md.hbs');
    writeFileSync(main, readFileSync(main, 'utf8').replace('{{> opening}}', '{{> opening}}\n\n本报告为测试稿。\n'));
    await waitFor(() => rebuilds() === 3, 'the rebuild after a template changed');
    expect(readFileSync(join(cwd, 'jb.md'), 'utf8')).toContain('本报告为测试稿。');

    // an invalid ledger is reported, the watch goes on
    writeFileSync(join(cwd, 'jb.yaml'), 'report: 1\n');
    await waitFor(() => stderr.includes('jb.yaml: failed (invalid ledger)'), 'the failure line');
    await sleep(500);
    expect(rebuilds()).toBe(3);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 300_000);
});
