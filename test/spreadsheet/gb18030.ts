/**
 * A GB18030 encoder for test data, built by inverting the platform's decoder over the two-byte
 * range: Node ships no GB18030 encoder, and the tests must feed real GB18030 bytes.
 */
let table: Map<string, number[]> | undefined;

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder('gb18030');
  const map = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.from([a, b]));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [a, b]);
    }
  }
  return map;
}

export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}
