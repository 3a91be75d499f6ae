/**
 * The object templates see (its every field is in docs/templates.md). Built once per render from
 * the ledger and its facts: every ledger string has its placeholders filled and is
 * Markdown-escaped here, on the way in, so whatever a template does with `{{…}}` or `{{{…}}}` it
 * cannot turn ledger text into Markdown structure. Optional values are present as `null` so
 * strict-mode templates can test them with `{{#if}}`.
 *
 * What the ledger says about wording (the opening, part headings, heading patterns, the status
 * line) arrives here filled in; where the ledger says nothing the value is `null` and the template
 * writes its own default, so each template set keeps its own wording.
 */
import type { Facts, NamedRef } from '../derive/index.js';
import type { Aspect, Issue, IsoDate, Ledger, Measure, OverviewBlock, Stage, Status, Subissue } from '../../model/ledger.js';
import { STATUSES } from '../../model/ledger.js';
import { patternText, type HeadingLevelName } from '../../model/headings.js';
import { COUNT_PLACEHOLDERS, findPlaceholders } from '../../model/placeholders.js';
import { cnDate, cnDateRange, cnMonthDay } from './dates.js';
import { enumerate, enumerateParagraphs } from './enumerate.js';
import { escapeMarkdown } from './escape.js';
import { cnNumber, levelLabel } from './numerals.js';
import { fillPlaceholders } from './placeholders.js';
import { endWith, innerQuotes, JOIN_MARKS, withoutEndMarks } from './punctuation.js';
import { vocabulary, type Vocabulary } from './vocabulary.js';

export interface ViewMeasure {
  no: number;
  id: string | null;
  text: string;
  status: Status;
  done: boolean;
  overdue: boolean;
  due: IsoDate | null;
  doneDate: IsoDate | null;
  owners: string[];
}

/** How a heading of the findings is placed; the wording is `heading`, or the template's own. */
export interface ViewHeaded {
  /** Position among its siblings, from 1. */
  no: number;
  /** The numbering of its level for that position: 一、 （一） 1. （1）. */
  label: string;
  /** The Markdown heading marker of its level: `##` … `#####`. */
  mark: string;
  /** The ledger's heading pattern filled in (numbering and title), or null: the template's own wording. */
  heading: string | null;
  /** Whether it has a heading at all (a pattern `false`, or an issue alone in its aspect, has none). */
  showHeading: boolean;
  /** The heading opens its first paragraph instead of standing on a line of its own. */
  runIn: boolean;
}

export interface ViewIssue extends ViewHeaded {
  /** Position in the whole report (序号 in the attachment table); a sub-issue has its parent's. */
  seq: number;
  /** 序号 as the attachment table prints it: `3`, and `3-1` for a sub-issue of issue 3. */
  seqLabel: string;
  /** The only issue of its aspect and without a title of its own: the default set gives it no heading. */
  alone: boolean;
  id: string;
  /** The issue's title, or the aspect's when the issue has none (an aspect with one issue). */
  title: string;
  status: Status;
  done: boolean;
  overdue: boolean;
  /** Days past the due date as of report.date, when overdue. */
  overdueDays: number | null;
  progress: string | null;
  leader: string | null;
  units: string[];
  owners: string[];
  /** The issue's owners, then its measures' owners, each once (责任人 in the table). */
  allOwners: string[];
  due: IsoDate | null;
  doneDate: IsoDate | null;
  measures: ViewMeasure[];
  /** Whether it has a paragraph of its own (status, progress, measures): not a mere group of sub-issues. */
  hasBody: boolean;
  /** Paragraphs after the measures. */
  after: string[];
  /** The third level: (1) (2) …; empty for a sub-issue. */
  subissues: ViewIssue[];
}

export interface ViewAspect extends ViewHeaded {
  title: string;
  /** One issue without a title of its own: its text comes straight under the aspect heading. */
  single: boolean;
  /** Paragraphs after the aspect heading; `hasIntro` false: the ledger gave none (the template may write a subtotal). */
  intro: string[];
  hasIntro: boolean;
  issues: ViewIssue[];
  counts: { issues: number; measures: number };
  issuesByStatus: Record<Status, number>;
  rate: string;
}

