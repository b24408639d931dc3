import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { ErrorAlert } from './ErrorAlert';

/** A scanned material shown inline: images as images, PDFs in the browser's viewer. */
export function MaterialPreview({
  caseNumber,
  code,
  contentType,
  name,
}: {
  caseNumber: string;
  code: string;
  contentType: string;
  name: string;
}) {
  const { api } = useApi();
  const link = useQuery({
    queryKey: ['material', caseNumber, code],
    staleTime: 4 * 60_000,
    queryFn: async () => ok(await api.GET('/cases/{caseNumber}/materials/{code}', { params: { path: { caseNumber, code } } })),
  });
  if (link.isLoading) return <Spin />;
  if (link.error || !link.data) return <ErrorAlert error={link.error} />;
  if (contentType.startsWith('image/') && contentType !== 'image/tiff')
    return <img src={link.data.url} alt={name} style={{ maxWidth: '100%', maxHeight: 600 }} />;
  if (contentType === 'application/pdf')
    return <iframe src={link.data.url} title={name} style={{ width: '100%', height: 600, border: '1px solid #d9d9d9' }} />;
  return (
    <a href={link.data.url} target="_blank" rel="noreferrer">
      下载{name}
    </a>
  );
}
