#!/usr/bin/env node
/**
 * Synthetic ledgers for the benchmarks. Deterministic: a seeded PRNG, no clock, no environment, so
 * every machine times the same bytes. The shape follows the example ledger (registers of people and
 * units, issues with their measures, Chinese measure texts of 60–200 characters), scaled up.
 *
 *   node bench/generate.js            writes every size into bench/out/
 *   node bench/generate.js --out DIR  somewhere else
 *
 * Sizes (see SIZES): the example itself; 100 issues × 5 measures; 1,000 issues × 5 measures in two
 * shapes, prose only (the report's body, no attachment) and table-heavy (the same with the ledger
 * attachment, a table row per measure); ten times the table-heavy one; and 200 example-sized
 * variants for the batch build.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const EXAMPLE = resolve(HERE, '../examples/justice-bureau/ledger.yaml');
export const DEFAULT_OUT = join(HERE, 'out');
export const BATCH_SIZE = 200;

/** The synthetic sizes; `aspects × issuesPerAspect × measuresPerIssue` measures each. */
export const SIZES = {
  m500: { seed: 500, aspects: 5, issuesPerAspect: 20, measuresPerIssue: 5, appendix: true },
  m5000prose: { seed: 5000, aspects: 10, issuesPerAspect: 100, measuresPerIssue: 5, appendix: false },
  m5000: { seed: 5000, aspects: 10, issuesPerAspect: 100, measuresPerIssue: 5, appendix: true },
  m50000: { seed: 50000, aspects: 100, issuesPerAspect: 100, measuresPerIssue: 5, appendix: true },
};

/** mulberry32: tiny, fast and good enough to pick words; the same seed gives the same ledger. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const GIVEN = [...'明华建国志强文博晓燕丽娟海涛伟东雪梅振宇家豪思远嘉怡立新素云向东明哲子涵雨轩浩然欣怡佳琪俊杰晨阳'];
const OFFICES = ['办公室', '政策法规科', '行政执法协调监督科', '律师工作管理科', '普法与依法治理科', '人民参与和促进法治科', '公共法律服务管理科', '社区矫正管理科', '法治调研督察科', '政治处', '财务装备科', '机关党委'];
const RANKS = ['科长', '副科长', '科员', '一级主任科员', '二级主任科员'];
const LEADERS = ['党组书记、局长', '党组成员、副局长', '党组成员、政治处主任', '党组成员、副局长', '四级调研员'];
const FIELDS = ['市场监管', '城市管理', '交通运输', '生态环境', '自然资源', '应急管理', '文化旅游', '农业农村', '卫生健康', '住房城乡建设', '人力资源社会保障', '税务'];
const VERBS = ['制定公布', '修订完善', '印发实施', '梳理编制', '调整公布', '建立健全', '组织开展', '研究出台'];
const DOCUMENTS = ['工作方案', '事项清单', '责任清单', '实施细则', '工作规程', '考核办法', '操作指引', '评查标准'];
const CLAUSES = [
  (r) => `${pick(r, VERBS)}《青禾县${pick(r, FIELDS)}领域${pick(r, DOCUMENTS)}（${2022 + int(r, 0, 1)}年版）》`,
  (r) => `涉及${pick(r, FIELDS)}、${pick(r, FIELDS)}等${int(r, 3, 40)}个领域${int(r, 20, 500)}项事项`,
  (r) => `通过书面通知、实地督导、调度等方式督促${pick(r, FIELDS)}部门落实整改责任`,
  (r) => `今年以来全县共办理相关案件${int(r, 10, 900)}余件，涉及金额${int(r, 2, 90)}万余元`,
  (r) => `组织全县${int(r, 8, 60)}名律师参与“法治体检”，为${int(r, 30, 500)}家企业提供免费法律服务`,
  (r) => `抽查${pick(r, FIELDS)}等${int(r, 2, 12)}个重点执法领域的${int(r, 30, 200)}余份执法案卷`,
  (r) => `发现问题${int(r, 3, 40)}个，出具《行政执法监督意见书》${int(r, 1, 9)}份`,
  (r) => `实行“台账式管理”和“销号制落实”，做到整改一个、销号一个`,
  (r) => `开展专题培训${int(r, 1, 6)}期，培训执法人员${int(r, 40, 400)}人次`,
  (r) => `建立“周总结、旬分析、月通报”工作机制，定期调度整改进展情况`,
  (r) => `在“青禾司法”公众号开设专栏，累计发布信息${int(r, 5, 60)}期`,
  (r) => `对${int(r, 3, 30)}家基层法律服务所开展现场监督检查，对发现的问题立说立改`,
  (r) => `明确${int(r, 5, 40)}条具体落实措施，提升工作质效`,
  (r) => `成立工作专班，下设综合协调组、督导检查组等${int(r, 2, 6)}个小组、${int(r, 8, 30)}名成员`,
  (r) => `印制宣传资料${int(r, 500, 9000)}余份，覆盖全县${int(r, 5, 18)}个镇（街、区）`,
  (r) => `经验做法被《云川日报》等上级媒体刊发`,
  (r) => `全县${int(r, 100, 400)}名行政执法人员参加资格考试，通过率${int(r, 90, 100)}％`,
  (r) => `将${int(r, 2, 8)}项部门内部抽查事项纳入“双随机、一公开”联合抽查`,
];
const ISSUE_TITLES = [
  (r) => `${pick(r, FIELDS)}领域执法监督用力不足`,
  (r) => `“${pick(r, ['谁执法谁普法', '首次不罚', '互联网＋监管', '法治体检'])}”机制落实不到位`,
  (r) => `${pick(r, FIELDS)}领域整改成效不够明显`,
  (r) => `对${pick(r, ['法律服务行业', '基层法律服务所', '公证机构', '司法鉴定机构'])}监管不到位`,
];
const ASPECT_TITLES = [
  '落实上级决策部署不到位，履行牵头抓总职能有差距',
  '组织推动“法治体检”不够扎实深入',
  '行政执法监督工作存在短板弱项',
  '普法力度整合不够，普法效果不佳',
  '对法律服务行业监管不到位',
  '优化营商环境法治保障不够有力',
  '基层法治建设基础薄弱',
  '干部队伍建设存在薄弱环节',
];
const EVIDENCE = ['会议纪要', '工作方案', '督导通报', '培训签到表', '检查记录', '整改台账'];

const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, list) => list[Math.floor(r() * list.length)];

/** 2023-12-01 plus `days` (may be negative), as YYYY-MM-DD; UTC so no time zone shifts it. */
function dayFrom(days) {
  return new Date(Date.UTC(2023, 11, 1 + days)).toISOString().slice(0, 10);
}

