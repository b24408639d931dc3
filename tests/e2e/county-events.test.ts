import { randomUUID } from 'node:crypto';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { describe, expect, it } from 'vitest';
import { api, CITIZEN_ID, eventually, token, uploadScan } from '#tests/support/client';

interface BusEvent {
  source: string;
  'detail-type': string;
  detail: { applicationId?: string; caseNumber?: string; state?: string; code?: string; rejectionId?: string; replayed?: boolean };
}

const SYSTEM = `platform-${randomUUID().slice(0, 6)}`;
const bus = new EventBridgeClient({});

async function submit(detail: object) {
  const out = await bus.send(
    new PutEventsCommand({
      Entries: [{ EventBusName: process.env.EVENT_BUS_NAME, Source: `county.${SYSTEM}`, DetailType: 'ApplicationSubmitted', Detail: JSON.stringify(detail) }],
    }),
  );
  expect(out.FailedEntryCount).toBe(0);
}

async function answers(applicationId: string, count: number) {
  return eventually(`${count} answer(s) for ${applicationId}`, async () => {
    const res = await api<{ events: BusEvent[] }>('GET', '/local/events');
    const mine = res.body.events.filter((e) => e.source === 'onewindow.intake' && e.detail.applicationId === applicationId);
    return mine.length >= count ? mine : undefined;
  });
}

describe('county systems submit applications as events on the bus', () => {
  it('runs the same review, answers on the bus, and is idempotent on the source application id', async () => {
    const system = await token('county_system', { subject: SYSTEM });
    const scan = await uploadScan(system);
    const applicationId = `GS-${randomUUID()}`;
    const detail = {
      applicationId,
      application: { itemCode: 'YB-0001', channel: 'online', applicant: { kind: 'person', name: '赵六', idNumber: CITIZEN_ID }, materials: [{ code: 'ID', uploadId: scan }] },
    };
    await submit(detail);
    const [received] = await answers(applicationId, 1);
    expect(received!['detail-type']).toBe('ApplicationReceived');
    expect(received!.detail).toMatchObject({ state: 'registered', replayed: false });
    const caseNumber = received!.detail.caseNumber!;

    // Redelivered: the same case, nothing registered twice.
    await submit(detail);
    const both = await answers(applicationId, 2);
    expect(both[1]!.detail).toMatchObject({ caseNumber, replayed: true });

    // The system may read the case it submitted; its channel is recorded.
    const c = await api<{ channel: string; submittedBy: { subject: string } }>('GET', `/cases/${caseNumber}`, { token: system });
    expect(c.status).toBe(200);
    expect(c.body.channel).toBe('county_system');
  });

  it('answers a refused application, keeps it, and a supervisor replays it once the cause is fixed', async () => {
    const supervisor = await token('supervisor');
    const itemCode = `CNTY-${randomUUID().slice(0, 8)}`;
    const applicationId = `GS-${randomUUID()}`;
    await submit({ applicationId, application: { itemCode, applicant: { kind: 'person', name: '钱七', idNumber: CITIZEN_ID } } });
    const [refused] = await answers(applicationId, 1);
    expect(refused!['detail-type']).toBe('ApplicationRejected');
    expect(refused!.detail.code).toBe('item_not_found');

    const listed = await api<{ rejections: { rejectionId: string; applicationId: string; status: string }[] }>('GET', '/county-events/rejected?status=open', { token: supervisor });
    const rejection = listed.body.rejections.find((r) => r.applicationId === applicationId);
    expect(rejection?.rejectionId).toBe(refused!.detail.rejectionId);

    // A malformed event is kept too, never dropped.
    const badId = `GS-${randomUUID()}`;
    await submit({ applicationId: badId, application: { itemCode } , extra: true });
    const [malformed] = await answers(badId, 1);
    expect(malformed!.detail.code).toBe('invalid_application');

    const created = await api('POST', '/items', {
      token: supervisor,
      body: { basicCode: 'B', implementationCode: itemCode, name: '县级平台事项', department: '县平台局', itemType: 'promised', statutoryDays: 10, promisedDays: 5 },
    });
    expect(created.status).toBe(201);
    const replay = await api<{ status: string }>('POST', `/county-events/rejected/${rejection!.rejectionId}/replay`, { token: supervisor });
    expect(replay.status).toBe(202);
    // The very event comes back through county-intake: received now, answered on the bus, rejection closed.
    const [, received] = await answers(applicationId, 2);
    expect(received!['detail-type']).toBe('ApplicationReceived');
    expect(received!.detail.caseNumber).toMatch(/^HZ/);
    const closed = await eventually('rejection marked replayed', async () => {
      const r = await api<{ rejections: { rejectionId: string; status: string; caseNumber?: string }[] }>('GET', '/county-events/rejected?status=replayed', { token: supervisor });
      return r.body.rejections.find((x) => x.rejectionId === rejection!.rejectionId);
    });
    expect(closed.caseNumber).toBe(received!.detail.caseNumber);
    const again = await api<{ code: string }>('POST', `/county-events/rejected/${rejection!.rejectionId}/replay`, { token: supervisor });
    expect(again.status).toBe(409);
    const clerk = await token('intake_clerk');
    expect((await api('GET', '/county-events/rejected', { token: clerk })).status).toBe(403);
  });
});
