/** A scanned material on its way in: declared by the scanner, then checked against the stored bytes. */
export interface Upload {
  uploadId: string;
  objectKey: string;
  fileName: string;
  contentType: AcceptedContentType;
  /** SHA-256 the scanner computed, hex; the server recomputes it from the stored object. */
  sha256: string;
  size: number;
  createdAt: string;
  createdBy: string;
  centre?: string;
  status: 'pending' | 'verified';
  checkedAt?: string;
}

export const ACCEPTED_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type AcceptedContentType = (typeof ACCEPTED_CONTENT_TYPES)[number];

/** Largest scanned material accepted (bytes). */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

const SIGNATURES: { type: AcceptedContentType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] }, // little-endian II*
  { type: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] }, // big-endian MM*
];

/** The file type its first bytes say it is, whatever its name or declared type claims. */
export function sniffContentType(head: Uint8Array): AcceptedContentType | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => head[i] === b))?.type;
}

export interface UploadCheck {
  ok: boolean;
  problem?: string;
}

/** Compares what was declared with what arrived; the first problem found is the clerk's to fix. */
export function checkUpload(
  declared: Pick<Upload, 'sha256' | 'size' | 'contentType'>,
  stored: { sha256: string; size: number; head: Uint8Array } | undefined,
): UploadCheck {
  if (!stored) return { ok: false, problem: '未收到上传的文件，请重新扫描上传。' };
  if (stored.size > MAX_MATERIAL_BYTES) {
    return { ok: false, problem: `文件大小 ${stored.size} 字节，超过上限 ${MAX_MATERIAL_BYTES} 字节，请降低分辨率重新扫描。` };
  }
  const sniffed = sniffContentType(stored.head);
  if (!sniffed) return { ok: false, problem: '文件不是 PDF、JPEG、PNG 或 TIFF 格式的扫描件。' };
  if (sniffed !== declared.contentType) {
    return { ok: false, problem: `文件实际为 ${sniffed}，但申报为 ${declared.contentType}，请按实际类型重新上传。` };
  }
  if (stored.size !== declared.size) {
    return { ok: false, problem: `文件为 ${stored.size} 字节，但申报为 ${declared.size} 字节：上传不完整或已被改动，请重新上传。` };
  }
  if (stored.sha256 !== declared.sha256.toLowerCase()) {
    return { ok: false, problem: '文件与其 SHA-256 指纹不符：传输中被改动或损坏，请重新上传。' };
  }
  return { ok: true };
}

/** Where a verified scan is kept: content-addressed by its SHA-256, outside every upload URL's reach (materials/…). */
export function verifiedObjectKey(sha256: string): string {
  return `verified/${sha256.slice(0, 2)}/${sha256}`;
}
