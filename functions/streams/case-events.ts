import { Logger } from '@aws-lambda-powertools/logger';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { setting } from '../adapters/env';
import { putEvents } from '../adapters/eventbridge';
import { startCaseExecution } from '../adapters/sfn';
import type { AuditEntry } from '../domain/case';
import { detailTypeOf, eventDetail, isPublished } from '../domain/case-events';
import { CASE_EVENT_SOURCE } from '../manifest';

const logger = new Logger({ serviceName: 'onewindow' });

/**
 * Every audit line written to the table (and only those) comes here through the table's stream:
 * each becomes an event on the bus, and a registration starts the case's execution. Because the
 * audit line and the state change are one transaction, no transition can miss its event.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image || !String(image.sk?.S ?? '').startsWith('AUDIT#')) continue;
    const audit = unmarshall(image as Record<string, AttributeValue>) as AuditEntry;
    if (!isPublished(audit)) continue;
    try {
      if (audit.action === 'register' && audit.result === 'ok') {
        await startCaseExecution(setting('stateMachineArn'), audit.caseNumber, { caseNumber: audit.caseNumber });
      }
      const failed = await putEvents(setting('eventBusName'), [
        { source: CASE_EVENT_SOURCE, detailType: detailTypeOf(audit), detail: eventDetail(audit), time: new Date(audit.at), resources: [audit.caseNumber] },
      ]);
      if (failed.length > 0) throw new Error('PutEvents rejected the event');
    } catch (error) {
      // Stop at the first failure: the stream redelivers from here, keeping each case's order.
      logger.error('case event not delivered', { caseNumber: audit.caseNumber, seq: audit.seq, error: error as Error });
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb!.SequenceNumber! }] };
    }
  }
  return { batchItemFailures: [] };
}
