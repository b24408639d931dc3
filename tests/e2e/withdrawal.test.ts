import { randomUUID } from 'node:crypto';
import { DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { api, CITIZEN_ID, eventually, token, decision } from '#tests/support/client';

const DEPT = `撤回测试局-${randomUUID().slice(0, 4)}`;

describe('撤回: the applicant withdraws before the decision', () => {
  it('ends the case, stops its execution, and refuses later decisions and withdrawals', async () => {
    const supervisor = await token('supervisor');
    const clerk = await token('intake_clerk');
    const approver = await token('approver', { department: DEPT });
    const itemCode = `WD-${randomUUID().slice(0, 8)}`;
    await api('POST', '/items', {
      token: supervisor,
      body: { basicCode: 'B', implementationCode: itemCode, name: '撤回测试事项', department: DEPT, itemType: 'promised', statutoryDays: 10, promisedDays: 5 },
    });
    const created = await api<{ caseNumber: string }>('POST', '/cases', { token: clerk, body: { itemCode, applicant: { kind: 'person', name: '孙一', idNumber: CITIZEN_ID } } });
    const { caseNumber } = created.body;
    await eventually('waiting for the decision', async () => {
      const c = await api<{ state: string }>('GET', `/cases/${caseNumber}`, { token: clerk });
      return c.body.state === 'pending_acceptance' ? true : undefined;
    });

    const unconfirmed = await api('POST', `/cases/${caseNumber}/withdraw`, { token: clerk, body: { reason: '不办了' } });
    expect(unconfirmed.status).toBe(400);

    const withdrawn = await api<{ state: string; withdrawal: { reason: string } }>('POST', `/cases/${caseNumber}/withdraw`, {
      token: clerk,
      body: { reason: '申请人已在外地办理，书面申请撤回', applicantConfirmed: true },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.state).toBe('withdrawn');
    expect(withdrawn.body.withdrawal.reason).toBe('申请人已在外地办理，书面申请撤回');

    const sfn = new SFNClient({});
    const executionArn = `${process.env.STATE_MACHINE_ARN!.replace(':stateMachine:', ':execution:')}:${caseNumber}`;
    await eventually('execution stopped', async () => {
      const e = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      return e.status === 'ABORTED' ? e : undefined;
    });

    const late = await api<{ code: string }>('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('approve', '准予') });
    expect(late.status).toBe(409);
    const again = await api<{ code: string }>('POST', `/cases/${caseNumber}/withdraw`, { token: clerk, body: { reason: '再撤', applicantConfirmed: true } });
    expect(again.status).toBe(409);
    // Already withdrawn — and, once its file is archived moments later, archived: refused either way.
    expect(['invalid_state', 'archived']).toContain(again.body.code);

    const events = await eventually('CaseWithdrawn on the bus', async () => {
      const r = await api<{ events: { 'detail-type': string }[] }>('GET', `/local/events?caseNumber=${caseNumber}`);
      return r.body.events.some((e) => e['detail-type'] === 'CaseWithdrawn') ? r.body.events : undefined;
    });
    expect(events.map((e) => e['detail-type'])).toEqual(['CaseRegistered', 'CaseForwarded', 'CaseWithdrawn']);
  });
});
