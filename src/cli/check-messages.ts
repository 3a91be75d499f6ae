/**
 * Every word `rectify check` prints, in Chinese (the default) and English, keyed by rule id or by
 * problem code. The checks themselves (src/core/check) return params only; this file turns them
 * into a message saying what is wrong and a hint saying how to fix it in Word or WPS.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import type { RuleId, RuleParams } from '../core/check/types.js';

export interface RuleText {
  /** a short name, for --verbose and the docs */
  name: string;
  /** what is wrong, from the rule's params */
  message(p: RuleParams): string;
  /** how to fix it, in Word/WPS terms */
  hint(p: RuleParams): string;
  /** why the rule did not apply (the element is not in the document) */
  absent: string;
}

const s = (v: string | number | undefined): string => (v === undefined ? '' : String(v));
const pt = (twips: string | number | undefined): string => (typeof twips === 'number' ? String(Math.round((twips / 20) * 10) / 10) : s(twips));
const MIB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Chinese

const ALIGN_ZH: Record<string, string> = { center: '居中', left: '左对齐', right: '右对齐', both: '两端对齐', distribute: '分散对齐', outside: '外侧', inside: '内侧', none: '无' };
const alignZh = (a: string | number | undefined) => s(a).split('/').map((x) => ALIGN_ZH[x] ?? x).join('、');
const FOOTER_ZH: Record<string, string> = { default: '奇数页（默认）', even: '偶数页', first: '首页' };
const RULE_WORD_ZH: Record<string, string> = { exact: '固定值', auto: '多倍行距', atLeast: '最小值' };

function lineZh(p: RuleParams): string {
  if (p.line === 'none') return p.lineRule === 'auto' ? '单倍行距' : '未设行距';
  const line = Number(p.line);
  return p.lineRule === 'exact' || p.lineRule === 'atLeast' ? `${RULE_WORD_ZH[s(p.lineRule)]} ${pt(line)} 磅` : `${RULE_WORD_ZH.auto} ${Math.round((line / 240) * 100) / 100} 倍`;
}

function indentZh(p: RuleParams): string {
  const parts: string[] = [];
  if (typeof p.firstLineChars === 'number' && p.firstLineChars !== 0) parts.push(`首行缩进 ${p.firstLineChars / 100} 字符`);
  else if (typeof p.firstLineTwips === 'number') parts.push(`首行缩进 ${pt(p.firstLineTwips)} 磅`);
  else parts.push('无首行缩进');
  if (typeof p.leftTwips === 'number' && p.leftTwips !== 0) parts.push(`左缩进 ${pt(p.leftTwips)} 磅`);
  return parts.join('，');
}

const PAGE_NUMBER_HINT_ZH =
  '在页脚插入页码：Word“插入 → 页码 → 页面底端”，WPS“插入 → 页码”；页码用 4 号半角宋体阿拉伯数字，左右各放一条一字线，如“— 1 —”';
const SIDES_HINT_ZH =
  '设置“奇偶页不同”（Word“布局 → 页面设置 → 版式 → 页眉和页脚：奇偶页不同”，WPS“页面布局 → 页眉页脚选项 → 奇偶页不同”）；奇数页页脚右对齐、右缩进 1 字符，偶数页页脚左对齐、左缩进 1 字符，两处都插入页码';
const LINE_HINT_ZH =
  '段落“行距：固定值 28.95 磅”（Word、WPS 的“段落”对话框）；或“页面设置 → 文档网格 → 只指定行网格，每页 22 行”，段落用单倍行距并勾选“如果定义了文档网格，则对齐到网格”';
const A4_HINT_ZH = '纸张设为 A4（210 × 297 毫米）：Word“布局 → 纸张大小 → A4”，WPS“页面布局 → 纸张大小 → A4”；正文用纵向，只有附件表格所在的节可以横向（“纸张方向 → 横向”）';
const MARGIN_HINT_ZH = '页边距：上 37 毫米、下 35 毫米、左 28 毫米、右 26 毫米（Word“布局 → 页边距 → 自定义边距”，WPS“页面布局 → 页边距 → 自定义页边距”），版心 156 × 225 毫米';

