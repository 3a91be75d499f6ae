/**
 * Writes a Ledger back as the YAML people edit: keys in the documented order, statuses as the
 * Chinese words users type, empty lists and absent values left out so the file stays short.
 */
import { Document, isScalar, visit } from 'yaml';
import type { Aspect, Issue, Ledger, Measure, Metric, OverviewBlock } from '../../model/ledger.js';
import { statusLabel } from './cells.js';

type Plain = string | number | boolean | Plain[] | { [key: string]: Plain | undefined } | undefined;

/** Keep keys in the order given; drop undefined values and empty lists. */
function ordered(entries: [string, Plain][]): Plain {
  const out: Record<string, Plain> = {};
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

function metric(m: Metric): Plain {
  return ordered([
    ['id', m.id],
    ['name', m.name],
    ['value', m.value],
    ['unit', m.unit],
    ['target', m.target],
  ]);
}

function measure(m: Measure): Plain {
  return ordered([
    ['id', m.id],
    ['text', m.text],
    ['status', m.status && statusLabel(m.status)],
    ['due', m.due],
    ['done', m.done],
    ['owners', m.owners],
    ['evidence', m.evidence],
    ['metrics', m.metrics.map(metric)],
  ]);
}

function issue(i: Issue): Plain {
  return ordered([
    ['id', i.id],
    ['title', i.title],
    ['status', i.status && statusLabel(i.status)],
    ['leader', i.leader],
    ['units', i.units],
    ['owners', i.owners],
    ['due', i.due],
    ['done', i.done],
    ['progress', i.progress],
    ['measures', i.measures.map(measure)],
  ]);
}

function aspect(a: Aspect): Plain {
  // `issues` stays even when empty: an aspect without it would not say what it is.
  return { ...(a.id !== undefined ? { id: a.id } : {}), title: a.title, issues: a.issues.map(issue) };
}

function overviewBlock(b: OverviewBlock): Plain {
  return ordered([
    ['lead', b.lead],
    ['points', b.points?.map((p) => ordered([['title', p.title], ['text', p.text]]))],
    ['text', b.text],
    ['break', b.break],
  ]);
}

export function ledgerToPlain(ledger: Ledger): Plain {
  const { report: r, inspection: ins } = ledger;
  return ordered([
    ['rectify', ledger.rectify],
    ['report', ordered([['title', r.title], ['unit', r.unit], ['date', r.date], ['to', r.to], ['stage', r.stage]])],
    [
      'inspection',
      ordered([
        ['by', ins.by],
        ['target', ins.target],
        ['arranged_by', ins.arranged_by],
        ['kind', ins.kind],
        ['visit', ordered([['from', ins.visit.from], ['to', ins.visit.to]])],
        ['feedback', ins.feedback],
        [
          'declared',
          ins.declared &&
            ordered([
              ['aspects', ins.declared.aspects],
              ['issues', ins.declared.issues],
              ['measures', ins.declared.measures],
            ]),
        ],
      ]),
    ],
    ['people', ledger.people.map((p) => ordered([['id', p.id], ['name', p.name], ['title', p.title]]))],
    ['units', ledger.units.map((u) => ordered([['id', u.id], ['name', u.name]]))],
    ['overview', ledger.overview.map(overviewBlock)],
    ['aspects', ledger.aspects.map(aspect)],
    ['metrics', ledger.metrics.map(metric)],
    [
      'referrals',
      ledger.referrals &&
        ordered([
          ['clues', ledger.referrals.clues],
          ['petitions', ledger.referrals.petitions],
          ['text', ledger.referrals.text],
        ]),
    ],
    [
      'plans',
      ledger.plans &&
        ordered([['shortcomings', ledger.plans.shortcomings], ['lead', ledger.plans.lead], ['items', ledger.plans.items]]),
    ],
    ['appendix', ledger.appendix.ledger ? { ledger: true } : undefined],
    ['redact', ledger.redact.map((x) => ordered([['text', x.text], ['mask', x.mask]]))],
  ]);
}

export interface YamlWriteOptions {
  /** Path of `schemas/ledger.schema.json` relative to the output file, for the editor's language server. */
  schemaPath?: string;
  /** Comment lines placed at the top, e.g. what the user still has to fill in. */
  comments?: string[];
}

export function ledgerToYaml(ledger: Ledger, options: YamlWriteOptions = {}): string {
  const head: string[] = [];
  if (options.schemaPath) head.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  for (const line of options.comments ?? []) head.push(line === '' ? '#' : `# ${line}`);
  const doc = new Document(ledgerToPlain(ledger), { aliasDuplicateObjects: false });
  // Id lists (owners, units) read best on one line: `owners: [p1, p2]`.
  visit(doc, {
    Seq(_, seq) {
      const short = seq.items.every((x) => isScalar(x) && typeof x.value === 'string' && /^[\w.-]+$/.test(x.value));
      if (short && seq.items.length > 0) seq.flow = true;
    },
  });
  const body = doc.toString({ lineWidth: 0, indent: 2 });
  return head.length > 0 ? `${head.join('\n')}\n${body}` : body;
}
