import { ok, type Api } from '../api';

/** SHA-256 of a file as lower-case hex, computed in the browser before upload (the fixity value). */
export async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];

export function scanTypeOf(file: { type: string; name: string }): ScanType | undefined {
  if ((SCAN_TYPES as readonly string[]).includes(file.type)) return file.type as ScanType;
  const ext = file.name.toLowerCase().split('.').pop();
  return (
    { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', tif: 'image/tiff', tiff: 'image/tiff' } as const
  )[ext ?? ''];
}

/** PUT with upload progress (fetch cannot report it). */
function put(url: string, headers: Record<string, string>, body: Blob, onProgress: (percent: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new Error(`上传失败（HTTP ${xhr.status}）`)));
    xhr.onerror = () => reject(new Error('上传失败：网络错误'));
    xhr.send(body);
  });
}

export interface UploadedScan {
  uploadId: string;
  sha256: string;
  size: number;
}

/**
 * A scan's way in: the hash in the browser, a presigned PUT with progress, then the server reads
 * the object back and checks the hash and type (POST /uploads/{id}/complete).
 */
export async function uploadScan(api: Api, file: File, onProgress: (percent: number, stage: string) => void): Promise<UploadedScan> {
  const contentType = scanTypeOf(file);
  if (!contentType) throw new Error('只接受 PDF、JPEG、PNG 或 TIFF 格式的扫描件');
  onProgress(0, '计算校验值');
  const bytes = await file.arrayBuffer();
  const sha256 = await sha256Hex(bytes);
  const started = ok(await api.POST('/uploads', { body: { fileName: file.name, contentType, sha256, size: file.size } }));
  await put(started.uploadUrl, started.headers as Record<string, string>, new Blob([bytes], { type: contentType }), (p) =>
    onProgress(p, '上传中'),
  );
  onProgress(100, '校验中');
  const checked = ok(await api.POST('/uploads/{uploadId}/complete', { params: { path: { uploadId: started.uploadId } } }));
  if (checked.sha256 !== sha256) throw new Error('服务器校验值与本地不一致，请重新扫描');
  return { uploadId: started.uploadId, sha256, size: checked.size };
}