const ZH: Record<RuleId, RuleText> = {
  'page-a4': {
    name: '纸张 A4',
    message: (p) =>
      p.orientation === 'missing'
        ? `第 ${s(p.section)} 节没有设置纸张大小`
        : p.section === 1 && p.orientation === 'landscape'
          ? `正文所在的第 1 节为横向（${s(p.widthMm)} × ${s(p.heightMm)} 毫米），应为纵向 A4`
          : `第 ${s(p.section)} 节纸张为 ${s(p.widthMm)} × ${s(p.heightMm)} 毫米，不是 A4（210 × 297 毫米）`,
    hint: () => A4_HINT_ZH,
    absent: '',
  },
  'page-margins': {
    name: '页边距',
    message: (p) => `第 ${s(p.section)} 节页边距为上 ${s(p.topMm)}、下 ${s(p.bottomMm)}、左 ${s(p.leftMm)}、右 ${s(p.rightMm)} 毫米，应为上 37、下 35、左 28、右 26 毫米（允许 ±1 毫米）`,
    hint: () => MARGIN_HINT_ZH,
    absent: '',
  },
  title: {
    name: '标题',
    message: (p) =>
      p.text === ''
        ? '找不到标题'
        : `标题应为 2 号（22 磅）小标宋体、居中；“${s(p.text)}”为 ${s(p.sizePt)} 磅 ${s(p.font)}，${alignZh(p.align)}`,
    hint: () => '选中标题，中文字体设为“方正小标宋简体”、字号“二号”，段落“居中”；标题较长时分行排成梯形或菱形（GB/T 9704 7.3.1）',
    absent: '',
  },
  addressee: {
    name: '主送机关',
    message: (p) => {
      const issues: string[] = [];
      if (p.ending !== '：') issues.push(`以“${s(p.ending)}”结尾，应以全角冒号“：”结尾`);
      if (p.firstLineTwips !== 0 || p.leftTwips !== 0) issues.push(`有缩进（首行 ${pt(p.firstLineTwips)} 磅，左 ${pt(p.leftTwips)} 磅），应顶格`);
      if (!['left', 'both', 'distribute'].includes(s(p.align))) issues.push(`${alignZh(p.align)}，应顶格左起`);
      return `主送机关“${s(p.text)}”${issues.join('；')}`;
    },
    hint: () => '主送机关排在标题下空一行、顶格：段落“特殊格式：无”，左侧缩进 0；末尾用全角冒号“：”（GB/T 9704 7.3.2）',
    absent: '文中没有主送机关',
  },
  heading1: {
    name: '一级标题（一、）',
    message: (p) => `一级标题（“一、”）应为 3 号（16 磅）黑体；${s(p.off)}/${s(p.paragraphs)} 段不符，如“${s(p.text)}”为 ${s(p.sizePt)} 磅 ${s(p.font)}`,
    hint: () => '把一级标题的中文字体设为“黑体”、字号“三号”（改标题样式：Word“开始 → 样式 → 右键 → 修改”，WPS“开始 → 样式 → 修改样式”）；加粗与否不限',
    absent: '文中没有一级标题（一、）',
  },
  heading2: {
    name: '二级标题（（一））',
    message: (p) => `二级标题（“（一）”）应为 3 号（16 磅）楷体；${s(p.off)}/${s(p.paragraphs)} 段不符，如“${s(p.text)}”为 ${s(p.sizePt)} 磅 ${s(p.font)}`,
    hint: () => '把二级标题的中文字体设为“楷体_GB2312”（或“楷体”）、字号“三号”；标题后接正文时，正文部分仍用仿宋',
    absent: '文中没有二级标题（（一））',
  },
  heading3: {
    name: '三级标题（1.）',
    message: (p) => `三级标题（“1.”）应为 3 号（16 磅）仿宋；${s(p.off)}/${s(p.paragraphs)} 段不符，如“${s(p.text)}”为 ${s(p.sizePt)} 磅 ${s(p.font)}`,
    hint: () => '把三级标题的中文字体设为“仿宋_GB2312”（或“仿宋”）、字号“三号”',
    absent: '文中没有三级标题（1.）',
  },
  'body-font': {
    name: '正文字体字号',
    message: (p) =>
      p.paragraphs === 0
        ? '找不到正文段落（标题、署名之外不居中、不右对齐的文字）'
        : `正文应为 3 号（16 磅）仿宋；${s(p.off)}/${s(p.paragraphs)} 段不符，如“${s(p.text)}”为 ${s(p.sizePt)} 磅 ${s(p.font)}`,
    hint: () => '正文样式的中文字体设为“仿宋_GB2312”（或“仿宋”）、字号“三号”：Word“开始 → 样式 → 正文 → 修改”，WPS“开始 → 样式 → 正文 → 修改样式”；再用“清除格式”去掉个别文字上手动设的字体',
    absent: '',
  },
  'latin-font': {
    name: '数字和西文字体',
    message: (p) => `数字和西文字母通常用 Times New Roman；${s(p.off)}/${s(p.runs)} 处不是，如“${s(p.text)}”的西文字体为 ${s(p.font)}`,
    hint: () => '选中文字，在“字体”对话框把“西文字体”设为 Times New Roman（中文字体不变）；这是通行做法，GB/T 9704 本身未作规定',
    absent: '文中没有数字或西文字母',
  },
  'cjk-punctuation-font': {
    name: '中文标点字体',
    message: (p) => `${s(p.off)}/${s(p.runs)} 处中文引号、省略号或破折号会按西文字体 ${s(p.hAnsi)} 显示成半角，如“${s(p.text)}”`,
    hint: () => 'Word 按“西文字体”排“”‘’…—：选中这些标点，在“字体”对话框把“西文字体”选为“（使用中文字体）”，或整段的西文字体只在数字、字母上设 Times New Roman',
    absent: '文中没有中文引号、省略号或破折号',
  },
  'first-line-indent': {
    name: '首行缩进 2 字符',
    message: (p) => `正文和标题段落应首行缩进 2 字符、回行顶格；${s(p.off)}/${s(p.paragraphs)} 段不符，如“${s(p.text)}”（${indentZh(p)}）`,
    hint: () => '段落“缩进 → 特殊格式：首行缩进，度量值：2 字符”，左侧、右侧缩进 0（Word、WPS 的“段落”对话框）；不要用空格缩进',
    absent: '没有正文段落（见 gbt-body-font）',
  },
  'line-pitch': {
    name: '行距（每页 22 行）',
    message: (p) => `行距应使每页排 22 行（固定值约 28.95 磅，或每页 22 行的文档网格）；${s(p.off)}/${s(p.paragraphs)} 段不符，如“${s(p.text)}”为${lineZh(p)}${p.linesPerPage ? `，每页 ${s(p.linesPerPage)} 行` : ''}`,
    hint: () => LINE_HINT_ZH,
    absent: '没有正文段落（见 gbt-body-font）',
  },
  'page-number-field': {
    name: '页码',
    message: (p) => {
      switch (p.problem) {
        case 'missing':
          return `第 ${s(p.section)} 节没有${FOOTER_ZH[s(p.footer)] ?? ''}页脚，缺少页码`;
        case 'no-field':
          return `第 ${s(p.section)} 节的${FOOTER_ZH[s(p.footer)] ?? ''}页脚没有页码域（PAGE）${p.text ? `：“${s(p.text)}”` : ''}`;
        case 'no-dashes':
          return `页码两侧应各有一条一字线（“— 1 —”），第 ${s(p.section)} 节${FOOTER_ZH[s(p.footer)] ?? ''}页脚为“${s(p.text)}”（N 为页码）`;
        case 'restart':
          return `第 ${s(p.section)} 节的页码从 ${s(p.text)} 重新开始，页码应连续编排（附件也接续正文）`;
        default:
          return '页码不符合 GB/T 9704 7.5';
      }
    },
    hint: (p) =>
      p.problem === 'restart'
        ? '页码格式选“续前节”：Word“插入 → 页码 → 设置页码格式 → 页码编号：续前节”，WPS“插入 → 页码 → 页码设置 → 续前节”'
        : PAGE_NUMBER_HINT_ZH,
    absent: '',
  },
  'page-number-sides': {
    name: '页码位置（单页居右、双页居左）',
    message: (p) => {
      switch (p.problem) {
        case 'no-even-odd':
          return '没有设置“奇偶页不同”，页码无法单页居右、双页居左';
        case 'odd-side':
          return `第 ${s(p.section)} 节奇数页页码${alignZh(p.oddSide)}，应居右`;
        case 'odd-space':
          return `第 ${s(p.section)} 节奇数页页码距版心右边缘 ${s(p.oddSpaceChars)} 字，应空 1 字`;
        case 'even-missing':
          return `第 ${s(p.section)} 节没有带页码的偶数页页脚，偶数页不显示页码`;
        case 'even-side':
          return `第 ${s(p.section)} 节偶数页页码${alignZh(p.evenSide)}，应居左`;
        case 'even-space':
          return `第 ${s(p.section)} 节偶数页页码距版心左边缘 ${s(p.evenSpaceChars)} 字，应空 1 字`;
        default:
          return '页码位置不符合 GB/T 9704 7.5';
      }
    },
    hint: () => SIDES_HINT_ZH,
    absent: '没有页码（见 gbt-page-number-field）',
  },
  'page-number-size': {
    name: '页码字号（4 号）',
    message: (p) => `页码应为 4 号（14 磅）；第 ${s(p.section)} 节${FOOTER_ZH[s(p.footer)] ?? ''}页脚的页码为 ${s(p.sizePt)} 磅`,
    hint: () => '选中页脚中的页码和两侧的一字线，字号设为“四号”，字体宋体',
    absent: '没有页码（见 gbt-page-number-field）',
  },
  'signature-placement': {
    name: '署名和成文日期位置',
    message: (p) =>
      p.problem === 'no-unit'
        ? `成文日期“${s(p.date)}”的上一行没有发文机关署名`
        : `发文机关署名“${s(p.unit)}”和成文日期“${s(p.date)}”的位置不符合 7.3.5：署名右空 ${s(p.unitRightChars)} 字，日期右空 ${s(p.dateRightChars)} 字，日期首字比署名首字右移 ${s(p.dateOffsetChars)} 字，署名上空 ${s(p.blankLinesAbove)} 行`,
    hint: () =>
      '不加盖印章（7.3.5.2）：正文（或附件说明）下空一行，署名右对齐、右缩进 2 字符；下一行成文日期右对齐，使日期首字比署名首字右移 2 字（日期较长时日期右空 2 字，署名相应左移）。加盖印章（7.3.5.1）：日期右缩进 4 字符，署名以日期为准居中。用“段落 → 缩进 → 右侧”设字符数，不要用空格',
    absent: '文中没有成文日期，不检查署名',
  },
  'date-format': {
    name: '成文日期写法',
    message: (p) => `成文日期“${s(p.date)}”应用阿拉伯数字将年、月、日标全，年份写全称，月、日不编虚位（如 2023年9月2日）`,
    hint: () => '改写为“2023年9月2日”这样的形式：不写“二〇二三年九月二日”，也不写“2023年09月02日”（GB/T 9704 7.3.5.4）',
    absent: '文中没有成文日期',
  },
  'attachment-label': {
    name: '附件标识',
    message: (p) => {
      switch (p.problem) {
        case 'not-new-page':
          return `附件“${s(p.label)}”应另起一页编排`;
        case 'not-left':
          return `“${s(p.label)}”应顶格排在版心左上角第一行（现${alignZh(p.align)}，缩进 ${s(p.indentChars)} 字）`;
        case 'font':
          return `“${s(p.label)}”应为 3 号（16 磅）黑体，现为 ${s(p.sizePt)} 磅 ${s(p.font)}`;
        default:
          return '附件标识不符合 GB/T 9704 7.3.7';
      }
    },
    hint: () =>
      '附件另面编排：在附件前插入分节符（Word“布局 → 分隔符 → 下一页”，WPS“页面布局 → 分隔符 → 下一页分节符”）；“附件”及其序号用三号黑体、顶格、不缩进；附件中的表格可放在横向的节里',
    absent: '文件中没有附件',
  },
  'attachment-title': {
    name: '附件标题',
    message: (p) => {
      switch (p.problem) {
        case 'missing':
          return `附件“${s(p.label)}”之后没有附件标题`;
        case 'not-centred':
          return `附件标题“${s(p.title)}”应居中（现${alignZh(p.align)}）`;
        case 'not-third-line':
          return `附件标题“${s(p.title)}”应排在版心第三行：“${s(p.label)}”下空一行（现空 ${s(p.blankLines)} 行）`;
        default:
          return '附件标题不符合 GB/T 9704 7.3.7';
      }
    },
    hint: () => '“附件”下空一行，附件标题居中排在第三行（段落“居中”，无缩进）',
    absent: '文件中没有附件',
  },
  'print-a4': {
    name: '打印纸张 A4',
    message: (p) => (p.pages === 0 ? 'LibreOffice 打印结果没有页面' : `打印出的第 ${s(p.page)} 页为 ${s(p.widthPt)} × ${s(p.heightPt)} 磅，不是 A4（595 × 842 磅）`),
    hint: () => A4_HINT_ZH,
    absent: '',
  },
  'print-line-pitch': {
    name: '打印行距',
    message: (p) => `打印出的行距（基线间距中位数）为 ${s(p.medianPt)} 磅，应在 27.5–30 磅之间`,
    hint: () => LINE_HINT_ZH,
    absent: '',
  },
  'print-lines-per-page': {
    name: '打印每页 22 行',
    message: (p) => `打印出的满页最多 ${s(p.maxLines)} 行，应为 22 行${p.perPage ? `（各页：${s(p.perPage)}）` : ''}`,
    hint: () => `${LINE_HINT_ZH}；固定值超过 28.95 磅时每页只能排 21 行；同时检查上下页边距（37、35 毫米）`,
    absent: '只有一页，看不出满页的行数',
  },
  'print-chars-per-line': {
    name: '打印每行 28 字',
    message: (p) => `打印出的满行字数中位数为 ${s(p.medianChars)}（${s(p.lines)} 行），应为 28 字`,
    hint: () =>
      '3 号字 28 个比 156 毫米版心略宽：字符间距“紧缩 0.25 磅”（“字体 → 高级 → 间距”），或“页面设置 → 文档网格 → 指定行和字符网格，每行 28 字”；并检查左右页边距（28、26 毫米）',
    absent: '',
  },
  'print-page-numbers': {
    name: '打印页码',
    message: (p) =>
      p.pages === 0
        ? 'LibreOffice 打印结果没有页面'
        : p.found === 'none'
          ? `打印出的第 ${s(p.page)} 页底部没有“— ${s(p.page)} —”形式的页码（共 ${s(p.pages)} 页，找到 ${s(p.numbered)} 个页码）`
          : `打印出的第 ${s(p.page)} 页页码为 ${s(p.found)}，应为 ${s(p.page)}`,
    hint: () => `${PAGE_NUMBER_HINT_ZH}；页码从 1 起连续编排，附件接续正文`,
    absent: '',
  },
  'print-page-number-sides': {
    name: '打印页码位置',
    message: (p) => `打印出的第 ${s(p.page)} 页页码 ${s(p.number)} 在${p.side === 'right' ? '右侧' : p.side === 'left' ? '左侧' : '中间'}，${Number(p.number) % 2 ? '单页应居右' : '双页应居左'}`,
    hint: () => SIDES_HINT_ZH,
    absent: '打印页上没有页码（见 gbt-print-page-numbers）',
  },
};

