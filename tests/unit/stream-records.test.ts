import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { auditLineOf, isAuditLineInsert } from '#repositories/stream-records';

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
});
