import { stringify } from 'yaml';
import type { InspectionKind, IsoDate } from '../../model/ledger.js';

export const INSPECTION_KINDS: readonly InspectionKind[] = ['巡察', '巡视', '审计', '督查'];

/** What `rectify init` writes when not told the unit or the kind. */
export const DEFAULT_UNIT = 'XX单位';
export const DEFAULT_KIND: InspectionKind = '巡察';

export interface StarterOptions {
  /** The inspected organisation as it signs the report, e.g. XX县司法局. */
  unit: string;
  kind: InspectionKind;
  /** The inspection team; defaults by kind (市委第一巡察组, 省委第一巡视组, …). */
  by?: string;
  /** Date the ledger is started; becomes `report.date`, the other dates are set before it. */
  today: IsoDate;
  /** What the `$schema` modeline points at, relative to the ledger file. */
  schemaRef: string;
}

/** Who usually sends a team of each kind and what the team is called. */
const KIND_DEFAULTS: Readonly<Record<InspectionKind, { arrangedBy: string; team: string }>> = {
  巡察: { arrangedBy: '市委', team: '市委第一巡察组' },
  巡视: { arrangedBy: '省委', team: '省委第一巡视组' },
  审计: { arrangedBy: '市审计局', team: '市审计局审计组' },
  督查: { arrangedBy: '市委', team: '市委督查组' },
};

export function defaultTeam(kind: InspectionKind): string {
  return KIND_DEFAULTS[kind].team;
}

/**
 * A unit name that already names a Party organisation: 党委, 党组, 党工委, 党总支, 党支部, 纪委,
 * a 县委/市委/省委…, or 中共…委员会. Such a name is the inspected organisation as it is.
 */
const PARTY_ORGANISATION = /(?:党委|党组|党工委|党总支|党支部|纪委|工委|[省市县区州旗盟镇乡]委)$|^中共.*委员会$/;

/**
 * The inspected organisation of a unit: its Party group (XX县司法局 → XX县司法局党组), unless the
 * name already is a Party organisation (XX县委, XX镇党委); an audit inspects the unit itself.
 */
export function inspectedTarget(unit: string, kind: InspectionKind): string {
  if (kind === '审计' || PARTY_ORGANISATION.test(unit)) return unit;
  return `${unit}党组`;
}

/**
 * Who sent a team, read off its name: 县委第二巡察组 → 县委, 八届市委巡察四组 → 市委, 省委第三巡视组 →
 * 省委, XX市审计局审计组 → XX市审计局. A name that does not say (一个专项检查组) keeps the kind's default.
 */
export function arrangedByOf(team: string, kind: InspectionKind): string {
  // a term number first (八届, 十四届) is the body's, not the sender's name
  const name = team.replace(/^[一二三四五六七八九十百〇零\d]+届/u, '');
  const cut = /第[一二三四五六七八九十百〇零\d]+|巡察|巡视|审计组|督查/u.exec(name);
  const sender = cut ? name.slice(0, cut.index) : '';
  return /(?:委|局|厅|署|政府|办公室|领导小组|中央)$/u.test(sender) ? sender : KIND_DEFAULTS[kind].arrangedBy;
}

/** A YAML scalar for a value the user typed: plain when that is safe, quoted when it is not. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** `date` moved by whole days, still `YYYY-MM-DD`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The starter ledger: every key of format version 1 once, each with a Chinese comment saying what
 * it means, so a new user edits a working example instead of starting from a blank page. The
 * dates are placed around `today` so the file validates without warnings: the visit and the
 * feedback lie before the report date, the open measure is due after it.
 */
