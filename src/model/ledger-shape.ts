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
import { HEADING_PATTERN_NAMES, RUN_IN_LEVELS } from './headings.js';
import { constant, count, date, defaulted, flag, list, number, object, oneOf, optional, required, requiredUnless, status, text, textOrFlag, textOrObject, texts, toJsonSchema, type SchemaOptions } from './shape.js';

/*
 * Nodes the summary ledger (summary-shape.ts) shares with the unit ledger: one description each, so
 * the two files say the same thing the same way.
 */

/** 巡察, 巡视, 审计 or 督查: the words of the report follow it. */
export const INSPECTION_KIND = oneOf('检查类型，默认“巡察”', [
  ['巡察', '巡察：党委巡察'],
  ['巡视', '巡视：党委巡视'],
  ['审计', '审计：审计机关审计'],
  ['督查', '督查：督促检查'],
]);

export const VISIT = object('进驻（现场检查）起止日期', {
  from: required(date('进驻开始日期，YYYY-MM-DD')),
  to: required(date('进驻结束日期，YYYY-MM-DD')),
});

/** What the public version masks. */
export const REDACT = list(
  '公开版本中需要遮盖的文字（地名、人名等）',
  textOrObject(
    '要遮盖的文字；或 {text, mask} 指定替换文字',
    object('要遮盖的文字；或 {text, mask} 指定替换文字', {
      text: required(text('要遮盖的文字', 'word', true)),
      mask: optional(text('替换文字，默认每个字替换为一个 X', 'word')),
    }),
    'text',
  ),
);

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

/** What an issue and a sub-issue (the third level) both have. */
const issueFields = {
  id: required(text('问题编号，在整本台账中唯一，例如 1-1', 'id', true)),
  title: optional(text('问题表述；该方面只有一个问题时可省略', 'prose', true)),
  status: optional(status('问题的整改状态；不写时由各项措施（和子问题）的状态推定')),
  leader: optional(text('责任领导：people 中的人员编号', 'person', true)),
  units: defaulted(list('责任单位：units 中的单位编号', text('单位编号（units[].id）', 'unit')), []),
  owners: defaulted(list('责任人：people 中的人员编号', text('人员编号（people[].id）', 'person')), []),
  due: optional(date('整改时限，YYYY-MM-DD')),
  done: optional(date('完成日期，YYYY-MM-DD，不得晚于报告日期')),
  progress: optional(text('整改情况的开头一句（在状态之后、各项措施之前），例如“党组认真对照反思，即知即改。”')),
  measures: defaulted(list('整改措施，依次写作“一是……二是……”', measure), []),
  after: optional(texts('整改措施之后另起的一段（或几段）文字')),
  metrics: defaulted(list('本问题的关键数据（如问题金额），可用 {{metrics.ID}} 引用，方面的 {{sum.名称}} 会把它们加总', metric), []),
} as const;

const subissue = object(
  '一个子问题（第三层，报告中写作（1）（2）……）',
  { ...issueFields, title: required(text('子问题表述', 'prose', true)) },
  'subissue',
);

const issue = object(
  '一个具体问题（反馈意见中的一项问题）',
  { ...issueFields, subissues: defaulted(list('该问题下的子问题（第三层），写作（1）（2）……', subissue), []) },
  'issue',
);

const aspect = object(
  '反馈意见的一个方面，报告中写作（一）（二）……',
  {
    id: optional(text('方面编号（可选），在整本台账中唯一', 'id', true)),
    title: required(text('方面表述，例如“落实上级决策部署不到位”', 'prose', true)),
    intro: optional(texts('方面标题后的一段（或几段）文字，例如小计；其中 {{issues}} {{done}} {{sum.名称}} 等占位符只计本方面')),
    issues: required(list('该方面下的具体问题', issue, 1)),
    metrics: defaulted(list('本方面的关键数据（如涉及金额）', metric), []),
  },
  'aspect',
);

