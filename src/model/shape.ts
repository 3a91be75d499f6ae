/**
 * A small language for the ledger's shape, so that the shape is written once (ledger-shape.ts) and
 * everything that depends on it follows: the JSON Schema users' editors and the validator read
 * (scripts/generate-schema.js → schemas/ledger.schema.json), the TypeScript types later stages use
 * (Infer, below), the normaliser, the order of keys when a ledger is written back, and the walks
 * that visit every date, id or reference of a ledger. Adding a field is one line in ledger-shape.ts.
 *
 * Every node carries its Chinese description: editors show it on hover and as completion help.
 */
import type { IsoDate, Status } from './ledger.js';

export type Node =
  | TextNode
  | { readonly kind: 'date'; readonly description: string }
  | { readonly kind: 'status'; readonly description: string }
  | { readonly kind: 'integer' | 'number'; readonly description: string; readonly minimum?: number }
  | { readonly kind: 'boolean'; readonly description: string }
  | { readonly kind: 'enum'; readonly description: string; readonly values: readonly string[]; readonly valueDescriptions: readonly string[] }
  | { readonly kind: 'const'; readonly description: string; readonly value: number }
  | ObjectNode
  | ListNode
  | TextOrObjectNode
  | TextsNode
  | TextOrFlagNode;

/** What a text is: prose reaches the report (placeholders filled); an id or a reference does not. */
export type TextRole = 'prose' | 'id' | 'person' | 'unit' | 'name' | 'word';

export interface TextNode {
  readonly kind: 'text';
  readonly description: string;
  readonly role: TextRole;
  /** Empty text refused (minLength 1). */
  readonly nonEmpty: boolean;
}

/** One paragraph of text, or a list of paragraphs: normalised to the list. */
export interface TextsNode {
  readonly kind: 'texts';
  readonly description: string;
}

/** A text, or `false` for "none" and `true` for "the template's own": e.g. a part heading. */
export interface TextOrFlagNode {
  readonly kind: 'text-or-flag';
  readonly description: string;
}

export interface Field {
  readonly node: Node;
  readonly required: boolean;
  /** What a normalised ledger holds when the key is absent; a list's default is empty. */
  readonly default?: unknown;
}

export interface ObjectNode {
  readonly kind: 'object';
  readonly description: string;
  readonly fields: Readonly<Record<string, Field>>;
  /** Written once under `$defs` and referred to by name in the JSON Schema. */
  readonly def?: string;
  /**
   * Keys required unless `key` holds `value` (e.g. `visit` and `feedback` unless `kind` is 审计):
   * an `if`/`else` in the JSON Schema, so editors and the validator agree.
   */
  readonly requiredUnless?: { readonly key: string; readonly value: string; readonly fields: readonly string[] };
}

export interface ListNode {
  readonly kind: 'list';
  readonly description: string;
  readonly items: Node;
  readonly minItems?: number;
}

/** `"青禾"` or `{ text: 青禾, mask: XX }`: a bare text stands for the object with only its `key`. */
export interface TextOrObjectNode {
  readonly kind: 'text-or-object';
  readonly description: string;
  readonly object: ObjectNode;
  readonly key: string;
}

// ---------- building a shape ----------

export const text = (description: string, role: TextRole = 'prose', nonEmpty = false): TextNode => ({ kind: 'text', description, role, nonEmpty });
export const date = (description: string) => ({ kind: 'date', description }) as const;
export const status = (description: string) => ({ kind: 'status', description }) as const;
export const count = (description: string) => ({ kind: 'integer', description, minimum: 0 }) as const;
export const number = (description: string) => ({ kind: 'number', description }) as const;
export const flag = (description: string) => ({ kind: 'boolean', description }) as const;
export const oneOf = <const V extends string>(description: string, values: readonly [V, string][]) =>
  ({ kind: 'enum', description, values: values.map(([v]) => v) as readonly V[], valueDescriptions: values.map(([, d]) => d) }) as const;
export const constant = <const V extends number>(description: string, value: V) => ({ kind: 'const', description, value }) as const;
export const object = <F extends Readonly<Record<string, Field>>>(description: string, fields: F, def?: string) =>
  ({ kind: 'object', description, fields, ...(def !== undefined ? { def } : {}) }) as { readonly kind: 'object'; readonly description: string; readonly fields: F; readonly def?: string };