export function starterLedgerText(options: StarterOptions): string {
  const { unit, kind, today } = options;
  const defaults = KIND_DEFAULTS[kind];
  const team = options.by ?? defaults.team;
  const arrangedBy = options.by === undefined ? defaults.arrangedBy : arrangedByOf(options.by, kind);
  const visitFrom = addDays(today, -90);
  const visitTo = addDays(today, -88);
  const feedback = addDays(today, -60);
  const measureDone = addDays(today, -10);
  const due = addDays(today, 60);
  const title = `${unit}关于${arrangedBy}${kind}整改进展情况的报告`;
  return `# yaml-language-server: $schema=${options.schemaRef}
# 整改台账（rectify 台账格式第 1 版）
# 键名用英文，内容用中文。改完后运行：
#   rectify validate ledger.yaml        检查台账，指出错误所在的行和列
#   rectify build ledger.yaml           生成整改进展情况报告（Markdown 和 .docx）
# 问题数、措施数、完成率、责任人数等数字由工具根据台账计算，正文中用 {{issues}} 这样的
# 占位符引用，不要手写，报告中的数字就始终与台账一致。

# 台账格式版本，固定写 1
rectify: 1

# 报告本身
report:
  # 报告标题
  title: ${scalar(title)}
  # 发文机关署名，即落款单位
  unit: ${scalar(unit)}
  # 成文日期，格式 YYYY-MM-DD；也是判断整改措施是否逾期的截至日期
  date: ${today}
  # 主送机关（可选），如：${arrangedBy}${kind}工作领导小组办公室
  # to: ${arrangedBy}${kind}工作领导小组办公室
  # 报告阶段：progress 整改进展，final 整改完成
  stage: progress
  # 报告的措辞（可选）：不写时按默认句式。常用的几项，需要时去掉行首的 # 号：
  # 开头一段，可用占位符：{{arranged-by}} {{visit}} {{by}} {{target}} {{feedback}} {{feedback:md}}（不带年份）
  # opening: 根据{{arranged-by}}巡察工作统一部署，{{visit}}，{{by}}对{{target}}开展了${kind}。{{feedback}}，${kind}组向{{target}}反馈了${kind}意见。按照${kind}工作有关要求，现将${kind}整改进展情况予以公布。
  # 各部分标题（不写序号）；false 表示不要标题
  # parts: { overview: ${kind}整改工作开展情况, issues: 反馈问题整改进展情况 }
  # 方面、问题标题的写法：about、in-aspect、plain、sentence，或含 {{no}}（序号）{{title}}（标题）的句式
  # headings: { aspect: in-aspect, issue: "{{no}}关于“{{title}}”问题的整改" }
  # 每个问题整改情况的开头；{{status}} 为整改状态
  # status_line: 整改情况：{{status}}。
  # 全部措辞选项见 docs/ledger-format.md 的“The report's wording”一节

# ${kind}的基本情况，用于报告开头一段
inspection:
  # ${kind}组名称
  by: ${scalar(team)}
  # 被${kind}的单位（党组织）
  target: ${scalar(inspectedTarget(unit, kind))}
  # 根据谁的安排开展${kind}（根据……安排）
  arranged_by: ${scalar(arrangedBy)}
  # 检查类型：巡察、巡视、审计或督查
  kind: ${kind}
  # 现场${kind}的起止日期
  visit:
    # 开始日期
    from: ${visitFrom}
    # 结束日期
    to: ${visitTo}
  # 反馈${kind}意见的日期
  feedback: ${feedback}
  # ${kind}组反馈时说明的数字（可选）；与台账不符时会给出警告
  declared:
    # 方面数
    aspects: 1
    # 问题数
    issues: 1

# 人员名册（可选）：责任领导和责任人，下文用 id 引用
people:
  - # 编号，只用于在台账中引用，不出现在报告中
    id: zhang
    # 姓名
    name: 张XX
    # 职务（可选）
    title: 党组书记
  - id: li
    name: 李XX
    title: 办公室主任

# 责任单位名册（可选）：责任科室，下文用 id 引用
units:
  - # 编号
    id: office
    # 名称
    name: 办公室

# 第一部分“整改工作基本情况”：报告先自动写出问题数、完成情况和完成率，再接这里的叙述。
# 每块由引语和若干要点组成（也可以只写 text 一段文字）；break: true 的块另起一段
overview:
  - # 引语，以逗号结尾，后接各要点
    lead: 党组书记张XX同志认真履行第一责任人职责，
    # 要点，报告中依次写作“一是……二是……”
    points:
      - # 要点标题
        title: 加强领导
        # 要点内容；可用 {{measures}} 等占位符引用自动计算的数字
        text: 主持召开专题会议研究整改工作，对照反馈的{{issues}}个问题逐一梳理分析，制定整改措施{{measures}}条
      - title: 压实责任
        text: 明确{{leaders}}名责任领导、{{units}}个责任单位、{{owners}}名责任人，压紧压实整改责任

# 第二部分“反馈意见整改落实情况”：按方面分组的问题
aspects:
  - # 方面的标题
    title: 落实上级决策部署不到位
    # 这个方面下的问题
    issues:
      - # 问题编号，在台账中唯一，两轮台账对比（rectify diff）时据此对应
        id: A1
        # 问题标题；一个方面只有一个问题时可以省略
        title: 工作推进不够有力
        # 整改状态：已整改完成、正在整改、长期坚持、基本完成、未启动；不写则由各项措施推定
        status: 正在整改
        # 责任领导（people 中的 id）
        leader: zhang
        # 责任单位（units 中的 id）
        units: [office]
        # 责任人（people 中的 id）
        owners: [li]
        # 整改时限，格式 YYYY-MM-DD
        due: ${due}
        # 整改进展（可选），一句话说明目前情况
        progress: 正在按计划推进。
        # 整改措施：报告中依次写作“一是……二是……”
        measures:
          - # 措施编号（可选）；有编号时两轮台账按编号对应，否则按所在问题和顺序对应
            id: A1-1
            # 措施内容
            text: 制定工作方案，明确任务分工和完成时限，组织培训{{metrics.trained}}人次。
            # 状态
            status: 已整改完成
            # 完成日期
            done: ${measureDone}
            # 佐证材料（可选）
            evidence: [工作方案]
          - id: A1-2
            text: 建立定期调度机制，每月通报整改进展。
            status: 正在整改
            # 整改时限；逾期未完成会给出警告
            due: ${due}
            # 本措施的责任人（可选）
            owners: [li]

# 关键数字：正文中用 {{metrics.编号}} 引用
metrics:
  - # 编号
    id: trained
    # 名称
    name: 培训人次
    # 数值
    value: 0
    # 单位（可选）
    unit: 人次
    # 目标值（可选）
    target: 100

# 移交的问题线索和信访件（可选），报告中单列一项
referrals:
  # 问题线索数
  clues: 0
  # 信访件数
  petitions: 0

# 第三部分“今后整改工作打算”，报告中写作：整改落实工作还存在……等问题。下步，我们将……，……
plans:
  # 存在的不足（“整改落实工作还存在……等问题”中间的部分）
  shortcomings: 长效机制不健全、成效不够明显
  # 引语（“下步，我们将……”后面的部分）
  lead: 持续巩固整改成果
  # 今后打算，每条一句，依次用分号连接
  items:
    - 围绕建章立制，把整改中形成的好做法固化为长效机制
    - 围绕跟踪问效，定期回头看，防止问题反弹

# 附件：ledger 为 true 时在报告后附整改台账表格
appendix:
  # 是否附整改台账表格
  ledger: true

# 对外公开版本中需要隐去的地名、人名（可选），例如：
# redact:
#   - text: 张XX
#     mask: XXX
`;
}
