/**
 * The document's properties are the report's (issue 16, item 7): its author is the issuing unit
 * (report.unit, as the signature says it), its title the report's title; a public build masks them
 * as it masks the body.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOne } from '../support/build.js';
import { exampleLedgerText, part } from './build-fixture.js';

async function coreXml(options: { public?: boolean } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rectify-props-'));
  writeFileSync(join(dir, 'example.yaml'), exampleLedgerText(false));
  const result = await buildOne('example.yaml', { cwd: dir, formats: ['docx'], public: options.public ?? false });
  expect(result.exitCode, JSON.stringify(result.diagnostics)).toBe(0);
  // a public build is named apart from the internal one
  return part(new Uint8Array(readFileSync(join(dir, options.public ? 'example.公开版.docx' : 'example.docx'))), 'docProps/core.xml');
}

describe('document properties', () => {
  it('name the issuing unit as author and last editor, and carry the title', async () => {
    const xml = await coreXml();
    expect(xml).toContain('<dc:creator>中共青禾县司法局党组</dc:creator>');
    expect(xml).toContain('<cp:lastModifiedBy>中共青禾县司法局党组</cp:lastModifiedBy>');
    expect(xml).toContain('<dc:title>青禾县司法局关于市委巡察暨优化营商环境专项巡察整改进展情况的报告</dc:title>');
    expect(xml).not.toContain('rectify');
  });

  it('are masked in the public version like the body', async () => {
    const xml = await coreXml({ public: true });
    expect(xml).toContain('<dc:creator>中共XX县司法局党组</dc:creator>');
    expect(xml).toContain('<dc:title>XX县司法局关于市委巡察暨优化营商环境专项巡察整改进展情况的报告</dc:title>');
    expect(xml).not.toContain('青禾');
  });
});
