import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { stateLabel } from '../../lib/format';
import { NoticeList } from '../common/NoticeList';
import type { CaseCreated } from './types';

/** The public progress page's address for a case, as the receipt's QR code carries it. */
export function progressUrl(origin: string, caseNumber: string, queryCode: string): string {
  return `${origin}/progress?case=${encodeURIComponent(caseNumber)}&code=${encodeURIComponent(queryCode)}`;
}

/** What the clerk hands over after registering: the case number, query code and the notices. */
export function Receipt({ created, onNext }: { created: CaseCreated; onNext: () => void }) {
  const [qr, setQr] = useState<string>();
  const link = progressUrl(window.location.origin, created.caseNumber, created.queryCode ?? '');
  useEffect(() => {
    // The QR code library loads with the receipt, not with the intake screen.
    void import('qrcode').then(({ default: QRCode }) => QRCode.toDataURL(link, { margin: 1, width: 160 })).then(setQr);
  }, [link]);
  return (
    <Card title="收件完成" data-testid="receipt">
      <Space align="start" size="large" wrap>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="办件编号">
            <Typography.Text strong copyable data-testid="case-number">
              {created.caseNumber}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="事项">{created.itemName}</Descriptions.Item>
          <Descriptions.Item label="状态">
            <span data-testid="case-state">{stateLabel(created.state)}</span>
          </Descriptions.Item>
          <Descriptions.Item label="申请人">{created.applicant.name}</Descriptions.Item>
          <Descriptions.Item label="查询码">
            <Typography.Text code data-testid="query-code">
              {created.queryCode}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        {qr && (
          <figure style={{ margin: 0, textAlign: 'center' }}>
            <img src={qr} width={160} height={160} alt={`办件进度查询二维码：${created.caseNumber}`} />
            <figcaption>扫码查询进度</figcaption>
          </figure>
        )}
      </Space>
      <NoticeList caseNumber={created.caseNumber} />
      <Button type="primary" onClick={onNext} style={{ marginTop: 12 }}>
        接待下一位
      </Button>
    </Card>
  );
}