export const list = <I extends Node>(description: string, items: I, minItems?: number) =>
  ({ kind: 'list', description, items, ...(minItems !== undefined ? { minItems } : {}) }) as { readonly kind: 'list'; readonly description: string; readonly items: I; readonly minItems?: number };
export const textOrObject = <O extends ObjectNode>(description: string, objectNode: O, key: string) =>
  ({ kind: 'text-or-object', description, object: objectNode, key }) as { readonly kind: 'text-or-object'; readonly description: string; readonly object: O; readonly key: string };

export const texts = (description: string) => ({ kind: 'texts', description }) as const;
export const textOrFlag = (description: string) => ({ kind: 'text-or-flag', description }) as const;
/** The same object with `fields` required unless `key` is `value`; list those fields as optional. */
export const requiredUnless = <O extends ObjectNode>(node: O, key: string, value: string, fields: readonly string[]): O => ({ ...node, requiredUnless: { key, value, fields } });

export const required = <N extends Node>(node: N) => ({ node, required: true }) as const;
export const optional = <N extends Node>(node: N) => ({ node, required: false }) as const;
/** Optional in the file; the normalised ledger always has it (a list: empty). */
export const defaulted = <N extends Node, D>(node: N, value: D) => ({ node, required: false, default: value }) as const;

// ---------- the types a shape describes, once normalised ----------

type FieldsOf<F> = {
  -readonly [K in keyof F as F[K] extends { required: true } | { default: unknown } ? K : never]: F[K] extends { node: infer N } ? Infer<N> : never;
} & {
  -readonly [K in keyof F as F[K] extends { required: true } | { default: unknown } ? never : K]?: F[K] extends { node: infer N } ? Infer<N> : never;
};
type Flat<T> = { [K in keyof T]: T[K] };

/** The normalised value of a node: statuses as their English names, dates as `YYYY-MM-DD`, bare texts as objects. */
export type Infer<N> = N extends { kind: 'text' }
  ? string
  : N extends { kind: 'texts' }
    ? string[]
    : N extends { kind: 'text-or-flag' }
      ? string | boolean
  : N extends { kind: 'date' }
    ? IsoDate
    : N extends { kind: 'status' }
      ? Status
      : N extends { kind: 'integer' | 'number' }
        ? number
        : N extends { kind: 'boolean' }
          ? boolean
          : N extends { kind: 'enum'; values: readonly (infer V)[] }
            ? V
            : N extends { kind: 'const'; value: infer V }
              ? V
              : N extends { kind: 'object'; fields: infer F }
                ? Flat<FieldsOf<F>>
                : N extends { kind: 'list'; items: infer I }
                  ? Infer<I>[]
                  : N extends { kind: 'text-or-object'; object: infer O }
                    ? Infer<O>
                    : never;

// ---------- walking a value by its shape ----------

/** A key path step: a key of a mapping or an index into a list. */
export type Step = string | number;

/** `aspects[2].issues[0].status` from its steps. */
export function pathOf(steps: readonly Step[]): string {
  let path = '';
  for (const s of steps) path = typeof s === 'number' ? `${path}[${s}]` : path === '' ? s : `${path}.${s}`;
  return path;
}

/**
 * The shape as a walk looking for `wanted` goes through it: whether each node is wanted, and what
 * it enters below — nothing for a subtree that holds no wanted node (a walk for dates never visits
 * a measure's texts), else the fields of an object that lead to one. Worked out once per node and
 * test, from the shape alone.
 */
interface Route {
  readonly node: Node;
  readonly wanted: boolean;
  /** Whether the node or anything under it is wanted. */
  readonly holds: boolean;
  /** An object's fields that hold a wanted node, in the shape's order. */
  readonly fields?: readonly (readonly [string, Route])[];
  /** A list's items, when they hold a wanted node. */
  readonly items?: Route;
  /** The object a text may stand for, when it holds a wanted node. */
  readonly object?: Route;
}

const ROUTES = new WeakMap<(node: Node) => boolean, WeakMap<Node, Route>>();

function routeOf(node: Node, wanted: (node: Node) => boolean, memo: WeakMap<Node, Route>): Route {
  const known = memo.get(node);
  if (known) return known;
  const self = wanted(node);
  let route: Route;
  if (node.kind === 'object') {
    const fields = Object.keys(node.fields)
      .map((key) => [key, routeOf(node.fields[key]!.node, wanted, memo)] as const)
      .filter(([, child]) => child.holds);
    route = { node, wanted: self, holds: self || fields.length > 0, fields };
  } else if (node.kind === 'list') {
    const items = routeOf(node.items, wanted, memo);
    route = { node, wanted: self, holds: self || items.holds, ...(items.holds ? { items } : {}) };
  } else if (node.kind === 'text-or-object') {
    const object = routeOf(node.object, wanted, memo);
    route = { node, wanted: self, holds: self || object.holds, ...(object.holds ? { object } : {}) };
  } else route = { node, wanted: self, holds: self };
  memo.set(node, route);
  return route;
}