export interface ViewOverviewBlock {
  lead: string | null;
  points: { title: string; text: string | null }[];
  text: string | null;
}

/** A heading of part one: a new part (一、…) or a sub-heading （一）…. */
export interface ViewSubheading {
  label: string;
  text: string;
}

/** One paragraph of part one, with the headings that stand before it. */
export interface ViewOverviewParagraph {
  /** A new part starts here (`overview[].part`). */
  part: ViewSubheading | null;
  /** A sub-heading stands before it (`overview[].heading`). */
  heading: ViewSubheading | null;
  /** The paragraph as printed; may be empty (a heading with nothing under it yet). */
  text: string;
  /** The blocks it was written from. */
  blocks: ViewOverviewBlock[];
}

/** One of the three parts' headings. */
export interface ViewPart {
  show: boolean;
  /** 一、 二、 三、 … counted over the headings shown. */
  label: string;
  /** The ledger's heading text, or null: the template's own. */
  text: string | null;
}

export interface ViewMetric {
  id: string;
  name: string;
  value: number;
  /** The value as typed (35435.70 keeps its zero). */
  text: string;
  unit: string | null;
  target: number | null;
  completion: string | null;
}

export interface ReportView {
  report: {
    title: string;
    subtitle: string | null;
    speaker: string | null;
    unit: string;
    date: IsoDate;
    to: string | null;
    stage: Stage;
    final: boolean;
    seal: boolean;
    masthead: { issuer: string; number: string | null; signer: string | null } | null;
    colophon: { cc: string[]; printer: string; printed: IsoDate } | null;
  };
  inspection: {
    by: string;
    target: string;
    arranged_by: string;
    kind: string;
    visit: { from: IsoDate; to: IsoDate } | null;
    feedback: IsoDate | null;
  };
  vocab: Vocabulary;
  facts: Facts;
  /** The ledger's opening paragraphs, or null: the template's own opening. */
  opening: string[] | null;
  /** Part one's summary sentence: `show` false: none; `text` null: the template's own. */
  summary: { show: boolean; text: string | null };
  parts: { overview: ViewPart; issues: ViewPart; plans: ViewPart };
  /** Part one, one entry per paragraph. The summary sentence opens the first. */
  overview: ViewOverviewParagraph[];
  /** Paragraphs of part two before the first aspect. */
  issuesIntro: string[];
  aspects: ViewAspect[];
  /** Number of the referrals heading: it continues after the aspects, （六） after five. */
  referralsNo: number;
  referrals: { show: boolean; label: string; mark: string; clues: number; petitions: number; text: string | null; any: boolean };
  /** The ledger's words for statuses (`report.status_words`), null where it gives none. */
  statusWords: Record<Status, string | null>;
  /** The ledger's status line split at `{{status}}`; `custom` false: the template's own. */
  statusLine: { custom: boolean; before: string; hasStatus: boolean; after: string };
  plans: { shortcomings: string | null; lead: string | null; items: string[] } | null;
  metrics: ViewMetric[];
  appendix: { ledger: boolean };
}

/** The heading marker of a level (1 = 一、): `##`, `###`, … */
const markOf = (level: number) => '#'.repeat(Math.min(level, 4) + 1);

/**
 * Values for every placeholder: the derived figures, their Chinese numerals, the ledger's texts and
 * dates. Texts are raw here; the filled text is escaped as a whole.
 */
