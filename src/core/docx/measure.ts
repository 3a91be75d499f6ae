/**
 * Unit conversions and the character arithmetic GB/T 9704 is written in ("two characters from the
 * right"): OOXML wants twips (1/20 pt) and half-points, the standard speaks of millimetres and
 * characters of the body size.
 */
import type { Layout } from './layout.js';

export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);

export interface PageTwips {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The portrait page in twips. The left margin is what remains once the text block (page width less
 * both margins, rounded once) is set, so rounding never takes a twip off the 156 mm block that
 * must hold 28 characters: 37/35/28/26 mm give 2098/1984/1588/1474.
 */
export function pageTwips(layout: Layout): PageTwips {
  const { width, height, margins: m } = layout.page;
  const w = mmToTwips(width);
  const right = mmToTwips(m.right);
  const block = mmToTwips(width - m.left - m.right);
  return { width: w, height: mmToTwips(height), top: mmToTwips(m.top), bottom: mmToTwips(m.bottom), left: w - right - block, right };
}

/** Advance of one full-width body character, character spacing included. */
export function bodyCharTwips(layout: Layout): number {
  return ptToTwips(layout.body.size) + ptToTwips(layout.characterSpacing);
}

/**
 * Width of a string in body characters: Latin letters, digits and ASCII punctuation are set in the
 * Latin font at about half a full-width character.
 */
export function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! < 0x2000 ? 0.5 : 1;
  return w;
}

/** An ASCII letter or digit (Latin text, as the word processors space it from Chinese). */
export function isLatinCode(cp: number): boolean {
  return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
}

/** Whether a BMP character is of the Han script: asked of the regular expression once per character, then kept. */
const HAN_BMP = new Uint8Array(0x10000);

/** A character of the Han script (`\p{Script=Han}`), by code point: a pass over a long text makes one test per distinct character. */
export function isHanCode(cp: number): boolean {
  if (cp < 0x2e80) return false;
  if (cp > 0xffff) return /\p{Script=Han}/u.test(String.fromCodePoint(cp));
  let known = HAN_BMP[cp]!;
  if (known === 0) HAN_BMP[cp] = known = /\p{Script=Han}/u.test(String.fromCharCode(cp)) ? 1 : 2;
  return known === 1;
}

export interface SignatureIndents {
  /** right indents, twips, of the issuing-unit lines and of the date line */
  units: number[];
  date: number;
}

/**
 * GB/T 9704 7.3.5.2 (no seal): the issuing unit sits two characters from the right; the date goes
 * on the next line starting two characters right of the unit's first character. When the date is
 * the longer, the date keeps two characters on the right and the unit moves left to match.
 * Several units (a joint document) are each placed like a single one.
 */
export function signatureIndents(units: string[], date: string, layout: Layout, sealed = false): SignatureIndents {
  if (sealed) return sealedSignatureIndents(units, date, layout);
  const cw = bodyCharTwips(layout);
  const unitWidths = units.map(widthInChars);
  const widest = Math.max(...unitWidths);
  const dateWidth = widthInChars(date);
  // the date starts two characters right of where the widest unit starts
  let unitRight = 2;
  let dateRight = unitRight + widest - 2 - dateWidth;
  if (dateRight < 2) {
    dateRight = 2;
    unitRight = dateRight + dateWidth + 2 - widest;
  }
  return {
    units: unitWidths.map(() => Math.round(unitRight * cw)),
    date: Math.round(dateRight * cw),
  };
}

/**
 * GB/T 9704 7.3.5.1 (sealed): the date four characters from the right; each issuing unit centred
 * over the date. The seal, pressed over both, gets its room from the blank lines above them.
 */
export function sealedSignatureIndents(units: string[], date: string, layout: Layout): SignatureIndents {
  const cw = bodyCharTwips(layout);
  const dateWidth = widthInChars(date);
  const dateRight = 4;
  return {
    units: units.map((u) => Math.max(0, Math.round((dateRight + (dateWidth - widthInChars(u)) / 2) * cw))),
    date: Math.round(dateRight * cw),
  };
}
