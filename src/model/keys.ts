/**
 * Which keys may stand under which key, by the name of the key that holds them ('' for the top of
 * the ledger; a list's items under the list's key). It is the schema's shape seen from the text,
 * for the one place that needs it before the text is a value: telling which block a wrongly
 * indented line belongs to. test/model/keys.test.ts holds it equal to schemas/ledger.schema.json.
 */
export const KEYS_UNDER: Readonly<Record<string, readonly string[]>> = {
  '': ['rectify', 'report', 'inspection', 'people', 'units', 'overview', 'aspects', 'metrics', 'referrals', 'plans', 'appendix', 'redact'],
  report: ['title', 'unit', 'date', 'to', 'stage'],
  inspection: ['by', 'target', 'arranged_by', 'kind', 'visit', 'feedback', 'declared'],
  visit: ['from', 'to'],
  declared: ['aspects', 'issues', 'measures'],
  people: ['id', 'name', 'title'],
  units: ['id', 'name'],
  overview: ['lead', 'points', 'text', 'break'],
  points: ['title', 'text'],
  aspects: ['id', 'title', 'issues'],
  issues: ['id', 'title', 'status', 'leader', 'units', 'owners', 'due', 'done', 'progress', 'measures'],
  measures: ['id', 'text', 'status', 'due', 'done', 'owners', 'evidence', 'metrics'],
  metrics: ['id', 'name', 'value', 'unit', 'target'],
  referrals: ['clues', 'petitions', 'text'],
  plans: ['shortcomings', 'lead', 'items'],
  appendix: ['ledger'],
  redact: ['text', 'mask'],
};

/** Whether `key` may stand under `parent` (a key name, '' for the top). */
export function keyBelongs(key: string, parent: string): boolean {
  return Object.hasOwn(KEYS_UNDER, parent) && KEYS_UNDER[parent]!.includes(key);
}

/** Every key name the ledger format has, anywhere. */
export const ALL_KEYS: ReadonlySet<string> = new Set(Object.values(KEYS_UNDER).flat());

/**
 * The key a list item is written with first, when the item is an object: a measure is `- text: …`,
 * an issue `- id: …`. For a bare text written where an object is expected.
 */
export const ITEM_TEXT_KEY: Readonly<Record<string, string>> = {
  measures: 'text',
  overview: 'text',
  points: 'title',
  aspects: 'title',
  issues: 'title',
  redact: 'text',
};