// ---------------------------------------------------------------------------------------------
// English

const FOOTER_EN: Record<string, string> = { default: 'odd-page (default)', even: 'even-page', first: 'first-page' };
const alignEn = (a: string | number | undefined) => s(a).split('/').join(', ');

function lineEn(p: RuleParams): string {
  if (p.line === 'none') return p.lineRule === 'auto' ? 'single spacing' : 'no line spacing';
  const line = Number(p.line);
  return p.lineRule === 'exact' || p.lineRule === 'atLeast' ? `${s(p.lineRule)} ${pt(line)}pt` : `${Math.round((line / 240) * 100) / 100} lines`;
}

function indentEn(p: RuleParams): string {
  const parts: string[] = [];
  if (typeof p.firstLineChars === 'number' && p.firstLineChars !== 0) parts.push(`first line ${p.firstLineChars / 100} characters`);
  else if (typeof p.firstLineTwips === 'number') parts.push(`first line ${pt(p.firstLineTwips)}pt`);
  else parts.push('no first-line indent');
  if (typeof p.leftTwips === 'number' && p.leftTwips !== 0) parts.push(`left ${pt(p.leftTwips)}pt`);
  return parts.join(', ');
}

const PAGE_NUMBER_HINT_EN =
  'insert a page number in the footer (Word: Insert → Page Number → Bottom of Page; WPS: Insert → Page Number) and write it as "— 1 —": 14pt (size 4) half-width SimSun digits with an em dash on each side';
