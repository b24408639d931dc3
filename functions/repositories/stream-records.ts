/** Records of the table's stream: the stream functions act on newly written audit lines only. */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { AuditEntry } from '#domain/case/transition';
import { keys } from './keys';

/** The shape both AWS's stream event and the local stream reader give a record. */
interface StreamRecordLike {
  eventName?: string;
  dynamodb?: { NewImage?: { sk?: { S?: string } } };
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
