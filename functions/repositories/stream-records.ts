/** Records of the table's stream: the stream functions act on newly written audit lines only. */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { AuditEntry } from '#domain/case/transition';
import { pendingLinesOf } from './case-repository';
import { keys, PENDING_AUDIT_ATTRIBUTE } from './keys';

/** The shape both AWS's stream event and the local stream reader give a record. */
interface StreamRecordLike {
  eventName?: string;
  dynamodb?: { NewImage?: { sk?: { S?: string }; [PENDING_AUDIT_ATTRIBUTE]?: unknown } };
}

/** Whether a stream record is an audit line just written (the event source mapping filters the same way in AWS). */
export function isAuditLineInsert(record: StreamRecordLike): boolean {
  return record.eventName === 'INSERT' && String(record.dynamodb?.NewImage?.sk?.S ?? '').startsWith(keys.auditPrefix);
}

/** The audit line a stream record inserted, or undefined for any other record. */
export function auditLineOf(record: DynamoDBRecord): AuditEntry | undefined {
  const image = record.dynamodb?.NewImage;
  if (!image || !isAuditLineInsert(record)) return undefined;
  return unmarshall(image as Record<string, AttributeValue>) as AuditEntry;
}

/** Whether a stream record is a case head (written or changed) that carries audit lines to write out: what the audit writer reads. */
export function isHeadCarryingLines(record: StreamRecordLike): boolean {
  const image = record.dynamodb?.NewImage;
  return (
    (record.eventName === 'INSERT' || record.eventName === 'MODIFY') &&
    image?.sk?.S === keys.case('').sk &&
    image[PENDING_AUDIT_ATTRIBUTE] !== undefined
  );
}

/** The audit lines a case head in a stream record carries (none for any other record). */
export function carriedAuditLinesOf(record: DynamoDBRecord): AuditEntry[] {
  const image = record.dynamodb?.NewImage;
  if (!image || !isHeadCarryingLines(record)) return [];
  return pendingLinesOf(unmarshall(image as Record<string, AttributeValue>));
}

/** Which records a stream function is given (the event source mapping's filter): audit lines written, or heads carrying lines. */
export function streamRecordFilter(records: 'audit_lines' | 'carried_lines' = 'audit_lines'): (record: StreamRecordLike) => boolean {
  return records === 'carried_lines' ? isHeadCarryingLines : isAuditLineInsert;
}