const SIDES_HINT_EN =
  'turn on "Different Odd & Even Pages" (Word: Layout → Page Setup → Layout; WPS: Page Layout → Header and Footer Options); right-align the odd-page footer with a one-character right indent, left-align the even-page footer with a one-character left indent, and put the page number in both';
const LINE_HINT_EN =
  'set paragraph line spacing to Exactly 28.95pt (Paragraph dialog in Word and WPS), or a line-only document grid of 22 lines per page (Page Setup → Document Grid) with single spacing snapped to the grid';
const A4_HINT_EN = 'set the paper to A4, 210 × 297 mm (Word: Layout → Size → A4; WPS: Page Layout → Paper Size → A4); the body is portrait, only the section holding an attached table may be landscape';
const MARGIN_HINT_EN = 'margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (Word: Layout → Margins → Custom Margins; WPS: Page Layout → Margins → Custom), a 156 × 225 mm text block';

const EN: Record<RuleId, RuleText> = {
  'page-a4': {
    name: 'A4 paper',
    message: (p) =>
      p.orientation === 'missing'
        ? `section ${s(p.section)} sets no paper size`
        : p.section === 1 && p.orientation === 'landscape'
          ? `section 1, the body, is landscape (${s(p.widthMm)} × ${s(p.heightMm)} mm); it must be portrait A4`
          : `section ${s(p.section)} is ${s(p.widthMm)} × ${s(p.heightMm)} mm, not A4 (210 × 297 mm)`,
    hint: () => A4_HINT_EN,
    absent: '',
  },
  'page-margins': {
    name: 'margins',
    message: (p) => `section ${s(p.section)} has margins top ${s(p.topMm)}, bottom ${s(p.bottomMm)}, left ${s(p.leftMm)}, right ${s(p.rightMm)} mm; GB/T 9704 wants 37, 35, 28, 26 mm (±1 mm)`,
    hint: () => MARGIN_HINT_EN,
    absent: '',
  },
  title: {
    name: 'title',
    message: (p) => (p.text === '' ? 'no title found' : `the title must be 22pt (size 2) Xiaobiaosong, centred; "${s(p.text)}" is ${s(p.sizePt)}pt ${s(p.font)}, ${alignEn(p.align)}`),
    hint: () => 'select the title and set the East Asian font to 方正小标宋简体, size 2 (22pt), centred; break a long title into a trapezoid or diamond (GB/T 9704 7.3.1)',
    absent: '',
  },
  addressee: {
    name: 'addressee',
    message: (p) => {
      const issues: string[] = [];
      if (p.ending !== '：') issues.push(`ends in "${s(p.ending)}" instead of a full-width colon "："`);
      if (p.firstLineTwips !== 0 || p.leftTwips !== 0) issues.push(`is indented (first line ${pt(p.firstLineTwips)}pt, left ${pt(p.leftTwips)}pt) instead of flush left`);
      if (!['left', 'both', 'distribute'].includes(s(p.align))) issues.push(`is aligned ${alignEn(p.align)} instead of left`);
      return `the addressee "${s(p.text)}" ${issues.join('; ')}`;
    },
    hint: () => 'set the addressee flush left one line under the title (Paragraph: Special: none, left indent 0) and end it with a full-width colon "：" (GB/T 9704 7.3.2)',
    absent: 'no addressee line',
  },
  heading1: {
    name: 'first-level headings (一、)',
    message: (p) => `first-level headings ("一、") must be 16pt (size 3) Heiti; ${s(p.off)} of ${s(p.paragraphs)} are not, e.g. "${s(p.text)}" is ${s(p.sizePt)}pt ${s(p.font)}`,
    hint: () => 'set the East Asian font of first-level headings to 黑体 (SimHei), size 3 (16pt), best in their paragraph style (Home → Styles → Modify); bold is optional',
    absent: 'no first-level headings (一、)',
  },
  heading2: {
    name: 'second-level headings (（一）)',
    message: (p) => `second-level headings ("（一）") must be 16pt (size 3) Kaiti; ${s(p.off)} of ${s(p.paragraphs)} are not, e.g. "${s(p.text)}" is ${s(p.sizePt)}pt ${s(p.font)}`,
    hint: () => 'set the East Asian font of second-level headings to 楷体_GB2312 (or KaiTi), size 3 (16pt); text run on after the heading stays in FangSong',
    absent: 'no second-level headings (（一）)',
  },
  heading3: {
    name: 'third-level headings (1.)',
    message: (p) => `third-level headings ("1.") must be 16pt (size 3) FangSong; ${s(p.off)} of ${s(p.paragraphs)} are not, e.g. "${s(p.text)}" is ${s(p.sizePt)}pt ${s(p.font)}`,
    hint: () => 'set the East Asian font of third-level headings to 仿宋_GB2312 (or FangSong), size 3 (16pt)',
    absent: 'no third-level headings (1.)',
  },
  'body-font': {
    name: 'body font and size',
    message: (p) =>
      p.paragraphs === 0
        ? 'no body text found (paragraphs other than the title and signature that are neither centred nor right-aligned)'
        : `body text must be 16pt (size 3) FangSong; ${s(p.off)} of ${s(p.paragraphs)} paragraphs are not, e.g. "${s(p.text)}" is ${s(p.sizePt)}pt ${s(p.font)}`,
    hint: () => 'set the Normal/body style\'s East Asian font to 仿宋_GB2312 (or FangSong), size 3 (16pt) (Home → Styles → Normal → Modify), then clear fonts set by hand on single words (Clear Formatting)',
    absent: '',
  },
  'latin-font': {
    name: 'digits and Latin letters',
    message: (p) => `digits and Latin letters are customarily Times New Roman; ${s(p.off)} of ${s(p.runs)} runs are not, e.g. "${s(p.text)}" uses ${s(p.font)}`,
    hint: () => 'in the Font dialog set the Latin text font to Times New Roman and keep the Asian font; this is common practice, not GB/T 9704 itself',
    absent: 'no digits or Latin letters',
  },
  'cjk-punctuation-font': {
    name: 'Chinese punctuation font',
    message: (p) => `${s(p.off)} of ${s(p.runs)} runs with Chinese quotes, ellipses or dashes will be set half-width in the Latin font ${s(p.hAnsi)}, e.g. "${s(p.text)}"`,
    hint: () => 'Word sets “”‘’…— in the Latin (hAnsi) font unless told otherwise: select them and choose "(Use Asian text font)" as the Latin font in the Font dialog, or give Times New Roman to digits and letters only',
    absent: 'no Chinese quotes, ellipses or dashes',
  },
  'first-line-indent': {
    name: 'two-character first-line indent',
    message: (p) => `body and heading paragraphs must start two characters in and wrap flush left; ${s(p.off)} of ${s(p.paragraphs)} do not, e.g. "${s(p.text)}" (${indentEn(p)})`,
    hint: () => 'Paragraph → Indentation → Special: First line, By: 2 characters, left and right indents 0 (Word and WPS); do not indent with spaces',
    absent: 'no body paragraphs (see gbt-body-font)',
  },
  'line-pitch': {
    name: 'line pitch (22 lines a page)',
    message: (p) => `the line pitch must give 22 lines a page (exactly about 28.95pt, or a 22-line document grid); ${s(p.off)} of ${s(p.paragraphs)} paragraphs do not, e.g. "${s(p.text)}" has ${lineEn(p)}${p.linesPerPage ? `, ${s(p.linesPerPage)} lines a page` : ''}`,
    hint: () => LINE_HINT_EN,
    absent: 'no body paragraphs (see gbt-body-font)',
  },
  'page-number-field': {
    name: 'page numbers',
    message: (p) => {
      const footer = FOOTER_EN[s(p.footer)] ?? '';
      switch (p.problem) {
        case 'missing':
          return `section ${s(p.section)} has no ${footer} footer, so no page number`;
        case 'no-field':
          return `the ${footer} footer of section ${s(p.section)} has no PAGE field${p.text ? `: "${s(p.text)}"` : ''}`;
        case 'no-dashes':
          return `a page number needs an em dash on each side ("— 1 —"); the ${footer} footer of section ${s(p.section)} reads "${s(p.text)}" (N the number)`;
        case 'restart':
          return `page numbering restarts at ${s(p.text)} in section ${s(p.section)}; it must run on through the attachments`;
        default:
          return 'page numbers do not follow GB/T 9704 7.5';
      }
    },
    hint: (p) =>
      p.problem === 'restart' ? 'set the page number format to "Continue from previous section" (Word: Insert → Page Number → Format Page Numbers; WPS: Page Number → Settings)' : PAGE_NUMBER_HINT_EN,
    absent: '',
  },
  'page-number-sides': {
    name: 'page-number sides',
    message: (p) => {
      switch (p.problem) {
        case 'no-even-odd':
          return '"Different Odd & Even Pages" is off, so page numbers cannot stand right on odd pages and left on even pages';
        case 'odd-side':
          return `odd-page numbers of section ${s(p.section)} are ${alignEn(p.oddSide)}; they belong on the right`;
        case 'odd-space':
          return `odd-page numbers of section ${s(p.section)} stand ${s(p.oddSpaceChars)} characters from the right edge of the text block; one character is wanted`;
        case 'even-missing':
          return `section ${s(p.section)} has no even-page footer with a page number, so even pages show none`;
        case 'even-side':
          return `even-page numbers of section ${s(p.section)} are ${alignEn(p.evenSide)}; they belong on the left`;
        case 'even-space':
          return `even-page numbers of section ${s(p.section)} stand ${s(p.evenSpaceChars)} characters from the left edge of the text block; one character is wanted`;
        default:
          return 'page-number placement does not follow GB/T 9704 7.5';
      }
    },
    hint: () => SIDES_HINT_EN,
    absent: 'no page numbers (see gbt-page-number-field)',
  },
  'page-number-size': {
    name: 'page-number size',
    message: (p) => `page numbers must be 14pt (size 4); the ${FOOTER_EN[s(p.footer)] ?? ''} footer of section ${s(p.section)} has ${s(p.sizePt)}pt`,
    hint: () => 'select the page number and its dashes in the footer and set size 4 (14pt), font SimSun',
    absent: 'no page numbers (see gbt-page-number-field)',
  },
  'signature-placement': {
    name: 'signature and date',
    message: (p) =>
      p.problem === 'no-unit'
        ? `no issuing unit on the line above the date "${s(p.date)}"`
        : `the signature "${s(p.unit)}" and date "${s(p.date)}" are not placed as 7.3.5 says: unit ${s(p.unitRightChars)} characters from the right, date ${s(p.dateRightChars)}, the date starting ${s(p.dateOffsetChars)} characters right of the unit, ${s(p.blankLinesAbove)} blank lines above`,
    hint: () =>
      'without a seal (7.3.5.2): one blank line under the body, the unit right-aligned with a two-character right indent, the date on the next line starting two characters right of the unit (a longer date keeps two characters on the right and the unit moves left); with a seal (7.3.5.1): the date four characters from the right, the unit centred over it. Use Paragraph → Indentation → Right in characters, not spaces',
    absent: 'no date line, so no signature to check',
  },
  'date-format': {
    name: 'date format',
    message: (p) => `the date "${s(p.date)}" must be in Arabic digits with the full year and no leading zeros, e.g. 2023年9月2日`,
    hint: () => 'write it as 2023年9月2日, not 二〇二三年九月二日 nor 2023年09月02日 (GB/T 9704 7.3.5.4)',
    absent: 'no date line',
  },
  'attachment-label': {
    name: 'attachment label',
    message: (p) => {
      switch (p.problem) {
        case 'not-new-page':
          return `the attachment "${s(p.label)}" must start a new page`;
        case 'not-left':
          return `"${s(p.label)}" must stand flush left on the first line of the text block (it is ${alignEn(p.align)}, indented ${s(p.indentChars)} characters)`;
        case 'font':
          return `"${s(p.label)}" must be 16pt (size 3) Heiti; it is ${s(p.sizePt)}pt ${s(p.font)}`;
        default:
          return 'the attachment label does not follow GB/T 9704 7.3.7';
      }
    },
    hint: () => 'start the attachment on a new page with a section break (Word: Layout → Breaks → Next Page; WPS: Page Layout → Breaks → Next Page Section Break); set 附件 and its number in size 3 Heiti, flush left; an attached table may sit in a landscape section',
    absent: 'no attachment',
  },
  'attachment-title': {
    name: 'attachment title',
    message: (p) => {
      switch (p.problem) {
        case 'missing':
          return `no title after the attachment label "${s(p.label)}"`;
        case 'not-centred':
          return `the attachment title "${s(p.title)}" must be centred (it is ${alignEn(p.align)})`;
        case 'not-third-line':
          return `the attachment title "${s(p.title)}" belongs on the third line, one blank line under "${s(p.label)}" (${s(p.blankLines)} blank lines now)`;
        default:
          return 'the attachment title does not follow GB/T 9704 7.3.7';
      }
    },
    hint: () => 'leave one blank line under 附件 and centre the attachment title on the third line',
    absent: 'no attachment',
  },
  'print-a4': {
    name: 'printed A4',
    message: (p) => (p.pages === 0 ? 'LibreOffice printed no pages' : `printed page ${s(p.page)} is ${s(p.widthPt)} × ${s(p.heightPt)}pt, not A4 (595 × 842pt)`),
    hint: () => A4_HINT_EN,
    absent: '',
  },
  'print-line-pitch': {
    name: 'printed line pitch',
    message: (p) => `the printed line pitch (median baseline distance) is ${s(p.medianPt)}pt; 27.5–30pt is wanted`,
    hint: () => LINE_HINT_EN,
    absent: '',
  },
  'print-lines-per-page': {
    name: 'printed 22 lines a page',
    message: (p) => `full printed pages hold at most ${s(p.maxLines)} lines; 22 are wanted${p.perPage ? ` (per page: ${s(p.perPage)})` : ''}`,
    hint: () => `${LINE_HINT_EN}; above 28.95pt only 21 lines fit; check the top and bottom margins (37, 35 mm) too`,
    absent: 'a single page, so no full page to count',
  },
  'print-chars-per-line': {
    name: 'printed 28 characters a line',
    message: (p) => `full printed lines hold a median of ${s(p.medianChars)} characters (${s(p.lines)} lines); 28 are wanted`,
    hint: () => '28 characters of 16pt are wider than the 156 mm block: condense character spacing by 0.25pt (Font → Advanced → Spacing) or use a grid of 28 characters a line (Page Setup → Document Grid); check the left and right margins (28, 26 mm)',
    absent: '',
  },
  'print-page-numbers': {
    name: 'printed page numbers',
    message: (p) =>
      p.pages === 0
        ? 'LibreOffice printed no pages'
        : p.found === 'none'
          ? `printed page ${s(p.page)} has no "— ${s(p.page)} —" at its foot (${s(p.numbered)} numbers found on ${s(p.pages)} pages)`
          : `printed page ${s(p.page)} is numbered ${s(p.found)}, not ${s(p.page)}`,
    hint: () => `${PAGE_NUMBER_HINT_EN}; number from 1 and run on through the attachments`,
    absent: '',
  },
  'print-page-number-sides': {
    name: 'printed page-number sides',
    message: (p) => `the number ${s(p.number)} on printed page ${s(p.page)} stands ${s(p.side)}; ${Number(p.number) % 2 ? 'odd pages want it on the right' : 'even pages want it on the left'}`,
    hint: () => SIDES_HINT_EN,
    absent: 'no page numbers on the printed pages (see gbt-print-page-numbers)',
  },
};

