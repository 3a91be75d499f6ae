/** Where a string holds a character XML 1.0 cannot carry, or -1. Tab, LF and CR are fine. */
export function firstXmlIllegal(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return i;
    } else if (c === 0xfffe || c === 0xffff) {
      return i;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return i;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return i;
    }
  }
  return -1;
}

export function codePointLabel(text: string, index: number): string {
  return `U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Call `visit` for every string in a loaded value with its key path, depth-first in document order.
 * A plain recursive walk: generators cost a third of validation time on large ledgers.
 */
export function forEachString(value: unknown, visit: (path: string, text: string) => void, path = ''): void {
  if (typeof value === 'string') {
    visit(path, value);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) forEachString(value[i], visit, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      forEachString((value as Record<string, unknown>)[key], visit, path === '' ? key : `${path}.${key}`);
    }
  }
}
