/**
 * How rectify writes a ledger's YAML where style is a choice: lists of ids and short words on one
 * line (`owners: [li, zhao]`). Written once, for the YAML a new ledger gets and the nodes an edit adds.
 */

/** A list of short single-word texts (ids, names without spaces or punctuation YAML reads specially). */
export function isShortWordList(items: readonly unknown[]): boolean {
  return items.length > 0 && items.every((x) => typeof x === 'string' && /^[\w.-]+$/.test(x));
}
