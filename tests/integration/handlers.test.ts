import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler as itemsHandler } from '#api/items';
import { handler as caseStep } from '#workflow/case-step';
import { registerCase as registration } from '#domain/case/registration';
import { chinaDate } from '#domain/case-number';
import { newItemVersion, ServiceItemInputSchema } from '#domain/item';
import * as cases from '#repositories/case-repository';
import { useIsolatedTable } from '#tests/support/isolated-table';
import { getCurrentItem, getItemVersion } from '#repositories/item-repository';
import { token } from '#tests/support/client';
import { apiEvent, lambdaContext } from '#tests/support/lambda-event';

useIsolatedTable();

const context = lambdaContext;
const event = apiEvent;

describe('items handler, called as Lambda calls it', () => {
  it('keeps every version of an item and serves the newest', async () => {
    const supervisor = await token('supervisor');
    const code = `IT-${randomUUID().slice(0, 8)}`;
    const base = { basicCode: 'B', implementationCode: code, name: '事项', department: '集成局', itemType: 'promised', statutoryDays: 20, promisedDays: 10 };
    const first = (await itemsHandler(event('POST /items', base, supervisor), context)) as APIGatewayProxyStructuredResultV2;
    expect(first.statusCode).toBe(201);
    const second = (await itemsHandler(event('POST /items', { ...base, promisedDays: 5 }, supervisor), context)) as APIGatewayProxyStructuredResultV2;
    expect(JSON.parse(second.body!)).toMatchObject({ version: 2, promisedDays: 5 });
    expect((await getItemVersion(code, 1))?.promisedDays).toBe(10);
    expect((await getCurrentItem(code))?.version).toBe(2);

    const invalid = (await itemsHandler(event('POST /items', { ...base, promisedDays: 30 }, supervisor), context)) as APIGatewayProxyStructuredResultV2;
    expect(invalid.statusCode).toBe(400);
    expect(JSON.parse(invalid.body!).details.issues[0].path).toBe('promisedDays');
    expect((await getCurrentItem(code))?.version).toBe(2);
  });
});

describe('case-step workflow function', () => {
  it('forwards once per wait, takes a redelivered token, and closes only a delivered case', async () => {
    const item = newItemVersion(
      ServiceItemInputSchema.parse({ basicCode: 'B', implementationCode: 'IT-STEP', name: '步骤', department: '集成局', itemType: 'promised', statutoryDays: 5, promisedDays: 5 }),
      undefined,
      't',
      new Date(),
    );
    const centre = `S${randomUUID().slice(0, 6).toUpperCase()}`;
    const date = chinaDate(new Date());
    const created = await cases.insertNumberedCase(centre, date, (seq) =>
      registration({
        caseNumber: `${centre}${date}${seq}`,
        centre,
        item,
        applicant: { kind: 'person', name: '张*', idNumberMasked: 'x' },
        channel: 'window',
        materials: [],
        actor: { subject: 'c', name: 'c', role: 'intake_clerk' },
        at: new Date(),
      }),
    );
    if (created.kind !== 'created') throw new Error('not created');
    const { caseNumber } = created.record;
    expect(await caseStep({ step: 'forward', caseNumber, taskToken: 'a' })).toEqual({ caseNumber, state: 'pending_acceptance' });
    expect(await caseStep({ step: 'forward', caseNumber, taskToken: 'b' })).toEqual({ caseNumber, state: 'pending_acceptance' });
    expect((await cases.getCase(caseNumber, true))?.pendingTask?.token).toBe('b');
    await expect(caseStep({ step: 'close', caseNumber })).rejects.toMatchObject({ code: 'invalid_state' });
    await expect(caseStep({ step: 'forward', caseNumber })).rejects.toThrow();
  });
});