export const RULE_TEXT: Record<Lang, Record<RuleId, RuleText>> = { zh: ZH, en: EN };

export function ruleText(rule: RuleId, lang: Lang): RuleText {
  return RULE_TEXT[lang][rule];
}

// ---------------------------------------------------------------------------------------------
// files that cannot be checked, the printer, the summary

export interface Words {
  message: string;
  hint: string;
}

type ProblemWords = (file: string, p: RuleParams) => Words;

const REOPEN_ZH = '用 Word 或 WPS 打开后“另存为 → Word 文档（*.docx）”再检查；.doc、.wps、.pdf 不能检查';
const REOPEN_EN = 'open it in Word or WPS and Save As a Word Document (*.docx); .doc, .wps and .pdf files cannot be checked';
const PRINT_INSTALL = 'apt-get install libreoffice-writer-nogui poppler-utils';

const PROBLEMS_ZH: Record<string, ProblemWords> = {
  'not-found': (f) => ({ message: `找不到文件 ${f}`, hint: '检查文件名和所在目录' }),
  'is-directory': (f) => ({ message: `${f} 是目录，不是 .docx 文件`, hint: '给出目录中的 .docx 文件' }),
  'not-regular': (f) => ({ message: `${f} 不是普通文件`, hint: 'rectify check 只读普通文件（不读管道或设备）；先存成 .docx 文件' }),
  'too-large': (f, p) => ({ message: `${f} 有 ${s(p.size)} 字节，超过 ${s(p.max)} 字节上限`, hint: '公文一般远小于 50 MiB；确需检查可用 --max-bytes 放宽' }),
  'read-failed': (f, p) => ({ message: `无法读取 ${f}：${s(p.detail)}`, hint: '检查文件权限' }),
  'not-zip': (f) => ({ message: `${f} 不是 .docx 文件（不是 zip 压缩包）`, hint: REOPEN_ZH }),
  'corrupt-zip': (f, p) => ({ message: `${f} 已损坏，无法解压（${s(p.where)}）`, hint: '文件可能没有下载或复制完整：重新获取，或用 Word/WPS 打开修复后另存为 .docx' }),
  'entry-too-large': (f, p) => ({ message: `${f} 中的 ${s(p.entry)} 解压后超过 ${Math.round(Number(p.max) / MIB)} MiB，拒绝读取`, hint: '正常的公文不会这么大；如确需检查，用 Word/WPS 另存一份再试' }),
  encrypted: (f) => ({ message: `${f} 已加密，无法读取`, hint: '先在 Word/WPS 中取消密码保护（“文件 → 信息 → 保护文档”）再检查' }),
  'unsupported-compression': (f, p) => ({ message: `${f} 中的 ${s(p.entry)} 使用了不支持的压缩方式（${s(p.method)}）`, hint: REOPEN_ZH }),
  'no-document': (f) => ({ message: `${f} 是 zip 压缩包，但没有 word/document.xml，不是 Word 文档`, hint: REOPEN_ZH }),
  'missing-part': (f) => ({ message: `${f} 没有 word/document.xml，不是 Word 文档`, hint: REOPEN_ZH }),
  'bad-xml': (f, p) => ({ message: `${f} 中的 ${s(p.part)} 不是合法的 XML（第 ${s(p.line)} 行第 ${s(p.column)} 列：${s(p.detail)}）`, hint: '文件已损坏：用 Word/WPS 打开修复后另存为 .docx' }),
  'print-tools-missing': (f, p) => ({ message: `无法检查 ${f} 的打印效果：找不到 ${s(p.missing)}`, hint: `安装 LibreOffice 和 poppler：${PRINT_INSTALL}；或用 --print never 只检查文档设置` }),
  'convert-failed': (f, p) => ({ message: `LibreOffice 无法把 ${f} 转成 PDF（退出码 ${s(p.code)}）${p.detail ? `：${s(p.detail)}` : ''}`, hint: '用 LibreOffice 打开该文件查看原因；或用 --print never 跳过打印检查' }),
  'pdftotext-failed': (f, p) => ({ message: `pdftotext 无法读取 ${f} 的 PDF（退出码 ${s(p.code)}）${p.detail ? `：${s(p.detail)}` : ''}`, hint: `检查 poppler 是否完整安装（${PRINT_INSTALL}）；或用 --print never 跳过打印检查` }),
  timeout: (f, p) => ({ message: `${s(p.tool)} 处理 ${f} 超过 ${s(p.seconds)} 秒，已终止`, hint: '文件很大时可用 --print-timeout 放宽，或用 --print never 跳过打印检查' }),
};