/** A measure text of 60–200 characters: clauses joined by commas up to a drawn length. */
function measureText(r) {
  const target = int(r, 60, 200);
  let text = CLAUSES[int(r, 0, 1) === 0 ? 0 : int(r, 0, CLAUSES.length - 1)](r);
  for (;;) {
    const next = pick(r, CLAUSES)(r);
    if ([...text].length + 1 + [...next].length + 1 > 200) break;
    text += `，${next}`;
    if ([...text].length + 1 >= target) break;
  }
  return `${text}。`;
}

function people(r, count) {
  const list = [];
  for (let i = 0; i < count; i++) {
    // index-built names are unique within the register, like real ones
    const name = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7 + Math.floor(i / SURNAMES.length)) % GIVEN.length] + (i >= SURNAMES.length * 4 ? GIVEN[i % GIVEN.length] : '');
    const title = i < LEADERS.length ? LEADERS[i] : `${pick(r, OFFICES)}${pick(r, RANKS)}`;
    list.push({ id: `p${String(i + 1).padStart(4, '0')}`, name, title });
  }
  return list;
}

function units(count) {
  const list = [];
  for (let i = 0; i < count; i++) {
    const office = OFFICES[i % OFFICES.length];
    list.push({ id: `u${String(i + 1).padStart(3, '0')}`, name: i < OFFICES.length ? office : `${office}（第${Math.floor(i / OFFICES.length) + 1}组）` });
  }
  return list;
}

/**
 * One ledger as YAML text, written out by hand in the example's style (flow registers, block
 * issues, plain scalars) so the reader sees what a person would type.
 */