export function placeholderValues(ledger: Ledger, facts: Facts): Record<string, string> {
  const { inspection } = ledger;
  const vocab = vocabulary(inspection.kind, ledger.report.stage);
  const values: Record<string, string> = {
    ...facts.placeholders,
    by: inspection.by,
    target: inspection.target,
    'arranged-by': inspection.arranged_by,
    kind: vocab.kind,
    team: vocab.team,
    opinion: vocab.opinion,
    'report-date': cnDate(ledger.report.date),
    'report-date:md': cnMonthDay(ledger.report.date),
  };
  if (inspection.visit) {
    values.visit = cnDateRange(inspection.visit.from, inspection.visit.to);
    values['visit-from'] = cnDate(inspection.visit.from);
    values['visit-to'] = cnDate(inspection.visit.to);
    values['visit-from:md'] = cnMonthDay(inspection.visit.from);
    values['visit-to:md'] = cnMonthDay(inspection.visit.to);
  }
  if (inspection.feedback !== undefined) {
    values.feedback = cnDate(inspection.feedback);
    values['feedback:md'] = cnMonthDay(inspection.feedback);
  }
  return withNumerals(values);
}

/** `{{aspects:cn}}` → 六 for every count present. */
function withNumerals(values: Record<string, string>): Record<string, string> {
  for (const name of COUNT_PLACEHOLDERS) if (values[name] !== undefined) values[`${name}:cn`] = cnNumber(Number(values[name]));
  return values;
}

/**
 * A heading pattern filled: `{{no}}` the level's numbering, `{{title}}` the title. A title set
 * between “ ” has its own “…” turned into ‘…’; a mark the pattern sets right after the title
 * follows the joining rule (a title ending in 。 takes no second 。).
 */
export function fillHeading(pattern: string, label: string, title: string, values: Readonly<Record<string, string>>): string {
  let out = '';
  let at = 0;
  for (const use of findPlaceholders(pattern)) {
    out += pattern.slice(at, use.offset);
    at = use.offset + use.length;
    if (use.name === 'no') out += label;
    else if (use.name === 'title') {
      const quoted = pattern[use.offset - 1] === '“' && pattern[at] === '”';
      const text = quoted ? innerQuotes(title) : title;
      const next = pattern[at];
      if (next !== undefined && JOIN_MARKS.includes(next)) {
        out += endWith(text, next);
        at += 1;
      } else out += text;
    } else out += values[use.name] ?? pattern.slice(use.offset, use.offset + use.length);
  }
  return out + pattern.slice(at);
}

