import type { ErrorObject } from 'ajv';
import { STATUSES } from '../../model/ledger.js';
import { DATE_PATTERN } from '../../model/ledger-shape.js';
import { childPath, parentPath } from '../load/index.js';
import { closest, listForHint } from './closest.js';
import type { Params } from '../../model/problem.js';
import { describeStatuses } from '../../model/status.js';

/** A schema finding before wording: where (path, and whether to point at the key) and what. */
export interface SchemaFinding {
  code: string;
  path: string;
  /** Point at the key of `path` rather than its value (unknown keys, missing keys). */
  atKey: boolean;
  params: Params;
}


function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** `/aspects/0/issues/1` → `aspects[0].issues[1]`, walking the data to tell indexes from keys. */
export function pointerToPath(pointer: string, root: unknown): string {
  if (pointer === '') return '';
  let path = '';
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      path = childPath(path, index);
      node = node[index];
    } else {
      path = childPath(path, segment);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

const parentOf = (path: string): string => parentPath(path) ?? '';

function display(value: unknown): string {
  if (typeof value === 'string') return `“${value}”`;
  return JSON.stringify(value) ?? String(value);
}

/**
 * The one value whose description (`final：整改完成情况报告（整改完成）`) holds the words typed: people
 * write the Chinese name of a choice whose value is English.
 */
function describedAs(typed: string, allowed: readonly string[], schema: unknown): string | undefined {
  const words = typed.trim();
  const descriptions = (schema as { enumDescriptions?: unknown } | undefined)?.enumDescriptions;
  if (words.length < 2 || !Array.isArray(descriptions)) return undefined;
  const matches = allowed.filter((value, i) => {
    const description = String(descriptions[i] ?? '');
    return description.slice(description.indexOf('：') + 1).includes(words);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * One finding per ajv error, then one per place and code: ajv with allErrors can report the same
 * fact several times (a union type, a `$ref` with siblings), and the user should read it once.
 */
export function findingsFromSchemaErrors(errors: readonly ErrorObject[], root: unknown): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  for (const error of errors) {
    const path = pointerToPath(error.instancePath, root);
    const finding = findingFor(error, path);
    if (finding) findings.push(finding);
  }
  // A value of the wrong type also fails its enum or pattern; the type is the one fact to tell.
  const wrongType = new Set(findings.filter((f) => f.code === 'type').map((f) => f.path));
  // `titel:` for `title:` is one mistake: the unknown key says "是否应为 title？"; the missing title is the same fact
  const misspelt = new Set(findings.filter((f) => f.code === 'unknown-key' && f.params.closest).map((f) => `${parentOf(f.path)}|${f.params.closest}`));
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!f.atKey && f.code !== 'type' && wrongType.has(f.path)) return false;
    if (f.code === 'missing-key' && misspelt.has(`${f.path}|${f.params.key}`)) return false;
    // several keys missing from one object are several findings: all of them in one run
    const key = `${f.path}|${f.code}|${f.atKey}|${f.code === 'missing-key' ? String(f.params.key) : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function findingFor(error: ErrorObject, path: string): SchemaFinding | undefined {
  const params = error.params as Record<string, unknown>;
  const parentSchema = (error.parentSchema ?? {}) as Record<string, unknown>;
  switch (error.keyword) {
    // "must match the else schema": the keys that schema requires are reported each on its own
    case 'if':
      return undefined;
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((parentSchema.properties as Record<string, unknown>) ?? {});
      return {
        code: 'unknown-key',
        path: childPath(path, key),
        atKey: true,
        params: { key, allowed: allowed.join(', '), closest: closest(key, allowed) ?? '' },
      };
    }
    case 'required': {
      const key = String(params.missingProperty);
      const description = String(
        ((parentSchema.properties as Record<string, Record<string, unknown>> | undefined)?.[key]?.description as string) ?? '',
      );
      return { code: 'missing-key', path, atKey: true, params: { key, description } };
    }
    case 'type': {
      const expectedTypes = String(params.type).split(',');
      const found = typeOf(error.data);
      return {
        code: 'type',
        path,
        atKey: false,
        params: { expected: expectedTypes.join(','), found },
      };
    }
    case 'enum': {
      const allowed = (error.schema as unknown[]).map(String);
      const isStatus = STATUSES.every((s) => allowed.includes(s));
      return {
        code: 'bad-enum',
        path,
        atKey: false,
        params: {
          value: display(error.data),
          allowed: isStatus ? describeStatuses() : listForHint(allowed, 20),
          // `正在整该` for 正在整改, `in-progess` for in-progress; `整改完成情况` for final, by its description
          closest: typeof error.data === 'string' ? (closest(error.data, allowed) ?? describedAs(error.data, allowed, error.parentSchema) ?? '') : '',
        },
      };
    }
    case 'const':
      return { code: 'bad-enum', path, atKey: false, params: { value: display(error.data), allowed: display(params.allowedValue) } };
    case 'pattern':
      if (params.pattern === DATE_PATTERN) return { code: 'bad-date', path, atKey: false, params: { value: String(error.data) } };
      return undefined;
    case 'minLength':
      return {
        code: 'bad-value',
        path,
        atKey: false,
        params: { rule: 'empty' },
      };
    case 'minItems':
      return {
        code: 'bad-value',
        path,
        atKey: false,
        params: { rule: 'min-items', limit: Number(params.limit) },
      };
    case 'minimum':
      return {
        code: 'bad-value',
        path,
        atKey: false,
        params: { rule: 'minimum', limit: Number(params.limit) },
      };
    default:
      return {
        code: 'bad-value',
        path,
        atKey: false,
        params: { rule: error.keyword, detail: error.message ?? error.keyword },
      };
  }
}
