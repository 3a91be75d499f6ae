/**
 * docs/templates.md names every field of the view templates read and every helper they may call:
 * the fields are collected from the views of every fixture ledger (together they fill every
 * optional field), so a field added to the view without its line in the reference fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/core/derive/index.js';
import { HELPERS } from '../../src/core/render/helpers.js';
import { buildView } from '../../src/core/render/view.js';
import { validateLedgerText } from '../../src/core/validate/index.js';
import { STATUSES } from '../../src/model/ledger.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const doc = readFileSync(`${root}/docs/templates.md`, 'utf8');
const documented = new Set([...doc.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!));

const ledgers = [
  'test/fixtures/validate/_full/ledger.yaml',
  ...['shapes', 'render'].flatMap((dir) => readdirSync(`${root}/test/fixtures/${dir}`).map((name) => `test/fixtures/${dir}/${name}/ledger.yaml`)),
];

/**
 * Every path of a value a template reads: fields and lists (`aspects[].issues[].title`,
 * `aspects[].intro`), a status-keyed object as `X.STATUS`, a name → value map as itself.
 */
function paths(value: unknown, path: string, out: Set<string>): void {
  if (Array.isArray(value)) {
    out.add(path);
    for (const item of value) paths(item, `${path}[]`, out);
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (path.endsWith('placeholders')) return void out.add(path);
    if (keys.length > 0 && keys.every((k) => (STATUSES as readonly string[]).includes(k))) {
      out.add(path);
      return void out.add(`${path}.STATUS`);
    }
    // an object is reached through its fields, which are what a template prints
    for (const key of keys) paths((value as Record<string, unknown>)[key], path === '' ? key : `${path}.${key}`, out);
  } else out.add(path);
}

/** How the reference writes a path documented once for several places (see its notes). */
function asDocumented(path: string): string {
  return path
    .replace(/issues\[\]\.subissues\[\]\./, 'issues[].')
    .replace(/\.(rate|measuresRate|completion)\.(done|percent|text|total)$/, (_, _name, field: string) => ` Rate.${field}`)
    .replace(/^ ?.* Rate\./, 'Rate.')
    .replace(/^facts\.(units|owners)\[\]/, 'facts.leaders[]')
    .replace(/^facts\.load\.(units|owners)\[\]/, 'facts.load.leaders[]');
}

describe('docs/templates.md', () => {
  const all = new Set<string>();
  for (const file of ledgers) {
    const result = validateLedgerText(readFileSync(`${root}/${file}`), file);
    if (!result.ledger) throw new Error(`${file} is not valid`);
    paths(buildView(result.ledger, derive(result.ledger)), '', all);
  }

  it('names every field of the view', () => {
    const missing = [...all].map(asDocumented).filter((p) => !documented.has(p));
    expect([...new Set(missing)].sort()).toEqual([]);
  });

  it('reaches the fields it promises from the fixtures: sub-issues, overdue items, metrics with targets, front matter', () => {
    for (const p of ['aspects[].issues[].subissues[].label', 'facts.overdue[].daysOverdue', 'facts.metrics[].completion.text', 'report.subtitle', 'overview[].part.label']) {
      expect(all.has(p), p).toBe(true);
    }
  });

  it('names every helper, with an example', () => {
    for (const name of Object.keys(HELPERS)) expect(doc, name).toMatch(new RegExp(`(\\{\\{#?|\\()${name}\\b`));
  });

  it('is where the unknown-field error points', () => {
    const zh = readFileSync(`${root}/src/app/messages/zh.ts`, 'utf8');
    expect(zh).toContain('docs/templates.md');
  });
});