const PROBLEMS_EN: Record<string, ProblemWords> = {
  'not-found': (f) => ({ message: `file ${f} not found`, hint: 'check the file name and folder' }),
  'is-directory': (f) => ({ message: `${f} is a directory, not a .docx file`, hint: 'name the .docx file inside it' }),
  'not-regular': (f) => ({ message: `${f} is not a regular file`, hint: 'rectify check reads regular files only (no pipes or devices); save it as a .docx file first' }),
  'too-large': (f, p) => ({ message: `${f} has ${s(p.size)} bytes, over the ${s(p.max)}-byte limit`, hint: 'official documents are far below 50 MiB; raise the limit with --max-bytes if you must' }),
  'read-failed': (f, p) => ({ message: `cannot read ${f}: ${s(p.detail)}`, hint: 'check the file permissions' }),
  'not-zip': (f) => ({ message: `${f} is not a .docx file (not a zip archive)`, hint: REOPEN_EN }),
  'corrupt-zip': (f, p) => ({ message: `${f} is damaged and cannot be unpacked (${s(p.where)})`, hint: 'the file may be incompletely downloaded or copied: fetch it again, or let Word/WPS repair it and save it as .docx' }),
  'entry-too-large': (f, p) => ({ message: `${s(p.entry)} in ${f} unpacks to more than ${Math.round(Number(p.max) / MIB)} MiB; refused`, hint: 'no real document is that large; if you must check it, save a copy from Word/WPS first' }),
  encrypted: (f) => ({ message: `${f} is encrypted`, hint: 'remove the password in Word/WPS (File → Info → Protect Document) and check again' }),
  'unsupported-compression': (f, p) => ({ message: `${s(p.entry)} in ${f} uses an unsupported compression method (${s(p.method)})`, hint: REOPEN_EN }),
  'no-document': (f) => ({ message: `${f} is a zip archive without word/document.xml, not a Word document`, hint: REOPEN_EN }),
  'missing-part': (f) => ({ message: `${f} has no word/document.xml, not a Word document`, hint: REOPEN_EN }),
  'bad-xml': (f, p) => ({ message: `${s(p.part)} in ${f} is not well-formed XML (line ${s(p.line)}, column ${s(p.column)}: ${s(p.detail)})`, hint: 'the file is damaged: let Word/WPS repair it and save it as .docx' }),
  'print-tools-missing': (f, p) => ({ message: `cannot check how ${f} prints: ${s(p.missing)} not found on the PATH`, hint: `install LibreOffice and poppler: ${PRINT_INSTALL}; or use --print never to check the document settings only` }),
  'convert-failed': (f, p) => ({ message: `LibreOffice could not convert ${f} to PDF (exit ${s(p.code)})${p.detail ? `: ${s(p.detail)}` : ''}`, hint: 'open the file in LibreOffice to see what it refuses, or skip the printed checks with --print never' }),
  'pdftotext-failed': (f, p) => ({ message: `pdftotext could not read the PDF of ${f} (exit ${s(p.code)})${p.detail ? `: ${s(p.detail)}` : ''}`, hint: `check the poppler installation (${PRINT_INSTALL}), or skip the printed checks with --print never` }),
  timeout: (f, p) => ({ message: `${s(p.tool)} took more than ${s(p.seconds)} s on ${f} and was stopped`, hint: 'raise the limit with --print-timeout for a very large file, or skip the printed checks with --print never' }),
};