export function buildView(ledger: Ledger, facts: Facts): ReportView {
  const values = placeholderValues(ledger, facts);
  const fill = (text: string, scope: Readonly<Record<string, string>> = values): string => escapeMarkdown(fillPlaceholders(text, scope));
  const prose = (text: string): string => fill(text);
  const opt = (text: string | undefined): string | null => (text === undefined ? null : prose(text));
  const people = new Map(ledger.people.map((p) => [p.id, p.name]));
  const units = new Map(ledger.units.map((u) => [u.id, u.name]));
  const personName = (id: string): string => escapeMarkdown(people.get(id) ?? id);
  const unitName = (id: string): string => escapeMarkdown(units.get(id) ?? id);
  const issueFacts = new Map(facts.issues.flatMap((f) => [f, ...f.subissues]).map((f) => [f.path, f]));
  const overdueDays = new Map(facts.overdue.map((o) => [o.path, o.daysOverdue]));
  const report = ledger.report;
  const headings = report.headings;
  const runIn = new Set<HeadingLevelName>(headings?.run_in ?? []);
  const asParts = headings?.aspects_as_parts === true;

  // ---- the parts and their numbering: 一、二、… over the headings shown
  let partNo = 0;
  const part = (setting: string | boolean | undefined, shown = true): ViewPart => {
    const show = shown && setting !== false;
    return { show, label: show ? levelLabel(1, ++partNo) : '', text: typeof setting === 'string' ? prose(setting) : null };
  };
  const overviewPart = part(report.parts?.overview);
  const overview = overviewParagraphs(ledger.overview, report.summary, () => levelLabel(1, ++partNo), prose);
  const issuesPart = part(report.parts?.issues, !asParts);

  // ---- the findings
  const aspectLevel = asParts ? 1 : 2;
  const pattern = (level: HeadingLevelName): string | false | null => {
    const p = headings?.[level];
    return p === false ? false : typeof p === 'string' ? patternText(p) : null;
  };
  const headed = (level: HeadingLevelName, depth: number, no: number, label: string, title: string, shown: boolean, hasBody: boolean): ViewHeaded => {
    const p = pattern(level);
    return {
      no,
      label,
      mark: markOf(depth),
      heading: typeof p === 'string' ? escapeMarkdown(fillHeading(p, label, fillPlaceholders(title, values), values)) : null,
      showHeading: shown && p !== false,
      runIn: runIn.has(level) && hasBody,
    };
  };

  let seq = 0;
  const viewIssue = (issue: Issue | Subissue, path: string, no: number, fallbackTitle: string, level: HeadingLevelName, depth: number, alone: boolean, parentSeq?: number): ViewIssue => {
    const f = issueFacts.get(path);
    if (!f) throw new Error(`facts do not match the ledger at ${path}`);
    const subs: Subissue[] = 'subissues' in issue ? issue.subissues : [];
    const rawTitle = issue.title ?? fallbackTitle;
    const hasBody = !(subs.length > 0 && issue.measures.length === 0 && issue.progress === undefined);
    const thisSeq = parentSeq ?? ++seq;
    const ownerIds = [...new Set([...issue.owners, ...issue.measures.flatMap((m) => m.owners)])];
    const h = headed(level, depth, no, levelLabel(depth, no), rawTitle, true, hasBody);
    // fields written out, not spread: a literal built by spreading is a slow object to read
    // thousands of times while rendering
    return {
      no: h.no,
      label: h.label,
      mark: h.mark,
      heading: h.heading,
      showHeading: h.showHeading,
      runIn: h.runIn,
      seq: thisSeq,
      seqLabel: parentSeq === undefined ? String(thisSeq) : `${parentSeq}-${no}`,
      alone,
      id: issue.id,
      title: prose(rawTitle),
      status: f.status,
      done: f.status === 'done',
      overdue: f.overdue,
      overdueDays: overdueDays.get(f.path) ?? null,
      progress: opt(issue.progress),
      leader: issue.leader === undefined ? null : personName(issue.leader),
      units: issue.units.map(unitName),
      owners: issue.owners.map(personName),
      allOwners: ownerIds.map(personName),
      due: issue.due ?? null,
      doneDate: issue.done ?? null,
      measures: issue.measures.map((m: Measure, k) => {
        const mf = f.measures[k];
        const status = mf?.status ?? 'not-started';
        return {
          no: k + 1,
          id: m.id ?? null,
          text: prose(m.text),
          status,
          done: status === 'done',
          overdue: mf?.overdue ?? false,
          due: m.due ?? null,
          doneDate: m.done ?? null,
          owners: m.owners.map(personName),
        };
      }),
      hasBody,
      after: (issue.after ?? []).map(prose),
      subissues: subs.map((sub, k) => viewIssue(sub, `${path}.subissues[${k}]`, k + 1, rawTitle, 'subissue', depth + 1, false, thisSeq)),
    };
  };

  const aspects: ViewAspect[] = ledger.aspects.map((aspect: Aspect, a) => {
    const aspectFacts = facts.aspects[a];
    const single = aspect.issues.length === 1 && aspect.issues[0]!.title === undefined;
    const no = asParts ? ++partNo : a + 1;
    const intro = aspect.intro ?? [];
    const scope = aspectFacts ? withNumerals({ ...values, ...aspectFacts.placeholders }) : values;
    const h = headed('aspect', aspectLevel, no, levelLabel(aspectLevel, no), aspect.title, true, intro.length > 0);
    return {
      no: h.no,
      label: h.label,
      mark: h.mark,
      heading: h.heading,
      showHeading: h.showHeading,
      runIn: h.runIn,
      title: prose(aspect.title),
      single,
      intro: intro.map((t) => fill(t, scope)),
      hasIntro: aspect.intro !== undefined,
      issues: aspect.issues.map((issue, i) => viewIssue(issue, `aspects[${a}].issues[${i}]`, i + 1, aspect.title, 'issue', aspectLevel + 1, single)),
      counts: { issues: aspectFacts?.issues ?? 0, measures: aspectFacts?.measures ?? 0 },
      issuesByStatus: aspectFacts?.issuesByStatus ?? facts.issuesByStatus,
      rate: aspectFacts?.rate.text ?? '0%',
    };
  });

  const referralsNo = asParts ? partNo + 1 : ledger.aspects.length + 1;
  const referralsShown = ledger.referrals !== undefined;
  if (asParts && referralsShown) partNo += 1;
  // a heading with nothing under it is no part: part three stands only when the ledger has plans
  const plansPart = part(report.parts?.plans, ledger.plans !== undefined);

  const statusLine = report.status_line;
  const custom = statusLine !== undefined && statusLine !== true;
  const [before, after] = typeof statusLine === 'string' ? splitAtStatus(statusLine) : ['', undefined];

  return {
    report: {
      title: prose(report.title),
      subtitle: opt(report.subtitle),
      speaker: opt(report.speaker),
      unit: prose(report.unit),
      date: report.date,
      // The template adds the addressee's colon; one typed in the ledger is not doubled.
      to: report.to === undefined ? null : prose(withoutEndMarks(report.to)),
      stage: report.stage,
      final: report.stage === 'final',
      seal: report.seal === true,
      masthead: report.masthead ? { issuer: prose(report.masthead.issuer), number: opt(report.masthead.number), signer: opt(report.masthead.signer) } : null,
      colophon: report.colophon ? { cc: report.colophon.cc.map(prose), printer: prose(report.colophon.printer), printed: report.colophon.printed } : null,
    },
    inspection: {
      by: prose(ledger.inspection.by),
      target: prose(ledger.inspection.target),
      arranged_by: prose(ledger.inspection.arranged_by),
      kind: ledger.inspection.kind,
      visit: ledger.inspection.visit ? { ...ledger.inspection.visit } : null,
      feedback: ledger.inspection.feedback ?? null,
    },
    vocab: { ...vocabulary(ledger.inspection.kind, report.stage), countWord: report.count_word ?? '项' },
    facts: escapeFactNames(facts),
    opening: report.opening ? report.opening.map(prose) : null,
    summary: { show: report.summary !== false, text: typeof report.summary === 'string' ? prose(report.summary) : null },
    parts: { overview: overviewPart, issues: issuesPart, plans: plansPart },
    overview,
    issuesIntro: (ledger.issues_intro ?? []).map(prose),
    aspects,
    referralsNo,
    referrals: {
      show: referralsShown,
      label: levelLabel(aspectLevel, referralsNo),
      mark: markOf(aspectLevel),
      clues: facts.referrals.clues,
      petitions: facts.referrals.petitions,
      text: opt(facts.referrals.text),
      any: facts.referrals.any,
    },
    statusWords: Object.fromEntries(STATUSES.map((s) => [s, report.status_words?.[s] !== undefined ? prose(report.status_words[s]!) : null])) as Record<Status, string | null>,
    statusLine: { custom, before: custom ? prose(before) : '', hasStatus: after !== undefined, after: after !== undefined ? prose(after) : '' },
    plans: ledger.plans
      ? { shortcomings: opt(ledger.plans.shortcomings), lead: opt(ledger.plans.lead), items: ledger.plans.items.map(prose) }
      : null,
    metrics: facts.metrics.map((m) => ({
      id: m.id,
      name: prose(m.name),
      value: m.value,
      text: m.text,
      unit: opt(m.unit),
      target: m.target ?? null,
      completion: m.completion?.text ?? null,
    })),
    appendix: { ledger: ledger.appendix.ledger },
  };
}

