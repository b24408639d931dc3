import { Alert } from 'antd';
import { ApiError } from '../../api';

/** An API refusal as the clerk reads it: the message, and each listed problem. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const problems = error instanceof ApiError ? (error.body.details?.problems as { message?: string; problem?: string; code?: string }[] | undefined) : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={message}
      description={
        Array.isArray(problems) && problems.length ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the server's list of problems is shown as given and never reordered
              <li key={i}>{p.message ?? p.problem ?? p.code}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
