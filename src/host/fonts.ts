/**
 * The faces a PDF is printed in. The .docx names the official faces (方正小标宋简体, 仿宋_GB2312,
 * 楷体_GB2312, 黑体, 宋体, Times New Roman); a machine without them would let LibreOffice print every
 * one in the same sans-serif fallback, silently. Here each missing face gets a free face of its
 * style — a FangSong for 仿宋, a Kai for 楷体, a Hei for 黑体, a bold Song for 小标宋 — that holds
 * every Chinese character of the document, through a fontconfig file given to LibreOffice for its
 * run only (FONTCONFIG_FILE). What was substituted is returned, for the build to say.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findOnPath } from './pdf.js';
import { xmlEscape } from '../core/xml/write.js';

type Env = Readonly<Record<string, string | undefined>>;

interface Style {
  /** a face of this style, by its name */
  matches: RegExp;
  /** free faces of the style, best first (Debian: fonts-noto-cjk, fonts-arphic-*, fonts-cwtex-*) */
  candidates: readonly string[];
  bold?: boolean;
}

const SONG = ['SimSun', 'NSimSun', 'Noto Serif CJK SC', 'Source Han Serif SC', 'AR PL UMing CN', 'AR PL SungtiL GB', 'FandolSong'];

/** Ordered: the first style whose pattern matches a face's name is its style (小标宋, 仿宋, 楷, 黑, 宋 as escapes). */
const STYLES: readonly Style[] = [
  { matches: /\u5c0f\u6807\u5b8b|xiaobiaosong/i, candidates: ['FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Source Han Serif SC', 'AR PL SungtiL GB', 'AR PL UMing CN', 'FandolSong'], bold: true },
  // a FangSong when one holds the text, else a Song (the nearest free style)
  { matches: /\u4eff\u5b8b|fangsong/i, candidates: ['FangSong', 'FandolFang', 'cwTeXFangSong', ...SONG] },
  { matches: /\u6977|kai/i, candidates: ['KaiTi', 'FandolKai', 'AR PL UKai CN', 'AR PL KaitiM GB', 'cwTeXKai', ...SONG] },
  { matches: /\u9ed1|hei/i, candidates: ['SimHei', 'FandolHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'cwTeXHeiBold'] },
  { matches: /\u5b8b|song|sun|ming/i, candidates: SONG },
  { matches: /times/i, candidates: ['Liberation Serif', 'Tinos', 'DejaVu Serif'] },
];

export interface Substitution {
  font: string;
  substitute: string;
  bold: boolean;
}

/** The faces a .docx's XML names (fonts of styles, runs, footers). */
export function facesNamed(xmlParts: readonly string[]): string[] {
  const faces = new Set<string>();
  for (const xml of xmlParts) for (const m of xml.matchAll(/w:(?:ascii|eastAsia|hAnsi|cs)="([^"]+)"/g)) faces.add(m[1]!);
  return [...faces].sort();
}

/** The Chinese characters a .docx holds, for asking which faces have them all. */
export function hanOf(xmlParts: readonly string[]): string[] {
  const chars = new Set<string>();
  for (const xml of xmlParts) for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) for (const ch of m[1]!) if (/\p{Script=Han}/u.test(ch)) chars.add(ch);
  return [...chars].sort();
}

function families(fcList: string, pattern: string, env: Env): Set<string> {
  try {
    const out = execFileSync(fcList, [pattern, 'family'], { env: { ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 * 1024 * 1024 });
    return new Set(out.split('\n').flatMap((line) => line.split(',')).map((f) => f.trim()).filter(Boolean));
  } catch {
    return new Set();
  }
}

/**
 * For each face the document names that this machine lacks, the free face LibreOffice should use.
 * Without fontconfig (no fc-list) nothing is substituted.
 */
export function chooseSubstitutes(faces: readonly string[], han: readonly string[], env: Env): Substitution[] {
  const fcList = findOnPath('fc-list', env);
  if (!fcList) return [];
  const installed = families(fcList, ':', env);
  // faces holding every Chinese character of the document (at most 2,000 asked: a report has fewer)
  const covering = han.length === 0 ? installed : families(fcList, `:charset=${han.slice(0, 2000).map((c) => c.codePointAt(0)!.toString(16)).join(' ')}`, env);
  const out: Substitution[] = [];
  for (const face of faces) {
    if (installed.has(face)) continue;
    const style = STYLES.find((s) => s.matches.test(face));
    if (!style) continue;
    const latin = /times/i.test(face);
    const substitute = style.candidates.find((c) => (latin ? installed : covering).has(c)) ?? style.candidates.find((c) => installed.has(c));
    if (substitute) out.push({ font: face, substitute, bold: style.bold === true });
  }
  return out;
}

/**
 * A fontconfig file, in `dir`, that includes the machine's own (FONTCONFIG_FILE if set, else
 * /etc/fonts/fonts.conf) and maps each missing face to its substitute. Returns its path.
 */
export function writeFontsConf(dir: string, substitutions: readonly Substitution[], env: Env): string {
  const system = env.FONTCONFIG_FILE ?? '/etc/fonts/fonts.conf';
  const rules = substitutions.map(
    (s) => `  <match target="pattern">
    <test qual="any" name="family"><string>${xmlEscape(s.font)}</string></test>
    <edit name="family" mode="assign" binding="strong"><string>${xmlEscape(s.substitute)}</string></edit>${
      s.bold ? '\n    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>' : ''
    }
  </match>`,
  );
  const path = join(dir, 'fonts.conf');
  writeFileSync(
    path,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">${xmlEscape(system)}</include>\n${rules.join('\n')}\n</fontconfig>\n`,
  );
  return path;
}
