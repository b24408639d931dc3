/**
 * An sRGB ICC profile (version 2.1, display class, D50-adapted primaries of IEC 61966-2-1 and a 2.2
 * tone curve), written here in a few hundred bytes rather than shipped as a file: PDF/A needs an
 * output intent with an embedded profile, and notices are printed in gray and the colours of a
 * signature scan only.
 */
const D50 = [0.9642, 1.0, 0.8249];
const PRIMARIES = {
  rXYZ: [0.4361, 0.2225, 0.0139],
  gXYZ: [0.3851, 0.7169, 0.0971],
  bXYZ: [0.1431, 0.0606, 0.7141],
};
export const SRGB_DESCRIPTION = 'sRGB IEC61966-2.1';

const s15Fixed16 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(Math.round(v * 65536));
  return b;
};

const xyz = (values: number[]) => Buffer.concat([Buffer.from('XYZ \0\0\0\0', 'latin1'), ...values.map(s15Fixed16)]);

function description(text: string): Buffer {
  const ascii = Buffer.from(`${text}\0`, 'latin1');
  const head = Buffer.alloc(12);
  head.write('desc', 0, 'latin1');
  head.writeUInt32BE(ascii.length, 8);
  // Then the Unicode and ScriptCode parts, both empty (v2 textDescriptionType).
  return Buffer.concat([head, ascii, Buffer.alloc(4 + 4 + 4 + 2 + 1 + 67)]);
}

const text = (value: string) => Buffer.concat([Buffer.from('text\0\0\0\0', 'latin1'), Buffer.from(`${value}\0`, 'latin1')]);

function gammaCurve(gamma: number): Buffer {
  const b = Buffer.alloc(14);
  b.write('curv', 0, 'latin1');
  b.writeUInt32BE(1, 8);
  b.writeUInt16BE(Math.round(gamma * 256), 12);
  return b;
}

let cached: Buffer | undefined;

export function srgbProfile(): Buffer {
  if (cached) return cached;
  const curve = gammaCurve(2.2);
  const tags: [string, Buffer][] = [
    ['desc', description(SRGB_DESCRIPTION)],
    ['cprt', text('No copyright, use freely')],
    ['wtpt', xyz(D50)],
    ['rXYZ', xyz(PRIMARIES.rXYZ)],
    ['gXYZ', xyz(PRIMARIES.gXYZ)],
    ['bXYZ', xyz(PRIMARIES.bXYZ)],
    ['rTRC', curve],
    ['gTRC', curve],
    ['bTRC', curve],
  ];
  const pad = (b: Buffer) => (b.length % 4 === 0 ? b : Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]));
  const tableSize = 4 + tags.length * 12;
  let offset = 128 + tableSize;
  const table = Buffer.alloc(tableSize);
  table.writeUInt32BE(tags.length, 0);
  const bodies: Buffer[] = [];
  tags.forEach(([sig, data], i) => {
    table.write(sig, 4 + i * 12, 'latin1');
    table.writeUInt32BE(offset, 8 + i * 12);
    table.writeUInt32BE(data.length, 12 + i * 12);
    const padded = pad(data);
    bodies.push(padded);
    offset += padded.length;
  });
  const header = Buffer.alloc(128);
  header.writeUInt32BE(offset, 0); // profile size
  header.writeUInt32BE(0x02100000, 8); // version 2.1
  header.write('mntr', 12, 'latin1'); // display device
  header.write('RGB ', 16, 'latin1');
  header.write('XYZ ', 20, 'latin1');
  header.writeUInt16BE(2026, 24);
  header.writeUInt16BE(1, 26);
  header.writeUInt16BE(1, 28);
  header.write('acsp', 36, 'latin1');
  header.writeUInt32BE(0, 64); // perceptual rendering intent
  s15Fixed16(D50[0]!).copy(header, 68);
  s15Fixed16(D50[1]!).copy(header, 72);
  s15Fixed16(D50[2]!).copy(header, 76);
  cached = Buffer.concat([header, table, ...bodies]);
  return cached;
}