export const LEDGER = object('巡察（巡视、审计、督查）反馈问题整改台账。rectify 据此校验并生成整改进展情况报告。', {
  rectify: required(constant('台账格式版本，目前固定为 1', 1)),
  report: required(
    object('报告本身的信息', {
      title: required(text('报告标题，例如“XX县司法局关于……整改进展情况的报告”', 'prose', true)),
      subtitle: optional(text('标题下的副标题行（可选），例如“——2024年6月27日在XX县第十八届人民代表大会常务委员会第二十次会议上”，原样印出')),
      speaker: optional(text('副标题下的报告人行（可选），例如“县审计局局长　XXX”，原样印出')),
      unit: required(text('发文机关署名', 'prose', true)),
      date: required(date('成文日期，YYYY-MM-DD；也是判断逾期的基准日')),
      to: optional(text('主送机关（可选）')),
      seal: optional(flag('加盖印章：为 true 时发文机关署名和成文日期按 GB/T 9704 7.3.5.1 排布（成文日期右空四字，署名以日期为准居中），留出印章的位置；不写时不加盖印章（7.3.5.2）')),
      masthead: optional(
        object('版头（可选）：发文机关标志、发文字号和签发人（GB/T 9704 7.2）；不写时报告从标题开始', {
          issuer: required(text('发文机关标志，红色居中，例如“中共青禾县司法局党组文件”或“中共青禾县司法局党组”', 'prose', true)),
          number: optional(text('发文字号，例如“青司党〔2023〕12号”', 'prose', true)),
          signer: optional(text('签发人姓名（上行文）：与发文字号同行，发文字号居左、签发人居右', 'prose', true)),
        }),
      ),
      colophon: optional(
        object('版记（可选）：抄送机关、印发机关和印发日期，排在最后一页（偶数页）的下端（GB/T 9704 7.4）', {
          cc: defaulted(list('抄送机关，依次排列', text('一个抄送机关的全称或规范化简称', 'prose', true)), []),
          printer: required(text('印发机关，一般是发文机关的办公厅（室），例如“中共青禾县司法局党组办公室”', 'prose', true)),
          printed: required(date('印发日期，YYYY-MM-DD')),
        }),
      ),
      stage: defaulted(
        oneOf('报告阶段：progress 整改进展（默认）或 final 整改完成', [
          ['progress', 'progress：整改进展情况报告（整改进展）'],
          ['final', 'final：整改完成情况报告（整改完成）'],
        ]),
        'progress',
      ),
      opening: optional(texts('开头一段（或几段），可用 {{arranged-by}} {{visit}} {{by}} {{target}} {{feedback}} 等占位符；不写时按模板的默认句式')),
      summary: optional(textOrFlag('第一部分开头的概括句：不写时按模板默认写出；写一段文字（可用占位符）则用这段文字；false 不要这句')),
      parts: optional(
        object('三个部分的标题（不写序号，“一、二、三、”自动编排）；false 表示该部分不要标题', {
          overview: optional(textOrFlag('第一部分的标题，默认“整改工作基本情况”')),
          issues: optional(textOrFlag('第二部分的标题，默认“市委巡察组反馈意见整改落实情况”，可用占位符')),
          plans: optional(textOrFlag('第三部分的标题，默认“今后整改工作打算”')),
        }),
      ),
      headings: optional(
        object('方面、问题、子问题标题的写法：命名句式，或含 {{no}}（序号）和 {{title}}（标题）的句式；false 不要该层标题', {
          aspect: optional(textOrFlag(`方面标题：${HEADING_PATTERN_NAMES.join('、')}，或如“{{no}}在“{{title}}”方面”`)),
          issue: optional(textOrFlag(`问题标题：${HEADING_PATTERN_NAMES.join('、')}，或如“{{no}}关于“{{title}}”问题的整改”`)),
          subissue: optional(textOrFlag(`子问题标题：${HEADING_PATTERN_NAMES.join('、')}，或如“{{no}}关于{{title}}的问题。”`)),
          run_in: defaulted(
            list(
              '标题与正文同段（“（一）标题。正文……”）的层级',
              oneOf(
                '层级',
                RUN_IN_LEVELS.map((level) => [level, `${level}：${{ aspect: '方面', issue: '问题', subissue: '子问题' }[level]}标题后接正文`] as [typeof level, string]),
              ),
            ),
            [],
          ),
          aspects_as_parts: defaulted(flag('为 true 时各方面本身就是“一、二、……”一级标题（没有第二部分标题）'), false),
        }),
      ),
      status_line: optional(textOrFlag('每个问题整改情况的开头，例如“整改情况：{{status}}。”或“整改情况：”；false 不写；不写时按模板默认')),
      status_words: optional(
        object('各状态在报告中的写法（可选），例如 done: 已完成', {
          done: optional(text('已整改完成的写法', 'prose', true)),
          'in-progress': optional(text('正在整改的写法', 'prose', true)),
          ongoing: optional(text('长期坚持的写法', 'prose', true)),
          partial: optional(text('基本完成（部分整改）的写法', 'prose', true)),
          'not-started': optional(text('未启动的写法', 'prose', true)),
        }),
      ),
      count_word: optional(oneOf('问题的量词：项（默认）或 个', [
        ['项', '项：存在5个方面8项问题'],
        ['个', '个：巡察反馈25个问题'],
      ])),
    }),
  ),
  inspection: required(
    requiredUnless(object('巡察（巡视、审计、督查）本身的信息', {
      by: required(text('巡察组，例如“市委第五巡察组”', 'prose', true)),
      target: required(text('被巡察单位，例如“XX县司法局党组”', 'prose', true)),
      arranged_by: required(text('根据谁的安排，例如“市委”', 'prose', true)),
      kind: defaulted(INSPECTION_KIND, '巡察'),
      visit: optional(VISIT),
      feedback: optional(date('反馈意见的日期，YYYY-MM-DD；审计可不写')),
      declared: optional(
        object('巡察组反馈意见中写明的数字，rectify 会与台账实际数字核对', {
          aspects: optional(count('反馈意见中写明的方面数')),
          issues: optional(count('反馈意见中写明的问题数')),
          measures: optional(count('写明的整改措施条数')),
        }),
      ),
    }), 'kind', '审计', ['visit', 'feedback']),
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
        part: optional(text('从本块起另起一个部分（一、二、……），这是它的标题，不写序号')),
        heading: optional(text('本块前的小标题，写作“（一）……”，不写序号')),
        lead: optional(text('引导语，例如“XXX同志认真履行第一责任人职责，”')),
        points: optional(
          list(
            '分点叙述，依次写作“一是……二是……”',
            object('一个要点', {
              title: required(text('要点标题，例如“加强领导”', 'prose', true)),
              text: optional(texts('要点内容；分段排列时可写成几段')),
            }),
          ),
        ),
        text: optional(text('一段完整的叙述文字')),
        break: optional(flag('为 true 时从本块起另起一段')),
        layout: optional(
          oneOf('要点的排法', [
            ['inline', 'inline：接在同一段中（默认）'],
            ['paragraphs', 'paragraphs：每个要点单独成段'],
          ]),
        ),
        label: optional(
          oneOf('要点的序号', [
            ['一是', '一是：一是……二是……（默认）'],
            ['（一）', '（一）：（一）……（二）……'],
            ['1.', '1.：阿拉伯数字 1.……2.……'],
          ]),
        ),
      }),
    ),
    [],
  ),
  issues_intro: optional(texts('第二部分开头、各方面之前的一段（或几段）文字')),
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
  redact: defaulted(REDACT, []),
});

