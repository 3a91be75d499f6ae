/**
 * The ledger's shape, written once. The JSON Schema (schemas/ledger.schema.json, generated from
 * this by `npm run build`), the `Ledger` types, the normaliser, the key order of a written ledger
 * and the walks over dates, ids and references all follow from it: a new key is one line here
 * (plus its documentation in docs/ledger-format.md and, when users should see it, the starter
 * ledger of `rectify init`).
 *
 * The descriptions are what editors show on hover: plain Chinese for the people who keep the 台账.
 */
import { STATUS_ALIASES, STATUS_MEANINGS, STATUSES, type Status } from './ledger.js';
import { constant, count, date, defaulted, flag, list, number, object, oneOf, optional, required, status, text, textOrObject, toJsonSchema } from './shape.js';

const metric = object(
  '关键数据：可在正文中用 {{metrics.ID}} 引用，并列入附件台账',
  {
    id: required(text('数据编号，在整本台账中唯一，用于 {{metrics.编号}} 占位符', 'id', true)),
    name: required(text('数据名称，例如“参与律师人数”', 'prose', true)),
    value: required(number('数据的数值')),
    unit: optional(text('计量单位，例如“名”“家”“件”')),
    target: optional(number('目标值（可选）')),
  },
  'metric',
);

const measure = object(
  '一条整改措施，报告中写作“一是……二是……”',
  {
    id: optional(text('措施编号（可选），在整本台账中唯一', 'id', true)),
    text: required(text('措施内容，原样写入报告；可使用 {{…}} 占位符', 'prose', true)),
    status: optional(status('措施的整改状态；不写时随所属问题')),
    due: optional(date('整改时限，YYYY-MM-DD')),
    done: optional(date('完成日期，YYYY-MM-DD，不得晚于报告日期')),
    owners: defaulted(list('责任人：people 中的人员编号', text('人员编号（people[].id）', 'person')), []),
    evidence: defaulted(list('佐证材料名称', text('一份佐证材料，例如文件名或文号')), []),
    metrics: defaulted(list('本措施的关键数据', metric), []),
  },
  'measure',
);

const issue = object(
  '一个具体问题（反馈意见中的一项问题）',
  {
    id: required(text('问题编号，在整本台账中唯一，例如 1-1', 'id', true)),
    title: optional(text('问题表述；该方面只有一个问题时可省略', 'prose', true)),
    status: optional(status('问题的整改状态；不写时由各项措施的状态推定')),
    leader: optional(text('责任领导：people 中的人员编号', 'person', true)),
    units: defaulted(list('责任单位：units 中的单位编号', text('单位编号（units[].id）', 'unit')), []),
    owners: defaulted(list('责任人：people 中的人员编号', text('人员编号（people[].id）', 'person')), []),
    due: optional(date('整改时限，YYYY-MM-DD')),
    done: optional(date('完成日期，YYYY-MM-DD，不得晚于报告日期')),
    progress: optional(text('整改进展的补充说明（可选）')),
    measures: defaulted(list('整改措施，依次写作“一是……二是……”', measure), []),
  },
  'issue',
);

const aspect = object(
  '反馈意见的一个方面，报告中写作（一）（二）……',
  {
    id: optional(text('方面编号（可选），在整本台账中唯一', 'id', true)),
    title: required(text('方面表述，例如“落实上级决策部署不到位”', 'prose', true)),
    issues: required(list('该方面下的具体问题', issue, 1)),
  },
  'aspect',
);

