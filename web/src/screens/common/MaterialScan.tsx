import { Button, Progress, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useApi } from '../../api-context';
import { formatBytes } from '../../lib/format';
import { uploadScan, type UploadedScan } from '../../lib/upload';

/**
 * One material's scan: chosen with the file picker (which on a phone or tablet offers the camera),
 * or dropped onto the row; uploaded with progress and checked against its SHA-256.
 */
export function MaterialScan({ label, scan, onScanned }: { label: string; scan?: UploadedScan; onScanned: (scan: UploadedScan) => void }) {
  const { api } = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ percent: number; stage: string }>();
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    try {
      const done = await uploadScan(api, file, (percent, stage) => setProgress({ percent, stage }));
      setProgress(undefined);
      onScanned(done);
    } catch (e) {
      setProgress(undefined);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the picker and camera buttons inside are the keyboard path
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void take(e.dataTransfer.files[0]);
      }}
      style={{ border: `1px dashed ${dragging ? '#1456c8' : 'transparent'}`, padding: 2 }}
    >
      <input
        ref={input}
        type="file"
        accept="application/pdf,image/jpeg,image/png,image/tiff"
        capture="environment"
        aria-label={`选择${label}的扫描件`}
        style={{ display: 'none' }}
        data-testid={`scan-input-${label}`}
        onChange={(e) => void take(e.target.files?.[0]).finally(() => (e.target.value = ''))}
      />
      <Space direction="vertical" size={2}>
        <Button size="small" onClick={() => input.current?.click()} disabled={!!progress}>
          {scan ? '重新扫描' : '扫描 / 拖入文件'}
        </Button>
        {progress && <Progress percent={progress.percent} size="small" format={() => progress.stage} aria-label={`${label}上传进度`} />}
        {scan && !progress && (
          <Typography.Text type="success" data-testid="scan-ok">
            已校验 {formatBytes(scan.size)} · SHA-256 {scan.sha256.slice(0, 12)}…
          </Typography.Text>
        )}
        {error && (
          <Typography.Text type="danger" role="alert">
            {error}
          </Typography.Text>
        )}
      </Space>
    </div>
  );
}
