import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { apiEvent, lambdaContext } from '#tests/support/lambda-event';
import { freePort } from '#local/ports';
import { handler as handovers } from '#api/handovers';
import { acceptCase, api, CITIZEN_ID, decision, signaturePng, token, uploadScan, waitingFor } from '#tests/support/client';

/**
 * A storage outage is the system's problem, not the clerk's: the request answers 503 "storage
 * unavailable" (try again), changes nothing, and the same request succeeds once storage is back.
 * The handlers are called here as Lambda calls them, with an endpoint that refuses connections.
 */
const context = lambdaContext;
const event = apiEvent;

async function withEndpoint<T>(variable: string, url: string, run: () => Promise<T>): Promise<T> {
  const before = process.env[variable];
  process.env[variable] = url;
  try {
    return await run();
  } finally {
    process.env[variable] = before;
  }
}

const UNAVAILABLE = { code: 'storage_unavailable', message: '存储服务暂时不可用，未做任何更改；请稍后重试，无需重新采集。' };

describe('a storage outage during hand-over', () => {
  it('answers 503 storage unavailable (not 422 signature_unusable), and the hand-over succeeds once storage is back', async () => {
    const clerk = await token('intake_clerk', { subject: `clerk-outage-${randomUUID().slice(0, 6)}` });
    const approver = await token('approver', { department: '人社局' });
    const output = await token('output_clerk', { subject: `output-outage-${randomUUID().slice(0, 6)}` });
    const [id, separation] = await Promise.all([uploadScan(clerk), uploadScan(clerk)]);
    const registered = await api<{ caseNumber: string }>('POST', '/cases', {
      token: clerk,
      headers: { 'idempotency-key': randomUUID() },
      body: { itemCode: 'RS-0001', applicant: { kind: 'person', name: '张三', idNumber: CITIZEN_ID }, materials: [{ code: 'ID', uploadId: id }, { code: 'SEPARATION', uploadId: separation }] },
    });
    expect(registered.status).toBe(201);
    const { caseNumber } = registered.body;
    // The first case of a fresh system may wait for cold functions: a longer wait than the default.
    await waitingFor(caseNumber, 'acceptance', approver, 60_000);
    await acceptCase(caseNumber, approver);
    const body = decision('approve', '符合条件，准予。');
    expect((await api('POST', `/cases/${caseNumber}/decision`, { token: approver, body })).status).toBe(200);
    await waitingFor(caseNumber, 'result_scan', output);
    expect((await api('POST', `/cases/${caseNumber}/result`, { token: output, body: { uploadId: await uploadScan(output), number: body.result.number } })).status).toBe(200);
    await waitingFor(caseNumber, 'result_ready', output);
    const handover = { method: 'pickup', recipient: { kind: 'applicant', name: '张三', idNumber: CITIZEN_ID }, signatureUploadId: await uploadScan(output, signaturePng(), 'image/png') };

    const dead = `http://127.0.0.1:${await freePort()}`;
    const during = (await withEndpoint('AWS_ENDPOINT_URL_S3', dead, () =>
      handovers(event('POST /cases/{caseNumber}/handover', handover, output, { caseNumber }), context),
    )) as APIGatewayProxyStructuredResultV2;
    expect(during.statusCode).toBe(503);
    expect(JSON.parse(during.body!)).toMatchObject(UNAVAILABLE);
    expect((await api<{ state: string }>('GET', `/cases/${caseNumber}`, { token: output })).body.state).toBe('result_ready');

    const after = await api<{ state: string }>('POST', `/cases/${caseNumber}/handover`, { token: output, body: handover });
    expect(after.status).toBe(200);
    expect(after.body.state).not.toBe('result_ready');
  });
});

describe('DynamoDB down', () => {
  it('makes /health answer 503 with the engine that is down, and case reads answer 503, not 500', async () => {
    const dead = `http://127.0.0.1:${await freePort()}`;
    const approver = await token('approver', { department: '人社局' });
    await withEndpoint('AWS_ENDPOINT_URL_DYNAMODB', dead, async () => {
      // Fresh modules, so their DynamoDB client is made with the dead endpoint.
      vi.resetModules();
      const { handler: health } = await import('#api/health');
      const { handler: cases } = await import('#api/cases');
      const res = (await health(event('GET /health', undefined, undefined), context)) as APIGatewayProxyStructuredResultV2;
      expect(res.statusCode).toBe(503);
      const report = JSON.parse(res.body!) as { status: string; engines: Record<string, { status: string }> };
      expect(report.status).toBe('unavailable');
      expect(report.engines.dynamodb!.status).toBe('down');
      expect(report.engines.s3!.status).toBe('up');
      const read = (await cases(event('GET /cases/{caseNumber}', undefined, approver, { caseNumber: 'HZ202612070001' }), context)) as APIGatewayProxyStructuredResultV2;
      expect(read.statusCode).toBe(503);
      expect(JSON.parse(read.body!)).toMatchObject(UNAVAILABLE);
    });
  });
});
