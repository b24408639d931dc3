import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/** Documents the tests and the bench hand the system: a result document and a signature pad's PNG. */

/** A result document as the approver attaches it (准予: a licence; 不予: the 不予许可决定书). */
export function resultDocument(outcome: 'approve' | 'deny', number = `证${randomBytes(4).toString('hex').toUpperCase()}`) {
  return outcome === 'approve'
    ? { kind: 'licence' as const, number, title: '许可证', issuer: '审批部门', validFrom: '2026-01-01', validUntil: '2031-12-31' }
    : { kind: 'decision_document' as const, number, title: '不予行政许可决定书', issuer: '审批部门' };
}

/** A real 8-bit PNG (RGBA by default): a signature pad's output. */
export function signaturePng(width = 6, height = 3, colorType: 2 | 6 = 6): Buffer {
  const channels = colorType === 6 ? 4 : 3;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * channels);
    row[0] = y % 2; // None and Sub filters
    for (let i = 1; i < row.length; i++) row[i] = (i * 37 + y * 11) & 0xff;
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
