import { randomUUID } from 'node:crypto';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { api, CITIZEN_ID, token, uploadScan } from '#tests/support/client';

const DEPT = `个人信息局-${randomUUID().slice(0, 4)}`;
const ITEM = `PD-${randomUUID().slice(0, 8)}`;

async function storedItemsContaining(text: string): Promise<number> {
  const dynamo = new DynamoDBClient({});
  let count = 0;
  let start: Record<string, never> | undefined;
  do {
    const out = await dynamo.send(new ScanCommand({ TableName: process.env.TABLE_NAME, ExclusiveStartKey: start }));
    count += (out.Items ?? []).filter((item) => JSON.stringify(item).includes(text)).length;
    start = out.LastEvaluatedKey as Record<string, never> | undefined;
  } while (start);
  return count;
}

describe('personal data is stored sealed and shown only to those whose work needs it', () => {
  it('keeps the identity number out of the table, and opens it for the approver and the output window, recording each reading', async () => {
    const supervisor = await token('supervisor');
    const clerk = await token('intake_clerk', { subject: 'clerk-personal-data' });
    await api('POST', '/items', {
      token: supervisor,
      body: { basicCode: 'B', implementationCode: ITEM, name: '个人信息测试事项', department: DEPT, itemType: 'promised', statutoryDays: 10, promisedDays: 5 },
    });
    const name = `欧阳${randomUUID().slice(0, 4)}`;
    const registered = await api<{ caseNumber: string; applicant: { name: string; idNumberMasked: string }; agent: { name: string } }>('POST', '/cases', {
      token: clerk,
      body: {
        itemCode: ITEM,
        applicant: { kind: 'person', name, idNumber: CITIZEN_ID, phone: '13912345678' },
        agent: { kind: 'proxy', name: '欧阳小明', idNumber: '11010519491231002X', reason: 'elderly', authorisation: { uploadId: await uploadScan(clerk) } },
      },
    });
    expect(registered.status).toBe(201);
    const { caseNumber } = registered.body;
    expect(registered.body.applicant.name).toBe(`欧${'*'.repeat([...name].length - 1)}`);
    expect(JSON.stringify(registered.body)).not.toContain(CITIZEN_ID);
    expect(JSON.stringify(registered.body)).not.toContain('personalData');

    // Nowhere in the table in the clear: not on the case, not in its audit trail, not in its events.
    expect(await storedItemsContaining(name)).toBe(0);
    expect(await storedItemsContaining('13912345678')).toBe(0);

    const approver = await token('approver', { department: DEPT, name: '审批员甲' });
    const seen = await api<{ applicant: { name: string; idNumber: string; phone: string }; agent: { name: string } }>('GET', `/cases/${caseNumber}/personal-data`, { token: approver });
    expect(seen.status).toBe(200);
    expect(seen.body.applicant).toEqual({ kind: 'person', name, idNumber: CITIZEN_ID, phone: '13912345678' });
    expect(seen.body.agent).toEqual({ name: '欧阳小明', idNumber: '11010519491231002X' });
    expect(seen.headers.get('cache-control')).toBe('no-store');

    const output = await token('output_clerk');
    expect((await api('GET', `/cases/${caseNumber}/personal-data`, { token: output })).status).toBe(200);

    const other = await token('approver', { department: '别的局' });
    const refused = await api<{ code: string }>('GET', `/cases/${caseNumber}/personal-data`, { token: other });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('personal_data_restricted');
    expect((await api('GET', `/cases/${caseNumber}/personal-data`, { token: clerk })).status).toBe(403);
    expect((await api('GET', `/cases/${caseNumber}/personal-data`, { token: supervisor })).status).toBe(403);

    // Two readings, two access lines (who and when), and the refused ones left none.
    expect(await storedItemsContaining(`"ACCESS#`)).toBeGreaterThanOrEqual(2);
  });

  it('keeps a saved intake draft sealed too', async () => {
    const clerk = await token('intake_clerk', { subject: 'clerk-sealed-draft' });
    const secret = `令狐${randomUUID().slice(0, 4)}`;
    const saved = await api<{ draftId: string }>('POST', '/drafts', { token: clerk, body: { form: { applicant: { name: secret, idNumber: CITIZEN_ID } } } });
    expect(saved.status).toBe(201);
    expect(await storedItemsContaining(secret)).toBe(0);
    const back = await api<{ form: { applicant: { name: string } } }>('GET', `/drafts/${saved.body.draftId}`, { token: clerk });
    expect(back.body.form.applicant.name).toBe(secret);
  });
});