/** `整改情况：{{status}}。` → [`整改情况：`, `。`]; without `{{status}}`, the whole text and no status. */
function splitAtStatus(line: string): [string, string | undefined] {
  const use = findPlaceholders(line).find((u) => u.name === 'status');
  return use ? [line.slice(0, use.offset), line.slice(use.offset + use.length)] : [line, undefined];
}

/**
 * Part one as paragraphs. Blocks flow into one paragraph unless a block starts a new one (`break`,
 * a `part` or `heading` before it, or points laid out one paragraph each). The summary sentence
 * opens the first paragraph; when that paragraph must start on its own (a heading, a break), an
 * empty first paragraph leaves the summary standing alone.
 */
function overviewParagraphs(
  blocks: readonly OverviewBlock[],
  summary: string | boolean | undefined,
  nextPart: () => string,
  prose: (text: string) => string,
): ViewOverviewParagraph[] {
  const paragraphs: ViewOverviewParagraph[] = [];
  let headingNo = 0;
  let flowing = false;
  for (const [index, block] of blocks.entries()) {
    const view: ViewOverviewBlock = {
      lead: block.lead === undefined ? null : prose(block.lead),
      points: (block.points ?? []).map((p) => ({ title: prose(p.title), text: p.text === undefined ? null : p.text.map(prose).join('') })),
      text: block.text === undefined ? null : prose(block.text),
    };
    const points = (block.points ?? []).map((p) => ({ title: prose(p.title), ...(p.text !== undefined ? { text: p.text.map(prose) } : {}) }));
    const partHeading = block.part !== undefined ? { label: nextPart(), text: prose(block.part) } : null;
    const subheading = block.heading !== undefined ? { label: levelLabel(2, ++headingNo), text: prose(block.heading) } : null;
    const apart = block.layout === 'paragraphs';
    const fresh = block.break === true || partHeading !== null || subheading !== null || apart || !flowing;
    if (index === 0 && summary !== false && (block.break === true || partHeading !== null || subheading !== null || apart)) {
      // the summary sentence stands alone before this block
      paragraphs.push({ part: null, heading: null, text: '', blocks: [] });
    }
    if (apart) {
      const texts = [...(view.lead ? [view.lead] : []), ...enumerateParagraphs(points, block.label), ...(view.text ? [view.text] : [])];
      texts.forEach((text, i) => paragraphs.push({ part: i === 0 ? partHeading : null, heading: i === 0 ? subheading : null, text, blocks: [view] }));
      if (texts.length === 0) paragraphs.push({ part: partHeading, heading: subheading, text: '', blocks: [view] });
      flowing = false;
      continue;
    }
    const text = (view.lead ?? '') + (points.length > 0 ? enumerate(points, block.label) : '') + (view.text ?? '');
    const last = paragraphs[paragraphs.length - 1];
    if (fresh || !last) paragraphs.push({ part: partHeading, heading: subheading, text, blocks: [view] });
    else {
      last.text += text;
      last.blocks.push(view);
    }
    flowing = true;
  }
  return paragraphs;
}

/** Facts carry register names and ledger text; templates get them escaped like everything else. */
function escapeFactNames(facts: Facts): Facts {
  const ref = (r: NamedRef): NamedRef => ({ ...r, name: escapeMarkdown(r.name) });
  return {
    ...facts,
    leaders: facts.leaders.map(ref),
    units: facts.units.map(ref),
    owners: facts.owners.map(ref),
    load: {
      leaders: facts.load.leaders.map((e) => ({ ...e, name: escapeMarkdown(e.name) })),
      units: facts.load.units.map((e) => ({ ...e, name: escapeMarkdown(e.name) })),
      owners: facts.load.owners.map((e) => ({ ...e, name: escapeMarkdown(e.name) })),
    },
    overdue: facts.overdue.map((o) => ({ ...o, text: escapeMarkdown(o.text) })),
    metrics: facts.metrics.map((m) => ({ ...m, name: escapeMarkdown(m.name) })),
    referrals: {
      ...facts.referrals,
      ...(facts.referrals.text !== undefined ? { text: escapeMarkdown(facts.referrals.text) } : {}),
    },
    aspects: facts.aspects.map((a) => ({ ...a, title: escapeMarkdown(a.title) })),
  };
}