/** Words for a file that cannot be checked (exit 2), by problem code. */
export function problemWords(problem: string, file: string, params: RuleParams, lang: Lang): Words {
  const table = lang === 'en' ? PROBLEMS_EN : PROBLEMS_ZH;
  const words = table[problem];
  if (words) return words(file, params);
  return lang === 'en' ? { message: `cannot check ${file}: ${problem}`, hint: '' } : { message: `无法检查 ${file}：${problem}`, hint: '' };
}

export interface Tally {
  pass: number;
  fail: number;
  absent: number;
}

/** `14 条规则通过，1 条不符合` / `14 rules pass, 1 fails`, with what did not apply and whether printing was checked. */
export function summaryLine(t: Tally, lang: Lang, printSkipped?: string): string {
  if (lang === 'en') {
    const parts = [`${t.pass} ${t.pass === 1 ? 'rule passes' : 'rules pass'}`, `${t.fail} ${t.fail === 1 ? 'fails' : 'fail'}`];
    if (t.absent > 0) parts.push(`${t.absent} not applicable`);
    return parts.join(', ') + (printSkipped ? ` (printing not checked: ${printSkipped} not found; ${PRINT_INSTALL})` : '');
  }
  const parts = [`${t.pass} 条规则通过`, `${t.fail} 条不符合`];
  if (t.absent > 0) parts.push(`${t.absent} 条不涉及`);
  return parts.join('，') + (printSkipped ? `（未检查打印效果：找不到 ${printSkipped}；${PRINT_INSTALL}）` : '');
}

/** --verbose: one line per rule that passed or did not apply. */
export function verboseLine(rule: RuleId, status: 'pass' | 'absent', lang: Lang): string {
  const t = ruleText(rule, lang);
  if (lang === 'en') return status === 'pass' ? `pass: ${t.name}` : `not applicable: ${t.name} (${t.absent})`;
  return status === 'pass' ? `通过：${t.name}` : `不涉及：${t.name}（${t.absent}）`;
}