/**
 * Visit every value of `value` whose node satisfies `wanted` (a test of the node alone), in
 * document order, with its node and its key path (as steps: the path is built only by a visitor
 * that needs it). Subtrees of the shape that hold no wanted node are not entered.
 */
export function walk(node: Node, value: unknown, wanted: (node: Node) => boolean, visit: (value: unknown, node: Node, steps: readonly Step[]) => void): void {
  let memo = ROUTES.get(wanted);
  if (!memo) ROUTES.set(wanted, (memo = new WeakMap()));
  const steps: Step[] = [];
  const go = (route: Route, v: unknown): void => {
    if (v === undefined || v === null) return;
    if (route.wanted) visit(v, route.node, steps);
    if (route.fields) {
      if (typeof v !== 'object') return;
      for (const [key, child] of route.fields) {
        const next = (v as Record<string, unknown>)[key];
        if (next === undefined || next === null) continue;
        steps.push(key);
        go(child, next);
        steps.pop();
      }
    } else if (route.items) {
      if (!Array.isArray(v)) return;
      for (let i = 0; i < v.length; i++) {
        steps.push(i);
        go(route.items, v[i]);
        steps.pop();
      }
    } else if (route.object && typeof v === 'object') {
      go(route.object, v);
    }
  };
  go(routeOf(node, wanted, memo), value);
}

// ---------- the JSON Schema ----------

/** The texts that may be written as whole numbers: ids and the references to them. */
export const NUMBERED: ReadonlySet<TextRole> = new Set<TextRole>(['id', 'person', 'unit']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface SchemaOptions {
  title: string;
  /** The `$defs` the shape's `date` and `status` nodes refer to. */
  date: Json;
  status: Json;
}

/**
 * The JSON Schema (2020-12, using only keywords that mean the same in draft-07, which editors'
 * YAML language servers implement) of a shape: what the validator checks and what editors offer.
 */
export function toJsonSchema(root: ObjectNode, options: SchemaOptions): Json {
  const defs: Record<string, Json> = { date: options.date, status: options.status };
  const convert = (node: Node): Record<string, Json> => {
    switch (node.kind) {
      case 'text':
        // an id (or a reference to one) may be written as a whole number, `id: 1`: it is the text "1"
        return { type: NUMBERED.has(node.role) ? ['string', 'integer'] : 'string', description: node.description, ...(node.nonEmpty ? { minLength: 1 } : {}) };
      case 'date':
        return { $ref: '#/$defs/date', description: node.description };
      case 'status':
        return { $ref: '#/$defs/status', description: node.description };
      case 'integer':
      case 'number':
        return { type: node.kind, description: node.description, ...(node.minimum !== undefined ? { minimum: node.minimum } : {}) };
      case 'boolean':
        return { type: 'boolean', description: node.description };
      case 'enum':
        return {
          type: 'string',
          description: node.description,
          enum: [...node.values],
          enumDescriptions: [...node.valueDescriptions],
          markdownEnumDescriptions: [...node.valueDescriptions],
        };
      case 'const':
        return { const: node.value, description: node.description };
      case 'list':
        return { type: 'array', description: node.description, items: convert(node.items), ...(node.minItems !== undefined ? { minItems: node.minItems } : {}) };
      case 'texts':
        return { type: ['string', 'array'], description: node.description, items: { type: 'string', description: '一段文字' } };
      case 'text-or-flag':
        return { type: ['string', 'boolean'], description: node.description };
      case 'text-or-object': {
        const { type: _, ...rest } = objectSchema(node.object);
        return { ...rest, description: node.description, type: ['string', 'object'], minLength: 1 };
      }
      case 'object': {
        if (node.def === undefined) return objectSchema(node);
        defs[node.def] ??= objectSchema(node);
        return { $ref: `#/$defs/${node.def}`, description: node.description };
      }
    }
  };
  const objectSchema = (node: ObjectNode): Record<string, Json> => {
    const required = Object.keys(node.fields).filter((key) => node.fields[key]!.required);
    const unless = node.requiredUnless;
    return {
      type: 'object',
      description: node.description,
      additionalProperties: false,
      properties: Object.fromEntries(Object.entries(node.fields).map(([key, field]) => [key, convert(field.node)])),
      ...(required.length > 0 ? { required } : {}),
      ...(unless
        ? {
            if: {
              type: 'object',
              description: `${unless.key} 为“${unless.value}”时`,
              properties: { [unless.key]: { const: unless.value, description: node.fields[unless.key]!.node.description } },
              required: [unless.key],
            },
            else: {
              type: 'object',
              description: `否则须有 ${unless.fields.join('、')}`,
              // the descriptions again, so a "missing key" hint can say what the key holds
              properties: Object.fromEntries(unless.fields.map((key) => [key, { description: node.fields[key]!.node.description }])),
              required: [...unless.fields],
            },
          }
        : {}),
    };
  };
  const body = objectSchema(root);
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: options.title, ...body, $defs: defs };
}

