import { Button, Space } from 'antd';
import SignaturePad from 'signature_pad';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';

export interface SignatureHandle {
  /** The drawn signature as a PNG file, or undefined when nothing is drawn. */
  png(): Promise<File | undefined>;
  clear(): void;
}

/** The recipient signs on screen (送达回证); signature_pad draws smooth strokes from mouse, pen or finger. */
export function SignatureCanvas({ ref }: { ref: Ref<SignatureHandle> }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad>(null);
  useEffect(() => {
    if (!canvas.current) return;
    pad.current = new SignaturePad(canvas.current, { backgroundColor: 'rgb(255,255,255)' });
    return () => pad.current?.off();
  }, []);
  useImperativeHandle(ref, () => ({
    async png() {
      if (!pad.current || pad.current.isEmpty() || !canvas.current) return undefined;
      // toBlob, not fetch(dataURL): the page's CSP allows no data: connections.
      const blob = await new Promise<Blob | null>((resolve) => canvas.current!.toBlob(resolve, 'image/png'));
      return blob ? new File([blob], 'signature.png', { type: 'image/png' }) : undefined;
    },
    clear: () => pad.current?.clear(),
  }));
  return (
    <Space direction="vertical">
      <canvas
        ref={canvas}
        width={420}
        height={160}
        aria-label="签名区：请领取人在此签名"
        role="img"
        data-testid="signature-pad"
        style={{ border: '1px solid #8c8c8c', borderRadius: 4, touchAction: 'none', background: '#fff' }}
      />
      <Button size="small" onClick={() => pad.current?.clear()}>
        清除签名
      </Button>
    </Space>
  );
}
