import { randomUUID } from 'node:crypto';
import { DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '#adapters/dynamodb';
import { addWorkingDays, chinaDay, DEFAULT_CALENDAR } from '#domain/calendar';
import { keys, tableName } from '#repositories/keys';
import { api, baseUrl, CITIZEN_ID, eventually, token, uploadScan, waitingFor } from '#tests/support/client';

describe('补正 not brought in time', () => {
  it('the sweep ends the case as deemed withdrawn (视为撤回) and stops its execution', async () => {
    const department = `补正逾期局-${randomUUID().slice(0, 4)}`;
    const itemCode = `LP-${randomUUID().slice(0, 8)}`;
    const supervisor = await token('supervisor');
    const clerk = await token('intake_clerk');
    const approver = await token('approver', { department });
    expect(
      (
        await api('POST', '/items', {
          token: supervisor,
          body: {
            basicCode: 'B',
            implementationCode: itemCode,
            name: '补正逾期测试事项',
            department,
            itemType: 'promised',
            statutoryDays: 20,
            promisedDays: 10,
            materials: [{ code: 'ID', name: '居民身份证', required: true, originals: 1, copies: 1, form: 'either' }],
          },
        })
      ).status,
    ).toBe(201);
    const created = await api<{ caseNumber: string }>('POST', '/cases', {
      token: clerk,
      body: { itemCode, applicant: { kind: 'person', name: '韩九', idNumber: CITIZEN_ID }, materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }] },
    });
    const { caseNumber } = created.body;
    await waitingFor(caseNumber, 'acceptance', approver);
    const requested = await api('POST', `/cases/${caseNumber}/review`, {
      token: approver,
      body: {
        outcome: 'request_supplement',
        problems: [{ code: 'ID', name: '居民身份证', problem: '身份证已过有效期' }],
        dueDate: addWorkingDays(DEFAULT_CALENDAR, chinaDay(new Date()), 5),
      },
    });
    expect(requested.status).toBe(200);
    await waitingFor(caseNumber, 'supplement', approver);

    // Still in time: the sweep leaves it waiting.
    await fetch(`${baseUrl()}/local/schedules/deadline-sweep`, { method: 'POST' });
    expect((await api<{ state: string }>('GET', `/cases/${caseNumber}`, { token: supervisor })).body.state).toBe('supplement_requested');

    // The day to bring it has passed (written as if the request had been made weeks ago).
    await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.case(caseNumber),
        UpdateExpression: 'SET supplementRequest.dueDate = :d',
        ExpressionAttributeValues: { ':d': '2026-11-02' },
      }),
    );
    const swept = await (await fetch(`${baseUrl()}/local/schedules/deadline-sweep`, { method: 'POST' })).json() as { result: { lapsed: number } };
    expect(swept.result.lapsed).toBeGreaterThanOrEqual(1);

    const lapsed = await api<{ state: string; withdrawal: { reason: string }; history: { action: string; actor: { role: string } }[] }>('GET', `/cases/${caseNumber}`, {
      token: supervisor,
    });
    expect(lapsed.body.state).toBe('withdrawn');
    expect(lapsed.body.withdrawal.reason).toContain('逾期未补正');
    expect(lapsed.body.history.at(-1)).toMatchObject({ action: 'lapse', actor: { role: 'system' } });
    const executionArn = `${process.env.STATE_MACHINE_ARN!.replace(':stateMachine:', ':execution:')}:${caseNumber}`;
    await eventually('execution stopped', async () => ((await new SFNClient({}).send(new DescribeExecutionCommand({ executionArn }))).status === 'ABORTED' ? true : undefined));
    // A supplement after the deadline is refused; nothing changes.
    const late = await api('POST', `/cases/${caseNumber}/supplement`, { token: clerk, body: { materials: [{ code: 'ID', uploadId: await uploadScan(clerk) }] } });
    expect(late.status).toBe(409);
  });
});
