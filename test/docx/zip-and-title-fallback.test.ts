import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../src/host/zip.js';
import { titleLines } from '../../src/core/docx/title-shape.js';

describe('titleLines without the known words', () => {
  it('falls back to dictionary words, so 食堂 and 管理 stay whole', () => {
    // none of 学校, 食堂, 安全, 管理 is in the known list; no seam fits
    const lines = titleLines('青禾县教育局学校食堂安全管理规范化建设实施情况汇总表格', 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('青禾县教育局学校食堂安全管理规范化建设实施情况汇总表格');
    for (const word of ['学校', '食堂', '安全', '管理']) expect(lines.some((l) => l.includes(word))).toBe(true);
  });
});

describe('writeZip and readZip', () => {
  it('writes entries any zip reader gives back, in order, and the same bytes twice', () => {
    const files = [
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>'.repeat(50)) },
      { name: 'word/empty.xml', data: new Uint8Array(0) },
      { name: 'word/中文.xml', data: new TextEncoder().encode('整改进展') },
    ];
    const zip = writeZip(files);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(files.map((f) => f.name));
    for (const f of files) expect(Buffer.from(back[f.name]!).equals(Buffer.from(f.data))).toBe(true);
    expect(writeZip(files).equals(zip)).toBe(true);
  });
});

describe('readZip', () => {
  it("reads another writer's stored and deflated entries, and only the wanted ones", () => {
    const xml = new TextEncoder().encode('<w:p>整改</w:p>'.repeat(40));
    const png = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    const zip = zipSync({ 'word/document.xml': [xml, { level: 6 }], 'media/a.png': [png, { level: 0 }] });
    const all = readZip(zip);
    expect(Buffer.from(all['word/document.xml']!).equals(Buffer.from(xml))).toBe(true);
    expect(Buffer.from(all['media/a.png']!).equals(Buffer.from(png))).toBe(true);
    expect(Object.keys(readZip(zip, (name) => name.endsWith('.xml')))).toEqual(['word/document.xml']);
    expect(() => readZip(xml)).toThrow(/not a zip/);
  });
});
