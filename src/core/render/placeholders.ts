import { findPlaceholders } from '../../model/placeholders.js';

/**
 * Fill `{{name}}` placeholders in ledger prose from the derived values. Validation has already
 * refused unknown names at their line and column; should one still arrive (a ledger that skipped
 * validation), it is left as written rather than guessed.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  const uses = findPlaceholders(text);
  if (uses.length === 0) return text;
  let out = '';
  let at = 0;
  for (const use of uses) {
    const value = Object.hasOwn(values, use.name) ? values[use.name] : undefined;
    out += text.slice(at, use.offset) + (value ?? text.slice(use.offset, use.offset + use.length));
    at = use.offset + use.length;
    // a rate already carries its %: `{{rate}}%` as typed by hand prints one, not "76%%"
    if (value?.endsWith('%') && (text[at] === '%' || text[at] === '％')) at += 1;
  }
  return out + text.slice(at);
}