export function generateLedger({ seed, aspects, issuesPerAspect, measuresPerIssue, appendix = false, name = '青禾县司法局' }) {
  const r = prng(seed);
  const issueCount = aspects * issuesPerAspect;
  const team = people(r, Math.max(13, 20 + Math.ceil(issueCount / 20)));
  const leaders = team.slice(1, 5);
  const staff = team.slice(5);
  const offices = units(Math.max(3, 4 + Math.ceil(issueCount / 100)));
  const lines = [];
  const out = (s) => lines.push(s);
  let measureCount = 0;
  let metricId = 0;

  const body = [];
  for (let a = 1; a <= aspects; a++) {
    body.push(`  - title: ${ASPECT_TITLES[(a - 1) % ASPECT_TITLES.length]}`);
    body.push('    issues:');
    for (let i = 1; i <= issuesPerAspect; i++) {
      const n = typeof measuresPerIssue === 'number' ? measuresPerIssue : int(r, measuresPerIssue[0], measuresPerIssue[1]);
      const measures = [];
      for (let m = 0; m < n; m++) {
        const roll = r();
        const status = roll < 0.7 ? 'done' : roll < 0.85 ? 'in-progress' : roll < 0.95 ? 'ongoing' : 'partial';
        const measure = { text: measureText(r), status, owners: [pick(r, staff).id] };
        if (status === 'done') {
          measure.done = dayFrom(-int(r, 1, 90));
          measure.due = dayFrom(int(r, 0, 30));
        } else if (status !== 'ongoing') {
          // open measures are due after the report date, so the bench ledgers carry no overdue warnings
          measure.due = dayFrom(int(r, 14, 200));
        }
        if (r() < 0.3) measure.evidence = [`${pick(r, EVIDENCE)}（${a}-${i}-${m + 1}）`];
        if (r() < 0.1) measure.metrics = [{ id: `k${++metricId}`, name: '办理案件数', value: int(r, 1, 900), unit: '件' }];
        measures.push(measure);
      }
      measureCount += n;
      const allDone = measures.every((m) => m.status === 'done');
      const unitCount = int(r, 1, 2);
      body.push(`      - id: "${a}-${i}"`);
      // an aspect with several issues needs each one's title (the format's rule); a lone issue may go without
      if (issuesPerAspect > 1 || r() < 0.6) body.push(`        title: ${pick(r, ISSUE_TITLES)(r)}`);
      // about half the issues state their status (some in Chinese); the rest are derived from measures
      if (r() < 0.5) body.push(`        status: ${allDone ? pick(r, ['done', '已整改完成', '已完成']) : pick(r, ['in-progress', '正在整改'])}`);
      body.push(`        leader: ${pick(r, leaders).id}`);
      body.push(`        units: [${Array.from({ length: unitCount }, (_, k) => offices[(a * 7 + i + k) % offices.length].id).join(', ')}]`);
      body.push(`        owners: [${measures[0].owners[0]}]`);
      const dues = measures.map((m) => m.due).filter(Boolean).sort();
      if (dues.length > 0) body.push(`        due: ${dues[dues.length - 1]}`);
      if (allDone) body.push(`        done: ${measures.map((m) => m.done).sort().at(-1)}`);
      if (!allDone && r() < 0.5) body.push(`        progress: 已完成阶段性任务，正按计划推进，预计${dues.at(-1) ?? '年底'}前完成。`);
      body.push('        measures:');
      for (const m of measures) {
        body.push(`          - text: ${m.text}`);
        body.push(`            status: ${m.status}`);
        body.push(`            owners: [${m.owners.join(', ')}]`);
        if (m.due) body.push(`            due: ${m.due}`);
        if (m.done) body.push(`            done: ${m.done}`);
        if (m.evidence) body.push(`            evidence: [${m.evidence.join(', ')}]`);
        if (m.metrics) body.push(`            metrics: [${m.metrics.map((k) => `{ id: ${k.id}, name: ${k.name}, value: ${k.value}, unit: ${k.unit} }`).join(', ')}]`);
      }
    }
  }

  out('# Generated by bench/generate.js: synthetic, deterministic; regenerate instead of editing.');
  out('rectify: 1');
  out('');
  out('report:');
  out(`  title: ${name}关于市委巡察整改进展情况的报告`);
  out(`  unit: 中共${name}党组`);
  out('  date: 2023-12-01');
  out('  stage: progress');
  out('');
  out('inspection:');
  out('  by: 市委第五巡察组');
  out(`  target: ${name}党组`);
  out('  arranged_by: 市委');
  out('  kind: 巡察');
  out('  visit: { from: 2023-08-02, to: 2023-08-04 }');
  out('  feedback: 2023-08-30');
  out(`  declared: { aspects: ${aspects}, issues: ${issueCount}, measures: ${measureCount} }`);
  out('');
  out('people:');
  for (const p of team) out(`  - { id: ${p.id}, name: ${p.name}, title: ${p.title} }`);
  out('');
  out('units:');
  for (const u of offices) out(`  - { id: ${u.id}, name: ${u.name} }`);
  out('');
  out('overview:');
  out(`  - lead: ${team[0].name}同志认真履行第一责任人职责，`);
  out('    points:');
  out('      - title: 加强领导');
  out('        text: 主持召开专题会议，对照反馈的{{issues}}个问题逐一梳理分析，制定整改措施{{measures}}条');
  out('      - title: 压实责任');
  out('        text: 明确{{leaders}}名分管领导、{{units}}个责任科室、{{owners}}名具体负责人员，压紧压实整改责任');
  out('  - lead: 局党组领导班子高度重视，');
  out('    points:');
  out('      - title: 统一思想认识');
  out('        text: 对巡察反馈问题不回避、不遮掩，不推诿、不懈怠，全盘认领。');
  out('      - title: 认真督促检查');
  out('        text: 实施“台账式管理”和“销号制落实”制度，强化跟踪督办，确保全部整改到位。');
  out('');
  out('aspects:');
  for (const line of body) out(line);
  out('');
  out('referrals: { clues: 0, petitions: 0 }');
  out('');
  out('plans:');
  out('  shortcomings: 长效机制不健全、亮点经验不多、成效不明显');
  out('  lead: 牢固树立“法治就是最佳营商环境”工作理念');
  out('  items:');
  out('    - 围绕企业法律风险防控，组织“企业法律管家”为企业提供“法治体检”服务');
  out('    - 围绕“送法进企业”专项普法宣传，实行“一企一策”精准送法');
  out('');
  out(`appendix: { ledger: ${appendix} }`);
  out('');
  out('redact:');
  out('  - 青禾');
  out('  - 云川');
  out('');
  return { text: lines.join('\n'), measures: measureCount, issues: issueCount };
}

