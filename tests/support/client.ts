import { createHash } from 'node:crypto';
import { inject } from 'vitest';
import { resultDocument, signaturePng } from './documents';

export { resultDocument, signaturePng };
import type { Role } from '#manifest';

let ownSystemUrl: string | undefined;
/** A test file that starts a local system of its own (e.g. on simulated time) points these helpers at it. */
export function useSystem(url: string): void {
  ownSystemUrl = url;
}

export const baseUrl = () => ownSystemUrl ?? inject('systemUrl');

export interface TokenOptions {
  department?: string;
  centre?: string;
  name?: string;
  subject?: string;
  /** Intake clerks authorised to decide 即办件 at the window. */
  windowDecision?: boolean;
}

export async function token(role: Role, options: TokenOptions = {}): Promise<string> {
  const res = await fetch(`${baseUrl()}/local/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, ...options }),
  });
  if (!res.ok) throw new Error(`token: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export async function api<T = Record<string, unknown>>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${baseUrl()}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
}

/** A tiny valid scan of each accepted kind. */
export const SAMPLE_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
export const SAMPLE_PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Uploads a scan the way a scanning station does: presigned PUT, then the server-side check. */
export async function uploadScan(clerk: string, bytes: Buffer = SAMPLE_PDF, contentType = 'application/pdf'): Promise<string> {
  const started = await api<{ uploadId: string; uploadUrl: string }>('POST', '/uploads', {
    token: clerk,
    body: { fileName: 'scan.pdf', contentType, sha256: sha256(bytes), size: bytes.length },
  });
  if (started.status !== 201) throw new Error(`upload start: ${started.status} ${JSON.stringify(started.body)}`);
  const put = await fetch(started.body.uploadUrl, { method: 'PUT', headers: { 'content-type': contentType }, body: bytes });
  if (!put.ok) throw new Error(`upload PUT: ${put.status} ${await put.text()}`);
  const done = await api('POST', `/uploads/${started.body.uploadId}/complete`, { token: clerk });
  if (done.status !== 200) throw new Error(`upload complete: ${done.status} ${JSON.stringify(done.body)}`);
  return started.body.uploadId;
}

/** Valid identity numbers (check digits computed, not real people). */
export const CITIZEN_ID = '11010519491231002X';
export const CREDIT_CODE = '91350100M000100Y43';

export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the case's workflow waits on `step` (its task token stored on the case), and returns the case. */
export async function waitingFor<T extends { waitingFor?: string; state: string } = { waitingFor?: string; state: string; [key: string]: unknown }>(
  caseNumber: string,
  step: string,
  who: string,
  timeoutMs?: number,
): Promise<T> {
  return eventually(
    `case ${caseNumber} waiting for ${step}`,
    async () => {
      const c = await api<T>('GET', `/cases/${caseNumber}`, { token: who });
      return c.body.waitingFor === step ? c.body : undefined;
    },
    timeoutMs,
  );
}

/** 受理 by the back office, once the case waits for its review; then waits until the workflow waits for `next`. */
export async function acceptCase(caseNumber: string, approver: string, next = 'decision'): Promise<void> {
  await waitingFor(caseNumber, 'acceptance', approver);
  const accepted = await api('POST', `/cases/${caseNumber}/review`, { token: approver, body: { outcome: 'accept' } });
  if (accepted.status !== 200) throw new Error(`Accepting ${caseNumber} answered ${accepted.status}: ${JSON.stringify(accepted.body)}`);
  if (next) await waitingFor(caseNumber, next, approver);
}

/** The body of POST /cases/{n}/decision, with its result document. */
export const decision = (outcome: 'approve' | 'deny', opinion: string, number?: string) => ({ outcome, opinion, result: resultDocument(outcome, number) });


/**
 * 出件 at the window: once the workflow waits for the scan, the output clerk scans the result (the
 * number the approver attached, or `document` when none was), then the applicant collects it with
 * their identity number and signs. Returns the hand-over response.
 */
export async function collectResult(
  caseNumber: string,
  output: string,
  options: { idNumber?: string; name?: string; document?: ReturnType<typeof resultDocument> } = {},
): Promise<ApiResponse<{ state: string; [key: string]: unknown }>> {
  const waiting = await waitingFor<{ state: string; waitingFor?: string; result?: { number: string } }>(caseNumber, 'result_scan', output);
  const number = waiting.result?.number ?? options.document?.number;
  const scanned = await api('POST', `/cases/${caseNumber}/result`, { token: output, body: { uploadId: await uploadScan(output), number, document: waiting.result ? undefined : options.document } });
  if (scanned.status !== 200) throw new Error(`Scanning the result of ${caseNumber} answered ${scanned.status}: ${JSON.stringify(scanned.body)}`);
  await waitingFor(caseNumber, 'result_ready', output);
  return api('POST', `/cases/${caseNumber}/handover`, {
    token: output,
    body: {
      method: 'pickup',
      recipient: { kind: 'applicant', name: options.name ?? '张三', idNumber: options.idNumber ?? CITIZEN_ID },
      signatureUploadId: await uploadScan(output, signaturePng(), 'image/png'),
    },
  });
}