export const LEDGER = object('巡察（巡视、审计、督查）反馈问题整改台账。rectify 据此校验并生成整改进展情况报告。', {
  rectify: required(constant('台账格式版本，目前固定为 1', 1)),
  report: required(
    object('报告本身的信息', {
      title: required(text('报告标题，例如“XX县司法局关于……整改进展情况的报告”', 'prose', true)),
      unit: required(text('发文机关署名', 'prose', true)),
      date: required(date('成文日期，YYYY-MM-DD；也是判断逾期的基准日')),
      to: optional(text('主送机关（可选）')),
      stage: defaulted(
        oneOf('报告阶段：progress 整改进展（默认）或 final 整改完成', [
          ['progress', 'progress：整改进展情况报告（整改进展）'],
          ['final', 'final：整改完成情况报告（整改完成）'],
        ]),
        'progress',
      ),
    }),
  ),
  inspection: required(
    object('巡察（巡视、审计、督查）本身的信息', {
      by: required(text('巡察组，例如“市委第五巡察组”', 'prose', true)),
      target: required(text('被巡察单位，例如“XX县司法局党组”', 'prose', true)),
      arranged_by: required(text('根据谁的安排，例如“市委”', 'prose', true)),
      kind: defaulted(
        oneOf('检查类型，默认“巡察”', [
          ['巡察', '巡察：党委巡察'],
          ['巡视', '巡视：党委巡视'],
          ['审计', '审计：审计机关审计'],
          ['督查', '督查：督促检查'],
        ]),
        '巡察',
      ),
      visit: required(
        object('进驻（现场检查）起止日期', {
          from: required(date('进驻开始日期，YYYY-MM-DD')),
          to: required(date('进驻结束日期，YYYY-MM-DD')),
        }),
      ),
      feedback: required(date('反馈意见的日期，YYYY-MM-DD')),
      declared: optional(
        object('巡察组反馈意见中写明的数字，rectify 会与台账实际数字核对', {
          aspects: optional(count('反馈意见中写明的方面数')),
          issues: optional(count('反馈意见中写明的问题数')),
          measures: optional(count('写明的整改措施条数')),
        }),
      ),
    }),
  ),
  people: defaulted(
    list(
      '人员名册：责任领导和责任人，以编号引用',
      object('一名人员', {
        id: required(text('人员编号，在整本台账中唯一', 'id', true)),
        name: required(text('姓名', 'name', true)),
        title: optional(text('职务（可选）')),
      }),
    ),
    [],
  ),
  units: defaulted(
    list(
      '责任单位（科室）名册，以编号引用',
      object('一个责任单位', {
        id: required(text('单位编号，在整本台账中唯一', 'id', true)),
        name: required(text('单位名称', 'prose', true)),
      }),
    ),
    [],
  ),
  overview: defaulted(
    list(
      '第一部分“整改工作基本情况”的叙述，按块排列',
      object('一段叙述：{lead, points} 或 {text}', {
        lead: optional(text('引导语，例如“XXX同志认真履行第一责任人职责，”')),
        points: optional(
          list(
            '分点叙述，依次写作“一是……二是……”',
            object('一个要点', {
              title: required(text('要点标题，例如“加强领导”', 'prose', true)),
              text: optional(text('要点内容')),
            }),
          ),
        ),
        text: optional(text('一段完整的叙述文字')),
        break: optional(flag('为 true 时从本块起另起一段')),
      }),
    ),
    [],
  ),
  aspects: required(list('反馈意见的各个方面及其问题', aspect, 1)),
  metrics: defaulted(list('全局关键数据', metric), []),
  referrals: optional(
    object('移交的问题线索和信访件', {
      clues: optional(count('移交问题线索数')),
      petitions: optional(count('移交信访件数')),
      text: optional(text('办理情况的说明')),
    }),
  ),
  plans: optional(
    object('第三部分“今后整改工作打算”', {
      shortcomings: optional(text('存在的不足')),
      lead: optional(text('引导语，例如“下步，我们将……”')),
      items: required(list('今后打算，逐条', text('一条打算'))),
    }),
  ),
  appendix: defaulted(
    object('附件', {
      ledger: defaulted(flag('为 true 时附上整改台账表'), false),
    }),
    {},
  ),
  redact: defaulted(
    list(
      '公开版本中需要遮盖的文字（地名、人名等）',
      textOrObject(
        '要遮盖的文字；或 {text, mask} 指定替换文字',
        object('要遮盖的文字；或 {text, mask} 指定替换文字', {
          text: required(text('要遮盖的文字', 'word', true)),
          mask: optional(text('替换文字，默认每个字替换为一个 X', 'word')),
        }),
        'text',
      ),
    ),
    [],
  ),
});

export type LedgerShape = typeof LEDGER;

/** The JSON Schema of the ledger: schemas/ledger.schema.json is this, written by `npm run build`. */
export function ledgerJsonSchema(): unknown {
  const words = (s: Status) => STATUS_ALIASES[s];
  return toJsonSchema(LEDGER, {
    title: '整改台账（rectify 台账格式第 1 版）',
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '日期，YYYY-MM-DD，例如 2023-12-01' },
    status: {
      description: `整改状态。可写英文（${STATUSES.join('、')}）或中文（${STATUSES.map((s) => words(s)[0]).join('、')}及其别名）`,
      type: 'string',
      enum: [...STATUSES, ...STATUSES.flatMap(words)],
      enumDescriptions: statusDescriptions(),
      markdownEnumDescriptions: statusDescriptions(),
    },
  });
}

function statusDescriptions(): string[] {
  const label = (s: Status) => STATUS_ALIASES[s][0]!;
  return [
    ...STATUSES.map((s) => `${label(s)}：${STATUS_MEANINGS[s]}`),
    ...STATUSES.flatMap((s) => STATUS_ALIASES[s].map((word) => `${word}：等同于 ${s}（${label(s)}）`)),
  ];
}
