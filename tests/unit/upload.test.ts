import { describe, expect, it } from 'vitest';
import { ACCEPTED_CONTENT_TYPES, checkUpload, MAX_MATERIAL_BYTES, sniffContentType } from '#domain/upload';

const bytes = (...b: number[]) => new Uint8Array([...b, 0x00, 0x11, 0x22, 0x33]);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37); // %PDF-1.7
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const TIFF_LE = bytes(0x49, 0x49, 0x2a, 0x00);
const TIFF_BE = bytes(0x4d, 0x4d, 0x00, 0x2a);

describe('sniffContentType', () => {
  it.each([
    ['PDF', PDF, 'application/pdf'],
    ['JPEG', JPEG, 'image/jpeg'],
    ['PNG', PNG, 'image/png'],
    ['little-endian TIFF (II*)', TIFF_LE, 'image/tiff'],
    ['big-endian TIFF (MM*)', TIFF_BE, 'image/tiff'],
  ])('recognises %s', (_label, head, type) => {
    expect(sniffContentType(head)).toBe(type);
  });

  it.each([
    ['empty', new Uint8Array()],
    ['a truncated PNG signature', new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
    ['a truncated PDF signature', new Uint8Array([0x25, 0x50, 0x44, 0x46])],
    ['%PDF without dash', bytes(0x25, 0x50, 0x44, 0x46, 0x20)],
    ['GIF', bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61)],
    ['ZIP / docx', bytes(0x50, 0x4b, 0x03, 0x04)],
    ['TIFF with mixed byte order (II then 00 2A)', bytes(0x49, 0x49, 0x00, 0x2a)],
    ['TIFF with mixed byte order (MM then 2A 00)', bytes(0x4d, 0x4d, 0x2a, 0x00)],
    ['plain text', new TextEncoder().encode('hello.pdf')],
    ['PDF signature not at the start', bytes(0x00, 0x25, 0x50, 0x44, 0x46, 0x2d)],
  ])('returns undefined for %s', (_label, head) => {
    expect(sniffContentType(head)).toBeUndefined();
  });

  it('accepts exactly the four scan types', () => {
    expect([...ACCEPTED_CONTENT_TYPES]).toEqual(['application/pdf', 'image/jpeg', 'image/png', 'image/tiff']);
  });
});

describe('checkUpload', () => {
  const sha = 'ab'.repeat(32);
  const declared = { sha256: sha, size: 2048, contentType: 'application/pdf' as const };
  const stored = { sha256: sha, size: 2048, head: PDF };

  it('ok when type, size and fingerprint match', () => {
    expect(checkUpload(declared, stored)).toEqual({ ok: true });
  });

  it('accepts an uppercase declared SHA-256', () => {
    expect(checkUpload({ ...declared, sha256: sha.toUpperCase() }, stored)).toEqual({ ok: true });
  });

  it('missing object', () => {
    expect(checkUpload(declared, undefined)).toEqual({ ok: false, problem: '未收到上传的文件，请重新扫描上传。' });
  });

  it('too large, checked before anything else; exactly the limit is fine', () => {
    const big = MAX_MATERIAL_BYTES + 1;
    expect(MAX_MATERIAL_BYTES).toBe(20 * 1024 * 1024);
    expect(checkUpload({ ...declared, size: big }, { sha256: 'x', size: big, head: new Uint8Array() })).toEqual({
      ok: false,
      problem: '文件大小 20971521 字节，超过上限 20971520 字节，请降低分辨率重新扫描。',
    });
    expect(checkUpload({ ...declared, size: MAX_MATERIAL_BYTES }, { ...stored, size: MAX_MATERIAL_BYTES })).toEqual({ ok: true });
  });

  it('wrong type: not a scan at all', () => {
    expect(checkUpload(declared, { ...stored, head: bytes(0x50, 0x4b, 0x03, 0x04) })).toEqual({
      ok: false,
      problem: '文件不是 PDF、JPEG、PNG 或 TIFF 格式的扫描件。',
    });
  });

  it.each([
    ['image/jpeg', PDF, 'application/pdf'],
    ['application/pdf', PNG, 'image/png'],
    ['image/png', TIFF_BE, 'image/tiff'],
    ['image/tiff', JPEG, 'image/jpeg'],
  ] as const)('declared %s but the bytes are another scan type', (declaredType, head, actual) => {
    expect(checkUpload({ ...declared, contentType: declaredType }, { ...stored, head })).toEqual({
      ok: false,
      problem: `文件实际为 ${actual}，但申报为 ${declaredType}，请按实际类型重新上传。`,
    });
  });

  it('size mismatch', () => {
    expect(checkUpload(declared, { ...stored, size: 2047 })).toEqual({
      ok: false,
      problem: '文件为 2047 字节，但申报为 2048 字节：上传不完整或已被改动，请重新上传。',
    });
  });

  it('SHA-256 mismatch', () => {
    expect(checkUpload(declared, { ...stored, sha256: 'cd'.repeat(32) })).toEqual({
      ok: false,
      problem: '文件与其 SHA-256 指纹不符：传输中被改动或损坏，请重新上传。',
    });
  });

  it('reports the first problem only: type before size before fingerprint', () => {
    expect(checkUpload({ ...declared, contentType: 'image/png' }, { sha256: 'ff', size: 1, head: PDF }).problem).toMatch(/申报为 image\/png/);
    expect(checkUpload(declared, { sha256: 'ff', size: 1, head: PDF }).problem).toMatch(/文件为 1 字节，但申报为 2048 字节/);
  });
});