export type LedgerShape = typeof LEDGER;

/**
 * The dates the schema (and so the editor) accepts: `2023-12-01`, and as people also write them,
 * `2023-12-1`, `2023/12/1`, `2023.12.1`, `2023年12月1日`. Validation reads them all with the one
 * date reader (model/dates.ts) and the ledger holds `YYYY-MM-DD`; whether the day exists is the
 * calendar's question, asked after.
 */
export const DATE_PATTERN = '^\\d{4}(?:-\\d{1,2}-\\d{1,2}|/\\d{1,2}/\\d{1,2}|\\.\\d{1,2}\\.\\d{1,2}|年\\d{1,2}月\\d{1,2}日)$';

/** The JSON Schema of the ledger: schemas/ledger.schema.json is this, written by `npm run build`. */
export function ledgerJsonSchema(): unknown {
  return toJsonSchema(LEDGER, { title: '整改台账（rectify 台账格式第 1 版）', ...schemaDefinitions() });
}

/** The `date` and `status` definitions every schema of rectify's files shares. */
export function schemaDefinitions(): Omit<SchemaOptions, 'title'> {
  const words = (s: Status) => STATUS_ALIASES[s];
  return {
    date: { type: 'string', pattern: DATE_PATTERN, description: '日期，例如 2023-12-01；也可写 2023年12月1日、2023.12.1 或 2023/12/1' },
    status: {
      description: `整改状态。可写英文（${STATUSES.join('、')}）或中文（${STATUSES.map((s) => words(s)[0]).join('、')}及其别名）`,
      type: 'string',
      enum: [...STATUSES, ...STATUSES.flatMap(words)],
      enumDescriptions: statusDescriptions(),
      markdownEnumDescriptions: statusDescriptions(),
    },
  };
}

function statusDescriptions(): string[] {
  const label = (s: Status) => STATUS_ALIASES[s][0]!;
  return [
    ...STATUSES.map((s) => `${label(s)}：${STATUS_MEANINGS[s]}`),
    ...STATUSES.flatMap((s) => STATUS_ALIASES[s].map((word) => `${word}：等同于 ${s}（${label(s)}）`)),
  ];
}