/** Batch ledger `index` (1-based): example-sized (4 aspects, 8 issues, 24–32 measures), each its own seed. */
export function batchLedger(index) {
  const counties = ['青禾县', '云川区', '禾丰县', '清河县', '安平县'];
  return generateLedger({
    seed: 100000 + index,
    aspects: 4,
    issuesPerAspect: 2,
    measuresPerIssue: [3, 4],
    name: `${counties[index % counties.length]}司法局`,
  });
}

/** Write every size into `outDir`; returns the paths run.js times. */
export function generateAll(outDir = DEFAULT_OUT, { large = true, batch = BATCH_SIZE } = {}) {
  mkdirSync(join(outDir, 'batch'), { recursive: true });
  const paths = { example: join(outDir, 'example.yaml'), batch: [] };
  copyFileSync(EXAMPLE, paths.example);
  for (const [key, size] of Object.entries(SIZES)) {
    if (key === 'm50000' && !large) continue;
    paths[key] = join(outDir, `ledger-${key.slice(1).replace(/(\d)(?=[a-z])/, '$1-')}.yaml`);
    writeFileSync(paths[key], generateLedger(size).text);
  }
  for (let i = 1; i <= batch; i++) {
    const path = join(outDir, 'batch', `ledger-${String(i).padStart(3, '0')}.yaml`);
    writeFileSync(path, batchLedger(i).text);
    paths.batch.push(path);
  }
  return paths;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--out');
  const outDir = at > 0 ? resolve(process.argv[at + 1]) : DEFAULT_OUT;
  const paths = generateAll(outDir);
  for (const [key, value] of Object.entries(paths)) {
    console.log(`${key}: ${Array.isArray(value) ? `${value.length} files in ${dirname(value[0])}` : value}`);
  }
}
