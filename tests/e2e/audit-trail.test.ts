import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acceptCase, api, CITIZEN_ID, decision, eventually, token } from '#tests/support/client';

interface Line {
  at: string;
  action: string;
  actor: { subject: string; name: string; role: string; department?: string };
  centre?: string;
  details: Record<string, unknown>;
}

// An applicant of this file alone: a valid citizen ID made from a random serial.
function citizenId(): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `11010519800101${String(Math.floor(Math.random() * 900) + 100)}`;
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

async function trail(path: string, supervisor: string): Promise<Line[]> {
  const res = await api<{ lines: Line[] }>('GET', path, { token: supervisor });
  expect(res.status).toBe(200);
  return res.body.lines;
}

describe('the audit trail (审计记录)', () => {
  it('keeps every setting and clearing of a credit flag: flagging again overwrites nobody', async () => {
    const first = await token('supervisor', { subject: 'sup-li', name: '李主任' });
    const second = await token('supervisor', { subject: 'sup-wang', name: '王科长' });
    const idNumber = citizenId();
    const applicant = { kind: 'person', idNumber };

    expect((await api('POST', '/credit-flags', { token: first, body: { ...applicant, reason: '法院失信被执行人', source: '信用中国' } })).status).toBe(201);
    expect((await api('POST', '/credit-flags/clear', { token: second, body: { ...applicant, reason: '已履行判决' } })).status).toBe(200);
    expect((await api('POST', '/credit-flags', { token: second, body: { ...applicant, reason: '虚假材料', source: '本中心' } })).status).toBe(201);
    // Two supervisors at once: one wins, the other is told, and the trail has no line for the loser.
    const racing = await Promise.all([
      api('POST', '/credit-flags/clear', { token: first, body: { ...applicant, reason: '误报' } }),
      api('POST', '/credit-flags/clear', { token: second, body: { ...applicant, reason: '复核撤销' } }),
    ]);
    const statuses = racing.map((r) => r.status).sort();
    // The loser either read the flag after the winner cleared it (404) or lost the conditional write (409).
    expect(statuses[0]).toBe(200);
    expect([404, 409]).toContain(statuses[1]);

    const history = await api<{ lines: Line[] }>('POST', '/credit-flags/history', { token: first, body: applicant });
    expect(history.status).toBe(200);
    const lines = history.body.lines;
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).map((l) => [l.action, l.actor.name, l.actor.role, l.details.reason])).toEqual([
      ['flagged', '李主任', 'supervisor', '法院失信被执行人'],
      ['cleared', '王科长', 'supervisor', '已履行判决'],
      ['flagged', '王科长', 'supervisor', '虚假材料'],
    ]);
    expect(lines[3]!.action).toBe('cleared');
    expect(lines.every((l) => l.centre === 'HZ')).toBe(true);
    expect([...lines.map((l) => l.at)].sort()).toEqual(lines.map((l) => l.at));

    // Another centre's supervisor sees none of it; a clerk may not read the trail.
    const elsewhere = await api<{ lines: Line[] }>('POST', '/credit-flags/history', { token: await token('supervisor', { centre: 'XX' }), body: applicant });
    expect(elsewhere.body.lines).toEqual([]);
    expect((await api('POST', '/credit-flags/history', { token: await token('intake_clerk'), body: applicant })).status).toBe(403);
  });

  it('keeps every catalog change: published, imported, retired, each with its version and who did it', async () => {
    const li = await token('supervisor', { subject: 'sup-li', name: '李主任' });
    const wang = await token('supervisor', { subject: 'sup-wang', name: '王科长' });
    const itemCode = `AU-${randomUUID().slice(0, 8)}`;
    const item = { basicCode: 'B', implementationCode: itemCode, name: '审计测试事项', department: '审计测试局', itemType: 'promised', statutoryDays: 10, promisedDays: 5 };
    expect((await api('POST', '/items', { token: li, body: item })).status).toBe(201);
    expect((await api('POST', '/items/import', { token: wang, body: { format: 'json', items: [{ ...item, promisedDays: 3 }] } })).status).toBe(200);
    expect((await api('POST', `/items/${itemCode}/retire`, { token: li, body: { reason: '事项取消' } })).status).toBe(200);

    const lines = await trail(`/audit-trail/item/${itemCode}`, wang);
    expect(lines.map((l) => [l.action, l.actor.subject, l.details.version])).toEqual([
      ['item_published', 'sup-li', 1],
      ['item_imported', 'sup-wang', 2],
      ['item_retired', 'sup-li', 3],
    ]);
    expect(lines[2]!.details.reason).toBe('事项取消');
  });

  it('keeps every calendar load of a year, not only the last', async () => {
    // A centre of this test alone, so the shared centre's calendar is left as it is.
    const centre = `C${randomUUID().slice(0, 4)}`;
    const li = await token('supervisor', { subject: 'sup-li', name: '李主任', centre });
    const wang = await token('supervisor', { subject: 'sup-wang', name: '王科长', centre });
    const load = (supervisor: string, source: string, holidays: string[]) =>
      api('PUT', '/calendar/2030', { token: supervisor, body: { holidays, workdays: [], source } });
    expect((await load(li, '国务院办公厅通知（草案）', ['2030-10-01'])).status).toBe(200);
    expect((await load(wang, '国务院办公厅通知', ['2030-10-01', '2030-10-02'])).status).toBe(200);

    const lines = await trail('/audit-trail/calendar/2030', li);
    expect(lines.map((l) => [l.action, l.actor.name, l.details.source, l.details.holidays])).toEqual([
      ['calendar_loaded', '李主任', '国务院办公厅通知（草案）', ['2030-10-01']],
      ['calendar_loaded', '王科长', '国务院办公厅通知', ['2030-10-01', '2030-10-02']],
    ]);
    // The shared centre loaded nothing for 2030.
    expect(await trail('/audit-trail/calendar/2030', await token('supervisor'))).toEqual([]);
  });

  it('records who entered a rating and every step of the ticket it opened, with each role', async () => {
    const department = `审计评价局-${randomUUID().slice(0, 4)}`;
    const supervisor = await token('supervisor', { subject: 'sup-li', name: '李主任' });
    const clerk = await token('intake_clerk');
    const output = await token('output_clerk', { subject: 'out-sun', name: '孙出件' });
    const approver = await token('approver', { department, subject: 'appr-zhao', name: '赵审批' });
    const itemCode = `AR-${randomUUID().slice(0, 8)}`;
    await api('POST', '/items', {
      token: supervisor,
      body: { basicCode: 'B', implementationCode: itemCode, name: '审计评价事项', department, itemType: 'promised', statutoryDays: 10, promisedDays: 5 },
    });
    const created = await api<{ caseNumber: string }>('POST', '/cases', {
      token: clerk,
      body: { itemCode, applicant: { kind: 'person', name: '褚十二', idNumber: CITIZEN_ID } },
    });
    const { caseNumber } = created.body;
    await eventually('queued', async () => {
      const c = await api<{ state: string }>('GET', `/cases/${caseNumber}`, { token: approver });
      return c.body.state === 'pending_acceptance' ? true : undefined;
    });
    await acceptCase(caseNumber, approver);
    expect((await api('POST', `/cases/${caseNumber}/decision`, { token: approver, body: decision('deny', '不符合条件') })).status).toBe(200);

    // The applicant rates on the window's pad; the output clerk enters it.
    const rated = await api<{ ticketId: string; enteredBy: { subject: string; role: string } }>('POST', `/cases/${caseNumber}/rating`, {
      token: output,
      body: { level: 4, channel: 'window', comment: '等候时间太长' },
    });
    expect(rated.status).toBe(201);
    expect(rated.body.enteredBy).toEqual({ subject: 'out-sun', name: '孙出件', role: 'output_clerk' });

    const rating = await trail(`/audit-trail/rating/${caseNumber}`, supervisor);
    expect(rating.map((l) => [l.action, l.actor.subject, l.actor.role, l.details.level, l.details.channel])).toEqual([['rated', 'out-sun', 'output_clerk', 4, 'window']]);

    const ticketId = rated.body.ticketId;
    expect((await api('POST', `/tickets/${ticketId}/follow-up`, { token: approver, body: { note: '已回访' } })).status).toBe(200);
    expect((await api('POST', `/tickets/${ticketId}/extend`, { token: supervisor, body: { days: 3, reason: '需协调窗口排班' } })).status).toBe(200);
    expect((await api('POST', `/tickets/${ticketId}/resolve`, { token: supervisor, body: { result: '增开窗口' } })).status).toBe(200);

    const steps = await trail(`/audit-trail/ticket/${ticketId}`, supervisor);
    expect(steps.map((l) => [l.action, l.actor.subject, l.actor.role])).toEqual([
      ['ticket_opened', 'out-sun', 'output_clerk'],
      ['ticket_followed_up', 'appr-zhao', 'approver'],
      ['ticket_extended', 'sup-li', 'supervisor'],
      ['ticket_resolved', 'sup-li', 'supervisor'],
    ]);
    expect(steps.map((l) => l.details.note ?? l.details.reason ?? l.details.result ?? l.details.kind)).toEqual(['rectification', '已回访', '需协调窗口排班', '增开窗口']);
    expect(steps[1]!.actor.department).toBe(department);
  });
});