// ---------- normalising a value the schema accepted ----------

/**
 * A schema-valid value → its normalised form: fresh plain objects in the shape's key order,
 * defaults filled in, absent optional keys absent (never `undefined`), bare texts turned into their
 * object, statuses through `statusOf` (Chinese words to English names), dates through `dateOf`
 * (the forms people type to `YYYY-MM-DD`).
 */
export function normalize(
  node: Node,
  value: unknown,
  statusOf: (word: string) => Status | undefined,
  dateOf: (text: string) => IsoDate | undefined = () => undefined,
): unknown {
  switch (node.kind) {
    case 'status':
      return typeof value === 'string' ? statusOf(value) : undefined;
    case 'date':
      // `2023年12月1日` as `2023-12-01`; a text that names no day stays as typed, for the calendar check to point at
      return typeof value === 'string' ? (dateOf(value) ?? value) : value;
    case 'text':
      // an id written as a whole number (`id: 1`) is the text "1"
      return typeof value === 'number' ? String(value) : value;
    case 'texts':
      return typeof value === 'string' ? [value] : Array.isArray(value) ? [...value] : undefined;
    case 'list':
      return Array.isArray(value) ? value.map((item) => normalize(node.items, item, statusOf, dateOf)) : [];
    case 'text-or-object':
      return normalize(node.object, typeof value === 'string' ? { [node.key]: value } : value, statusOf, dateOf);
    case 'object': {
      const raw = (value ?? {}) as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(node.fields)) {
        const given = raw[key];
        const v =
          given === undefined || given === null
            ? 'default' in field
              ? normalize(field.node, field.default, statusOf, dateOf)
              : undefined
            : normalize(field.node, given, statusOf, dateOf);
        if (v !== undefined) out[key] = v;
      }
      return out;
    }
    default:
      return value;
  }
}

// ---------- writing a normalised value back ----------

/**
 * A normalised value as plain data to write as YAML: the shape's key order; absent values, empty
 * lists and mappings at their default left out so the file stays short; statuses through
 * `word` (English names to the Chinese words users type). A required list stays even when empty.
 */
export function toPlain(node: Node, value: unknown, word: (status: Status) => string): unknown {
  switch (node.kind) {
    case 'status':
      return typeof value === 'string' ? word(value as Status) : undefined;
    case 'texts':
      // one paragraph is written as the text it was typed as
      return Array.isArray(value) ? (value.length === 1 ? value[0] : [...value]) : undefined;
    case 'list':
      return Array.isArray(value) ? value.map((item) => toPlain(node.items, item, word)) : undefined;
    case 'text-or-object':
      return toPlain(node.object, value, word);
    case 'object': {
      if (value === undefined || value === null) return undefined;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(node.fields)) {
        const v = toPlain(field.node, (value as Record<string, unknown>)[key], word);
        if (v === undefined) continue;
        if (!field.required && Array.isArray(v) && v.length === 0) continue;
        // a mapping at its default (`appendix: { ledger: false }`) says nothing; a scalar default (`stage: progress`) is kept, it reads well
        if ('default' in field && field.node.kind === 'object' && isDefault(v, toPlain(field.node, normalize(field.node, field.default, () => undefined), word))) continue;
        out[key] = v;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
    default:
      return value;
  }
}

function isDefault(value: unknown, fallback: unknown): boolean {
  return JSON.stringify(value) === JSON.stringify(fallback);
}
