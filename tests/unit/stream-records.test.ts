import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { auditLineOf, carriedAuditLinesOf, isAuditLineInsert, streamRecordFilter } from '#repositories/stream-records';

const line = { caseNumber: 'HZ202611240001', seq: 3, action: 'accept', toState: 'accepted' };
const record = (eventName: 'INSERT' | 'MODIFY' | 'REMOVE', sk: string): DynamoDBRecord => ({
  eventName,
  dynamodb: { NewImage: marshall({ pk: 'CASE#HZ202611240001', sk, ...line }) as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'] },
});

describe('table stream records', () => {
  it('an audit line just written is read back as the audit entry', () => {
    expect(auditLineOf(record('INSERT', 'AUDIT#000003'))).toEqual({ pk: 'CASE#HZ202611240001', sk: 'AUDIT#000003', ...line });
  });

  it('the case record itself, and changes or removals of audit lines, are not audit lines to act on', () => {
    expect(auditLineOf(record('INSERT', 'CASE'))).toBeUndefined();
    expect(auditLineOf(record('MODIFY', 'AUDIT#000003'))).toBeUndefined();
    expect(isAuditLineInsert({ eventName: 'REMOVE', dynamodb: { NewImage: { sk: { S: 'AUDIT#000003' } } } })).toBe(false);
    expect(isAuditLineInsert({ eventName: 'INSERT' })).toBe(false);
  });

  const head = (eventName: 'INSERT' | 'MODIFY' | 'REMOVE', extra: Record<string, unknown>): DynamoDBRecord => ({
    eventName,
    dynamodb: {
      NewImage: marshall({
        pk: 'CASE#HZ202611240001',
        sk: 'CASE',
        caseNumber: 'HZ202611240001',
        department: '人社局',
        itemCode: 'RS-0001',
        version: 5,
        ...extra,
      }) as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'],
    },
  });
  const carried = { seq: 5, at: '2026-11-24T02:00:00.000Z', action: 'open_step', details: { step: 'decision' } };

  it('a case head carrying audit lines gives them whole (case number, department and item from the head unless the line says otherwise)', () => {
    const r = head('MODIFY', { pendingAudit: [{ ...carried, seq: 4, department: '民政局' }, carried] });
    expect(carriedAuditLinesOf(r)).toEqual([
      { caseNumber: 'HZ202611240001', department: '民政局', itemCode: 'RS-0001', ...carried, seq: 4 },
      { caseNumber: 'HZ202611240001', department: '人社局', itemCode: 'RS-0001', ...carried },
    ]);
    expect(streamRecordFilter('carried_lines')(r)).toBe(true);
    expect(streamRecordFilter('audit_lines')(r)).toBe(false);
    expect(auditLineOf(r)).toBeUndefined();
  });

  it('a head carrying no lines, a removed head and an audit line are not for the audit writer', () => {
    for (const r of [head('MODIFY', {}), head('REMOVE', { pendingAudit: [carried] }), record('INSERT', 'AUDIT#000003')]) {
      expect(carriedAuditLinesOf(r)).toEqual([]);
      expect(streamRecordFilter('carried_lines')(r)).toBe(false);
    }
    expect(streamRecordFilter()(record('INSERT', 'AUDIT#000003'))).toBe(true);
  });
});
